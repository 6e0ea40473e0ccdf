package se.vp.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import se.vp.source.SourceLimits;
import se.vp.view.Kalla;

/**
 * Which commit plan-source is rendered from, and whether plan-source differs from it: the
 * handlingar say so, for a controller who checks a list against git. Differs means that the index
 * holds other files under plan-source than HEAD's tree does (the index's files hashed into a tree,
 * as git commit would, against HEAD's), or that a file of the index is changed or gone in the work
 * tree, or that the work tree has a YAML file the index does not (vp would read it; another
 * untracked file changes no list).
 *
 * <p>HEAD, the commit and the trees on the way to plan-source are read from git's own files,
 * loose or packed, and the index when git wrote it as version 2 or 3; anything else (a ref table,
 * an alternate's objects, index version 4) is read with JGit, whose start costs a render half a
 * second and more. A work-tree file whose size and modification time are as the index recorded
 * them, and older than the index, is taken as unchanged without reading it, as git status does.
 */
final class PlanSourceCommit {

  private PlanSourceCommit() {}

  /**
   * What was found: a commit with its date and whether plan-source differs from it; or none, since
   * plan-source is not in git ({@code readable}) or git's files cannot be read. The sentence is
   * written only for a template: an unchanged render compares this, and never formats a date.
   */
  record Version(Optional<String> commit, Optional<LocalDate> date, boolean andrad, boolean readable) {
    static final Version NOT_IN_GIT = new Version(Optional.empty(), Optional.empty(), false, true);
    static final Version UNREADABLE = new Version(Optional.empty(), Optional.empty(), false, false);

    Kalla kalla() {
      return commit.isPresent() ? Kalla.incheckning(commit.get(), date.orElseThrow(), andrad)
          : readable ? Kalla.inteIGit() : Kalla.olasbar();
    }
  }

  static Version of(Path planSource) {
    return of(planSource, true);
  }

  /** With {@code loose} false, everything is read with JGit: for the tests that both ways agree. */
  static Version of(Path planSource, boolean loose) {
    Optional<Place> place = Place.of(planSource);
    if (place.isEmpty()) {
      return Version.NOT_IN_GIT;
    }
    try {
      Optional<Version> read = loose ? withoutJgit(place.get()) : Optional.empty();
      return read.isPresent() ? read.get() : withJgit(place.get());
    } catch (IOException | RuntimeException e) {
      // A repository git would not read either, or one vp does not know: the sentence says so.
      return Version.UNREADABLE;
    }
  }

  /** What git's own files tell without JGit; empty when JGit is needed (index version 4, say). */
  static Optional<Version> withoutJgit(Path planSource) throws IOException {
    Optional<Place> place = Place.of(planSource);
    return place.isEmpty() ? Optional.of(Version.NOT_IN_GIT) : withoutJgit(place.get());
  }

  /** plan-source in its work tree: the folder, and its path there with '/'. */
  private record Place(GitIndex.WorkTree tree, Path folder, String relative) {
    static Optional<Place> of(Path planSource) {
      Optional<GitIndex.WorkTree> around = GitIndex.around(planSource);
      Path folder = planSource.toAbsolutePath().normalize();
      if (around.isEmpty() || !folder.startsWith(around.get().root()) || folder.equals(around.get().root())) {
        return Optional.empty();
      }
      return Optional.of(new Place(around.get(), folder,
          around.get().root().relativize(folder).toString().replace('\\', '/')));
    }
  }

  private static Optional<Version> withoutJgit(Place place) throws IOException {
    Optional<List<GitIndex.Entry>> entries = GitIndex.entriesIn(place.tree().index(), place.relative());
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(version(GitFiles.of(place.tree()), entries.get(), modified(place.tree().index()),
          place.folder(), place.relative()));
    } catch (GitObjects.Elsewhere e) {
      return Optional.empty();
    }
  }

  private static Version withJgit(Place place) throws IOException {
    GitIndex.WorkTree tree = place.tree();
    String relative = place.relative();
    try (Repository repository = new FileRepositoryBuilder().setGitDir(tree.gitDir().toFile())
        .setWorkTree(tree.root().toFile()).setMustExist(true).build()) {
      DirCache index = repository.readDirCache();
      List<GitIndex.Entry> entries = new ArrayList<>();
      for (DirCacheEntry entry : index.getEntriesWithin(relative)) {
        Instant modified = entry.getLastModifiedInstant();
        entries.add(new GitIndex.Entry(entry.getPathString(), entry.getRawMode(), entry.getObjectId().name(),
            Integer.toUnsignedLong(entry.getLength()), modified.getEpochSecond(), modified.getNano(),
            entry.getStage(), entry.isIntentToAdd(), entry.isSkipWorkTree()));
      }
      return version(new JgitObjects(repository), entries, modified(tree.index()), place.folder(), relative);
    } catch (GitObjects.Elsewhere e) {
      throw new IOException("JGit reads every object", e);
    }
  }

  private static Version version(GitObjects objects, List<GitIndex.Entry> entries, Optional<FileTime> indexWritten,
      Path folder, String relative) throws IOException, GitObjects.Elsewhere {
    Optional<String> head = objects.head();
    Optional<Commit> commit = head.isPresent() ? Optional.of(Commit.parse(objects.object(head.get(), "commit")))
        : Optional.empty();
    Optional<String> committed = commit.isPresent() ? subtree(objects, commit.get().tree(), relative) : Optional.empty();
    if (commit.isEmpty() || committed.isEmpty() && entries.isEmpty()) {
      return Version.NOT_IN_GIT;
    }
    boolean andrad = !indexTree(entries, relative).equals(committed)
        || workTreeDiffers(entries, indexWritten, folder, relative);
    return new Version(head, Optional.of(commit.get().date()), andrad, true);
  }

  /** A commit's tree and the date its committer gave it, in the committer's time zone, as git log shows it. */
  record Commit(String tree, LocalDate date) {
    static Commit parse(byte[] bytes) throws IOException {
      String tree = null;
      LocalDate date = null;
      for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n", -1)) {
        if (line.isEmpty()) {
          break;
        }
        if (line.startsWith("tree ") && tree == null) {
          tree = line.substring("tree ".length());
        } else if (line.startsWith("committer ")) {
          String[] when = line.substring(line.lastIndexOf('>') + 1).strip().split(" ");
          if (when.length != 2 || !when[0].matches("[0-9]{1,12}") || !when[1].matches("[+-][0-9]{4}")) {
            throw new IOException("a committer line git does not write");
          }
          date = Instant.ofEpochSecond(Long.parseLong(when[0])).atOffset(ZoneOffset.of(when[1])).toLocalDate();
        }
      }
      if (tree == null || !tree.matches("[0-9a-f]{40}") || date == null) {
        throw new IOException("a commit without its tree or committer");
      }
      return new Commit(tree, date);
    }
  }

  /** The id of the tree at the path (folders separated by '/') below a tree; empty when it has none there. */
  private static Optional<String> subtree(GitObjects objects, String tree, String path)
      throws IOException, GitObjects.Elsewhere {
    String id = tree;
    for (String name : path.split("/")) {
      Optional<String> next = Optional.empty();
      byte[] bytes = objects.object(id, "tree");
      for (int at = 0; at < bytes.length; ) {
        int space = indexOf(bytes, (byte) ' ', at);
        int nul = indexOf(bytes, (byte) 0, space);
        if (space < 0 || nul < 0 || nul + 21 > bytes.length) {
          throw new IOException("tree " + id + " is not as git writes it");
        }
        String mode = new String(bytes, at, space - at, StandardCharsets.US_ASCII);
        String entry = new String(bytes, space + 1, nul - space - 1, StandardCharsets.UTF_8);
        if (entry.equals(name) && mode.equals("40000")) {
          next = Optional.of(HexFormat.of().formatHex(bytes, nul + 1, nul + 21));
        }
        at = nul + 21;
      }
      if (next.isEmpty()) {
        return Optional.empty();
      }
      id = next.get();
    }
    return Optional.of(id);
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = Math.max(from, 0); i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The id of the tree git commit would make of the index's entries in the folder; empty for none.
   * An entry in a merge conflict or only intended to add has no tree yet: it is a change by itself.
   */
  private static Optional<String> indexTree(List<GitIndex.Entry> entries, String folder) {
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    if (entries.stream().anyMatch(e -> e.stage() != 0 || e.intentToAdd())) {
      return Optional.of("");
    }
    Map<String, GitIndex.Entry> byPath = new LinkedHashMap<>();
    entries.forEach(e -> byPath.put(e.path().substring(folder.length() + 1), e));
    return Optional.of(tree(byPath));
  }

  /** git's tree of entries by their path below it: names in byte order, a folder's name as if it ended in '/'. */
  private static String tree(Map<String, GitIndex.Entry> entries) {
    Map<String, Map<String, GitIndex.Entry>> folders = new HashMap<>();
    List<byte[][]> rows = new ArrayList<>(); // sort key, row bytes
    for (Map.Entry<String, GitIndex.Entry> e : entries.entrySet()) {
      int slash = e.getKey().indexOf('/');
      if (slash < 0) {
        rows.add(row(e.getKey(), "", Integer.toOctalString(e.getValue().mode()), e.getValue().id()));
      } else {
        folders.computeIfAbsent(e.getKey().substring(0, slash), f -> new LinkedHashMap<>())
            .put(e.getKey().substring(slash + 1), e.getValue());
      }
    }
    folders.forEach((name, inside) -> rows.add(row(name, "/", "40000", tree(inside))));
    rows.sort((a, b) -> Arrays.compareUnsigned(a[0], b[0]));
    java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
    rows.forEach(r -> content.writeBytes(r[1]));
    return GitObjects.id("tree", content.toByteArray());
  }

  private static byte[][] row(String name, String sortSuffix, String mode, String id) {
    byte[] head = (mode + " " + name + "\0").getBytes(StandardCharsets.UTF_8);
    byte[] row = Arrays.copyOf(head, head.length + 20);
    System.arraycopy(HexFormat.of().parseHex(id), 0, row, head.length, 20);
    return new byte[][] {(name + sortSuffix).getBytes(StandardCharsets.UTF_8), row};
  }

  /** True when a file of the index is changed or gone in the work tree, or a YAML file is there that the index lacks. */
  private static boolean workTreeDiffers(List<GitIndex.Entry> entries, Optional<FileTime> indexWritten, Path folder,
      String relative) throws IOException {
    Map<String, BasicFileAttributes> files = workTree(folder);
    if (files == null) {
      return true; // more files than vp reads: the render itself will say so
    }
    Set<String> indexed = entries.stream().map(e -> e.path().substring(relative.length() + 1))
        .collect(Collectors.toSet());
    for (String file : files.keySet()) {
      String lower = file.toLowerCase(Locale.ROOT);
      if ((lower.endsWith(".yaml") || lower.endsWith(".yml")) && !indexed.contains(file)) {
        return true;
      }
    }
    for (GitIndex.Entry entry : entries) {
      if (entry.skipWorktree() || entry.mode() == 0160000) {
        continue; // left out by a sparse checkout, or a submodule: nothing of it is read
      }
      String path = entry.path().substring(relative.length() + 1);
      BasicFileAttributes file = files.get(path);
      if (file == null || !sameAsIndexed(folder.resolve(path), file, entry, indexWritten)) {
        return true;
      }
    }
    return false;
  }

  /** Every file and link below the folder, by its path with '/'; null when there are more than vp reads. */
  private static Map<String, BasicFileAttributes> workTree(Path folder) throws IOException {
    Map<String, BasicFileAttributes> files = new HashMap<>();
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return files;
    }
    Files.walkFileTree(folder, Set.of(), SourceLimits.MAX_DEPTH + 1, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        files.put(folder.relativize(file).toString().replace('\\', '/'), attributes);
        return files.size() > SourceLimits.MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
    return files.size() > SourceLimits.MAX_FILES ? null : files;
  }

  private static boolean sameAsIndexed(Path path, BasicFileAttributes file, GitIndex.Entry entry,
      Optional<FileTime> indexWritten) throws IOException {
    boolean link = (entry.mode() & 0170000) == 0120000;
    if (link != file.isSymbolicLink() || !link && !file.isRegularFile()) {
      return false;
    }
    if (link) {
      byte[] target = Files.readSymbolicLink(path).toString().getBytes(StandardCharsets.UTF_8);
      return GitObjects.id("blob", target).equals(entry.id());
    }
    Instant modified = file.lastModifiedTime().toInstant();
    boolean statSame = (file.size() & 0xffffffffL) == entry.size() && modified.getEpochSecond() == entry.mtimeSeconds()
        && modified.getNano() == entry.mtimeNanos();
    // A file changed within the same tick as the index was written looks untouched; git reads it, and so does vp.
    if (statSame && indexWritten.isPresent() && indexWritten.get().toInstant().isAfter(modified)) {
      return true;
    }
    // A file over the limit is refused by vp:validate anyway; reading it through to compare would cost a render its time.
    if (file.size() > SourceLimits.MAX_FILE_BYTES) {
      return false;
    }
    return blobId(path, file.size()).equals(entry.id()) || crlfAsLf(path, file.size(), entry.id());
  }

  private static String blobId(Path path, long size) throws IOException {
    MessageDigest sha1 = sha1();
    sha1.update(("blob " + size + "\0").getBytes(StandardCharsets.US_ASCII));
    long read = 0;
    try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha1.update(buffer, 0, n);
        read += n;
      }
    }
    return read == size ? HexFormat.of().formatHex(sha1.digest()) : "";
  }

  /** With core.autocrlf (Windows), git keeps a text file with LF and checks it out with CRLF. */
  private static boolean crlfAsLf(Path path, long size, String id) throws IOException {
    if (size > SourceLimits.MAX_FILE_BYTES) {
      return false;
    }
    byte[] bytes = Files.readAllBytes(path);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    return text.contains("\r\n")
        && GitObjects.id("blob", text.replace("\r\n", "\n").getBytes(StandardCharsets.ISO_8859_1)).equals(id);
  }

  private static Optional<FileTime> modified(Path file) {
    try {
      return Optional.of(Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-1", e);
    }
  }

  /** The same, read with JGit: packed objects, ref tables, alternates. */
  private record JgitObjects(Repository repository) implements GitObjects {
    @Override
    public Optional<String> head() throws IOException {
      Ref head = repository.exactRef(Constants.HEAD);
      return head == null || head.getObjectId() == null ? Optional.empty() : Optional.of(head.getObjectId().name());
    }

    @Override
    public byte[] object(String id, String type) throws IOException {
      return repository.open(ObjectId.fromString(id), type.equals("commit") ? Constants.OBJ_COMMIT : Constants.OBJ_TREE)
          .getCachedBytes(GitFiles.MAX_OBJECT_BYTES);
    }
  }
}
