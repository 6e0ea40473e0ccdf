package se.vp.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import se.vp.model.Plan;
import se.vp.source.PlanLoader;
import se.vp.source.SourceLimits;

/**
 * Signs each change of a comparison with the author and date of the commit that made it: the last
 * commit between the base and HEAD that changed the file the change's subject lives in. A file
 * that differs from HEAD in the work tree or the index is signed by whoever works there (git's
 * user.name, else "vp") at the time of the run. The walk is bounded ({@value #MAX_COMMITS}
 * commits); a change whose file no commit in reach changed (a list that names an item changed in
 * another file, say) stays unsigned, and the report dates it as before. Nothing here fails a run:
 * a repository that cannot be read leaves every change unsigned.
 */
public final class Authorship {

  /** More commits than a year's plan has between two decisions; a pull request cannot make vp walk further. */
  static final int MAX_COMMITS = 2_000;

  /**
   * What signing needs: where plan-source is, the base commit, the plans before and after as
   * read, an author for every change ({@code -Dvp.author}) and the run's time for uncommitted work.
   */
  public record Request(Path planSource, Path displayBase, String baseCommit, Plan before, Plan after,
      Optional<String> author, Instant now) {}

  private Authorship() {}

  public static List<Change> sign(List<Change> changes, Request request) {
    return sign(changes, request, MAX_COMMITS);
  }

  /** As {@link #sign(List, Request)}, walking at most {@code maxCommits} commits back from HEAD. */
  static List<Change> sign(List<Change> changes, Request request, int maxCommits) {
    List<Change> signed = new ArrayList<>();
    Map<Change, String> files = new HashMap<>();
    Map<String, Signature> found = Map.of();
    try {
      Path folder = request.planSource().toAbsolutePath().normalize();
      try (Repository repository = new FileRepositoryBuilder().findGitDir(folder.toFile()).setMustExist(true).build()) {
        Path top = repository.getWorkTree().toPath().toAbsolutePath().normalize();
        SubjectFiles after = SubjectFiles.of(request.after());
        SubjectFiles before = SubjectFiles.of(request.before());
        String display = PlanLoader.display(request.planSource(), request.displayBase());
        for (Change change : changes) {
          Optional<String> file = after.file(change.subject())
              .or(() -> before.file(change.subject()).map(f -> atBaseAsNow(f, display)));
          file.flatMap(f -> inRepository(request.displayBase(), top, f)).ifPresent(path -> files.put(change, path));
        }
        found = signatures(repository, top, new LinkedHashSet<>(files.values()), request, maxCommits);
      }
    } catch (IOException | RuntimeException e) {
      // A repository vp:diff could read a moment ago and now cannot: the changes go unsigned.
      found = Map.of();
    }
    for (Change change : changes) {
      Optional<Signature> signature = Optional.ofNullable(files.get(change)).map(found::get);
      Optional<Signature> by = request.author().isPresent()
          ? Optional.of(signature.map(s -> s.withAuthor(request.author().get()))
              .orElse(new Signature(request.author().get(), Optional.empty())))
          : signature;
      signed.add(by.map(change::signed).orElse(change));
    }
    return signed;
  }

  /** A file of the base plan is named "plan-source@abc1234/…"; its path now is "plan-source/…". */
  static String atBaseAsNow(String file, String display) {
    String prefix = display + "@";
    int slash = file.indexOf('/', prefix.length());
    return file.startsWith(prefix) && slash > 0 ? display + file.substring(slash) : file;
  }

  private static Optional<String> inRepository(Path displayBase, Path top, String file) {
    Path absolute = displayBase.toAbsolutePath().resolve(file).normalize();
    if (!absolute.startsWith(top) || absolute.equals(top)) {
      return Optional.empty();
    }
    return Optional.of(top.relativize(absolute).toString().replace('\\', '/'));
  }

  private static Map<String, Signature> signatures(Repository repository, Path top, Set<String> paths, Request request,
      int maxCommits) throws IOException {
    Map<String, Signature> found = new HashMap<>();
    ObjectId head = repository.resolve("HEAD^{commit}");
    ObjectId base = repository.resolve(request.baseCommit() + "^{commit}");
    if (head == null || paths.isEmpty()) {
      return found;
    }
    Signature working = new Signature(Optional.ofNullable(repository.getConfig().getString("user", null, "name"))
        .orElse(Signature.VP), Optional.of(request.now()));
    Set<String> pending = new LinkedHashSet<>(paths);
    try (RevWalk walk = new RevWalk(repository)) {
      RevCommit headCommit = walk.parseCommit(head);
      for (String path : paths) {
        if (differsFromHead(repository, headCommit.getTree(), top, path)) {
          found.put(path, working);
          pending.remove(path);
        }
      }
      walk.markStart(headCommit);
      if (base != null) {
        walk.markUninteresting(walk.parseCommit(base));
      }
      // Newest first by commit time, without a topological sort, which would read every commit since
      // the base before the first: a history whose times are set out of order is signed less exactly,
      // never at more cost.
      int walked = 0;
      for (RevCommit commit = walk.next(); commit != null && !pending.isEmpty() && walked < maxCommits;
          commit = walk.next(), walked++) {
        for (String path : changedBy(repository, walk, commit, pending)) {
          PersonIdent author = commit.getAuthorIdent();
          found.put(path, new Signature(author.getName(), Optional.of(author.getWhenAsInstant())));
          pending.remove(path);
        }
      }
    }
    return found;
  }

  /**
   * The paths the commit changed: those that differ from every parent. A merge that took one side's
   * file did not change it; the commit on that side did, and the walk meets it later.
   */
  private static List<String> changedBy(Repository repository, RevWalk walk, RevCommit commit, Set<String> paths)
      throws IOException {
    List<String> changed = new ArrayList<>();
    try (TreeWalk tree = new TreeWalk(repository)) {
      tree.setRecursive(true);
      tree.setFilter(AndTreeFilter.create(PathFilterGroup.createFromStrings(paths), TreeFilter.ANY_DIFF));
      tree.addTree(commit.getTree());
      if (commit.getParentCount() == 0) {
        tree.addTree(new EmptyTreeIterator());
      }
      for (RevCommit parent : commit.getParents()) {
        tree.addTree(walk.parseCommit(parent).getTree());
      }
      while (tree.next()) {
        boolean fromEvery = true;
        for (int i = 1; i < tree.getTreeCount(); i++) {
          fromEvery &= !tree.idEqual(0, i) || tree.getRawMode(0) != tree.getRawMode(i);
        }
        if (fromEvery && paths.contains(tree.getPathString())) {
          changed.add(tree.getPathString());
        }
      }
    }
    return changed;
  }

  /** The file in the work tree is not HEAD's: changed, added or removed and not committed. */
  private static boolean differsFromHead(Repository repository, RevTree headTree, Path top, String path)
      throws IOException {
    ObjectId committed;
    try (TreeWalk at = TreeWalk.forPath(repository, path, headTree)) {
      committed = at == null ? null : at.getObjectId(0);
    }
    Path file = top.resolve(path);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return committed != null;
    }
    if (committed == null || Files.size(file) > SourceLimits.MAX_FILE_BYTES) {
      return true;
    }
    byte[] bytes = Files.readAllBytes(file);
    try (ObjectInserter.Formatter ids = new ObjectInserter.Formatter()) {
      if (ids.idFor(Constants.OBJ_BLOB, bytes).equals(committed)) {
        return false;
      }
      // With core.autocrlf git keeps LF and checks out CRLF: the same file.
      String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
      return !text.contains("\r\n") || !ids.idFor(Constants.OBJ_BLOB,
          text.replace("\r\n", "\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).equals(committed);
    }
  }
}
