package se.vp.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A repository's HEAD and its objects, read from git's own files: what a render needs to name its
 * commit without starting JGit. Loose objects are read here, packed ones by {@link PackFiles};
 * whatever lies beyond these (a ref table, an alternate's objects) is {@link Elsewhere}, and the
 * caller asks JGit. The files come with a checkout a pull request made, so every read is bounded,
 * no link is followed, every object is checked against its id, and a file that is not as git
 * writes it is an IOException.
 */
final class GitFiles implements GitObjects {

  /** Commits and the trees on the way to plan-source are small; a larger one is no honest object. */
  static final int MAX_OBJECT_BYTES = 4 << 20;
  /** packed-refs of a repository with a hundred thousand refs. */
  private static final long MAX_PACKED_REFS = 16L << 20;
  /** How many symbolic refs are followed, as git does. */
  private static final int MAX_SYMREF_DEPTH = 5;

  private final Path gitDir;
  private final Path commonDir;
  private PackFiles packs;

  private GitFiles(Path gitDir, Path commonDir) {
    this.gitDir = gitDir;
    this.commonDir = commonDir;
  }

  /** The objects of a work tree's repository; a linked worktree shares those of the repository it was added to. */
  static GitFiles of(GitIndex.WorkTree tree) throws IOException {
    Path gitDir = tree.gitDir();
    Path commondir = gitDir.resolve("commondir");
    if (!Files.exists(commondir, LinkOption.NOFOLLOW_LINKS)) {
      return new GitFiles(gitDir, gitDir);
    }
    String common = new String(small(commondir), StandardCharsets.UTF_8).strip();
    if (common.isEmpty() || common.indexOf('\0') >= 0) {
      throw new IOException("commondir is empty");
    }
    return new GitFiles(gitDir, gitDir.resolve(common).normalize());
  }

  @Override
  public Optional<String> head() throws IOException, Elsewhere {
    String name = "HEAD";
    for (int depth = 0; depth <= MAX_SYMREF_DEPTH; depth++) {
      Optional<String> value = ref(name);
      if (value.isEmpty()) {
        return Optional.empty(); // a branch without a commit yet
      }
      String text = value.get();
      if (text.matches("[0-9a-f]{40}")) {
        return Optional.of(text);
      }
      if (!text.startsWith("ref: ")) {
        throw new IOException(name + " is neither a commit nor a ref");
      }
      name = text.substring("ref: ".length()).strip();
      if (!name.matches("refs/[A-Za-z0-9._/+-]+") || name.contains("..") || name.contains("//") || name.endsWith("/")
          || name.endsWith(".lock")) {
        throw new IOException("not a ref name git writes: " + name);
      }
      if (name.equals("refs/heads/.invalid")) {
        throw new Elsewhere(); // the refs are in a ref table
      }
    }
    throw new IOException("HEAD refers on and on");
  }

  /** A ref's line, from its own file or packed-refs; empty when it does not exist. */
  private Optional<String> ref(String name) throws IOException {
    boolean own = name.equals("HEAD") || name.startsWith("refs/bisect/") || name.startsWith("refs/worktree/")
        || name.startsWith("refs/rewritten/");
    Path file = (own ? gitDir : commonDir).resolve(name);
    try {
      return Optional.of(new String(small(file), StandardCharsets.UTF_8).strip());
    } catch (NoSuchFileException e) {
      // packed below
    }
    if (name.equals("HEAD")) {
      throw new NoSuchFileException(file.toString());
    }
    if (own) {
      return Optional.empty();
    }
    Path packed = commonDir.resolve("packed-refs");
    if (!Files.exists(packed, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    regular(packed);
    if (Files.size(packed) > MAX_PACKED_REFS) {
      throw new IOException("packed-refs is larger than vp reads");
    }
    String suffix = " " + name;
    for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
      if (line.length() == 40 + suffix.length() && line.endsWith(suffix)) {
        return Optional.of(line.substring(0, 40));
      }
    }
    return Optional.empty();
  }

  @Override
  public byte[] object(String id, String type) throws IOException, Elsewhere {
    if (!id.matches("[0-9a-f]{40}")) {
      throw new IOException("not an object id: " + id);
    }
    Path objects = commonDir.resolve("objects");
    Path file = objects.resolve(id.substring(0, 2)).resolve(id.substring(2));
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      if (packs == null) {
        packs = PackFiles.in(objects);
      }
      PackFiles.Found packed = packs.read(id);
      byte[] content = packed.content();
      if (packed.type() != (type.equals("commit") ? 1 : type.equals("tree") ? 2 : 3)) {
        throw new IOException("object " + id + " is no " + type);
      }
      if (!GitObjects.id(type, content).equals(id)) {
        throw new IOException("object " + id + " in a pack does not hash to its name");
      }
      return content;
    }
    regular(file);
    if (Files.size(file) > MAX_OBJECT_BYTES) {
      throw new IOException("object " + id + " is larger than vp reads");
    }
    byte[] whole = inflate(Files.readAllBytes(file));
    int nul = 0;
    while (nul < whole.length && nul < 32 && whole[nul] != 0) {
      nul++;
    }
    String header = new String(whole, 0, Math.min(nul, whole.length), StandardCharsets.US_ASCII);
    if (nul == whole.length || !header.equals(type + " " + (whole.length - nul - 1))) {
      throw new IOException("object " + id + " is not a " + type + " as git writes it");
    }
    if (!GitObjects.id(whole).equals(id)) {
      throw new IOException("object " + id + " does not hash to its name");
    }
    return java.util.Arrays.copyOfRange(whole, nul + 1, whole.length);
  }

  private static byte[] inflate(byte[] compressed) throws IOException {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(compressed);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IOException("a loose object ends early");
        }
        out.write(buffer, 0, n);
        if (out.size() > MAX_OBJECT_BYTES) {
          throw new IOException("a loose object is larger than vp reads");
        }
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new IOException("a loose object is not compressed as git does", e);
    } finally {
      inflater.end();
    }
  }

  private static byte[] small(Path file) throws IOException {
    regular(file);
    return GitIndex.readSmall(file);
  }

  /** git writes plain files into its folder; a link there is no repository of git's making. */
  private static void regular(Path file) throws IOException {
    if (Files.isSymbolicLink(file)) {
      throw new IOException(file + " is a link");
    }
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new NoSuchFileException(file.toString());
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(file + " is no file");
    }
  }
}
