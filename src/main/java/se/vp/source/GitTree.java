package se.vp.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/** plan-source as it was in a git commit, read from the object store without a checkout. */
public final class GitTree implements SourceTree {

  private final Repository repository;
  private final RevCommit commit;
  private final String folder;
  private final String display;

  /** {@code folder} is plan-source's path from the repository's top, with '/'. */
  public GitTree(Repository repository, RevCommit commit, String folder, String display) {
    this.repository = repository;
    this.commit = commit;
    this.folder = folder;
    this.display = display;
  }

  @Override
  public String display() {
    return display;
  }

  @Override
  public List<Entry> entries() throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (TreeWalk walk = new TreeWalk(repository)) {
      walk.addTree(commit.getTree());
      walk.setRecursive(true);
      if (!folder.isEmpty()) {
        walk.setFilter(PathFilter.create(folder));
      }
      ObjectReader reader = walk.getObjectReader();
      while (walk.next()) {
        if (!folder.isEmpty() && walk.getPathString().length() <= folder.length()) {
          // plan-source itself is a link or a submodule in this commit: nothing below it to list.
          continue;
        }
        String path = folder.isEmpty() ? walk.getPathString() : walk.getPathString().substring(folder.length() + 1);
        if (hidden(path)) {
          continue;
        }
        ObjectId blob = walk.getObjectId(0);
        FileMode mode = walk.getFileMode(0);
        if (mode == FileMode.SYMLINK || mode == FileMode.GITLINK) {
          // A submodule is another repository's commit, not a file: never read, reported like a link.
          entries.add(new Entry(path, true, 0, () -> {
            throw new IOException("a link or submodule is never read");
          }));
          continue;
        }
        boolean link = false;
        long size = reader.getObjectSize(blob, org.eclipse.jgit.lib.Constants.OBJ_BLOB);
        entries.add(new Entry(path, link, size, () -> repository.open(blob).getBytes(SourceLimits.MAX_FILE_BYTES + 1)));
        if (entries.size() > SourceLimits.MAX_FILES) {
          break;
        }
      }
    }
    return entries;
  }

  private static boolean hidden(String path) {
    for (String part : path.split("/")) {
      if (part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
