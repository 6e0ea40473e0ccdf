package se.vp.diff;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.locale.Svenska;
import se.vp.model.Namndplan;
import se.vp.model.ResolvedPlan;
import se.vp.source.GitTree;
import se.vp.source.PlanLoader;
import se.vp.view.Kalla;

/**
 * The plan in the working tree against the plan at a git revision, read from git's object store
 * with JGit, so nothing is checked out and the working tree is left alone.
 */
public final class PlanHistory {

  private static final List<String> MAIN_BRANCHES =
      List.of("refs/heads/main", "refs/remotes/origin/main", "refs/heads/master", "refs/remotes/origin/master");

  /** Longer than any branch, tag or commit name a person types; JGit is never asked about more. */
  static final int MAX_REVISION_LENGTH = 200;

  /**
   * What a revision may be written with: names, commits, "~" and "^" steps and "@{…}". No ranges
   * (".."), no "rev:path" (which names a file, not a commit), no spaces or control characters.
   */
  private static final Pattern REVISION = Pattern.compile("[\\p{L}\\p{N}._/@{}~^+-]+");

  /**
   * The plan at a revision, with how a report names the revision, the date of its commit and the
   * commit's id, from which changes are signed.
   */
  public record Base(String label, String date, ResolvedPlan plan, String commit) {}

  private PlanHistory() {}

  /**
   * The plan that {@code planSource} held at {@code base} (a branch, tag or commit), or without a
   * base at the merge base of HEAD and the main branch; nothing, with the reasons in {@code out},
   * when there is no such revision or its plan cannot be read. {@code namnd} picks one nämnd of a
   * region.
   */
  public static Optional<Base> planAt(Path planSource, Path displayBase, Optional<String> base, Optional<String> namnd,
      Diagnostics out) {
    String display = PlanLoader.display(planSource, displayBase);
    if (base.isPresent() && !validRevision(base.get(), display, out)) {
      return Optional.empty();
    }
    Path folder = planSource.toAbsolutePath().normalize();
    try (Repository repository = new FileRepositoryBuilder().findGitDir(folder.toFile()).setMustExist(true).build()) {
      Optional<RevCommit> commit = resolve(repository, base, display, out);
      if (commit.isEmpty()) {
        return Optional.empty();
      }
      Path top = repository.getWorkTree().toPath().toAbsolutePath().normalize();
      String inRepository = top.relativize(folder).toString().replace('\\', '/');
      // As many digits as the sammanställning prints of the commit it was made from.
      String label = base.orElse("huvudgrenen") + " (" + commit.get().abbreviate(Kalla.COMMIT_DIGITS).name() + ")";
      if (!isFolderAt(repository, commit.get(), inRepository, display, label, out)) {
        return Optional.empty();
      }
      Diagnostics older = new Diagnostics();
      List<Namndplan> plans = PlanLoader.loadAll(new GitTree(repository, commit.get(), inRepository,
          folderAt(display, commit.get().name())), namnd, older);
      if (plans.size() != 1) {
        out.report(Code.VP404, Location.ofFile(display), "planen i " + label + " kan inte läsas ("
            + older.sorted().stream().filter(d -> d.severity() == Severity.FEL).count() + " fel)",
            older.sorted().stream().findFirst().map(d -> "första felet: " + d.format()));
        return Optional.empty();
      }
      String date = Svenska.datum(
          Instant.ofEpochSecond(commit.get().getCommitTime()).atZone(ZoneId.of("UTC")).toLocalDate());
      return Optional.of(new Base(label, date, plans.get(0).resolved(), commit.get().name()));
    } catch (IllegalArgumentException | IOException | org.eclipse.jgit.api.errors.JGitInternalException
        | org.eclipse.jgit.errors.LargeObjectException e) {
      out.report(Code.VP401, Location.ofFile(display), "planen ligger inte i ett git-förråd som kan läsas",
          Optional.of("vp:diff jämför med planens historia i git"));
      return Optional.empty();
    }
  }

  /** How findings in the plan at {@code commit} name plan-source: "plan-source@5ed7b4c". */
  public static String folderAt(String display, String commit) {
    return display + "@" + commit.substring(0, 7);
  }

  /** A revision short enough and written with characters a revision has, checked before JGit sees it. */
  private static boolean validRevision(String base, String display, Diagnostics out) {
    String problem = null;
    if (base.length() > MAX_REVISION_LENGTH) {
      problem = "-Dvp.base har " + base.length() + " tecken; en revision har högst " + MAX_REVISION_LENGTH;
    } else if (base.contains("..")) {
      problem = "-Dvp.base är ett intervall (..); vp:diff jämför med en enda revision";
    } else if (!REVISION.matcher(base).matches()) {
      int bad = base.codePoints().filter(c -> !REVISION.matcher(Character.toString(c)).matches()).findFirst().orElse(' ');
      problem = base.isEmpty() ? "-Dvp.base är tom"
          : String.format("-Dvp.base innehåller tecknet U+%04X, som en revision inte kan ha", bad);
    }
    if (problem != null) {
      out.report(Code.VP405, Location.ofFile(display), problem,
          Optional.of("ange en gren, en tagg eller en commit, till exempel -Dvp.base=origin/main eller -Dvp.base=vp-2025"));
      return false;
    }
    return true;
  }

  /**
   * plan-source is a folder in the base commit, not a link, a submodule or a file: vp reads no
   * plan through a link, and a submodule's files are not in this repository.
   */
  private static boolean isFolderAt(Repository repository, RevCommit commit, String inRepository, String display,
      String label, Diagnostics out) throws IOException {
    if (inRepository.isEmpty()) {
      return true;
    }
    try (TreeWalk walk = TreeWalk.forPath(repository, inRepository, commit.getTree())) {
      if (walk == null || walk.getFileMode(0) == FileMode.TREE) {
        // A missing folder is reported by the loader as the files it misses.
        return true;
      }
      FileMode mode = walk.getFileMode(0);
      String what = mode == FileMode.SYMLINK ? "en symbolisk länk, som vp inte följer"
          : mode == FileMode.GITLINK ? "en undermodul (gitlink), vars filer inte finns i detta förråd"
          : "en fil, inte en mapp";
      out.report(Code.VP404, Location.ofFile(display), display + " är " + what + " i " + label,
          Optional.of("jämför med en revision där planen ligger som en mapp i förrådet"));
      return false;
    }
  }

  private static Optional<RevCommit> resolve(Repository repository, Optional<String> base, String display,
      Diagnostics out) throws IOException {
    try (RevWalk walk = new RevWalk(repository)) {
      if (base.isPresent()) {
        ObjectId id;
        try {
          id = repository.resolve(base.get() + "^{commit}");
        } catch (RevisionSyntaxException e) {
          out.report(Code.VP405, Location.ofFile(display), "-Dvp.base är ingen revision som git kan läsa",
              Optional.of("ange en gren, en tagg eller en commit, till exempel origin/main eller vp-2025"));
          return Optional.empty();
        } catch (AmbiguousObjectException e) {
          out.report(Code.VP402, Location.ofFile(display), "revisionen '" + base.get() + "' kan vara flera commits",
              Optional.of("skriv fler tecken av commitens namn"));
          return Optional.empty();
        } catch (IncorrectObjectTypeException e) {
          out.report(Code.VP402, Location.ofFile(display), "revisionen '" + base.get() + "' är ingen commit",
              Optional.of("ange en gren, en tagg eller en commit"));
          return Optional.empty();
        }
        if (id == null) {
          out.report(Code.VP402, Location.ofFile(display), "revisionen '" + base.get() + "' finns inte i git",
              Optional.of("ange en gren, en tagg eller en commit, till exempel origin/main eller vp-2025"));
          return Optional.empty();
        }
        return Optional.of(walk.parseCommit(id));
      }
      ObjectId head = repository.resolve("HEAD^{commit}");
      Optional<Ref> main = MAIN_BRANCHES.stream().map(name -> exact(repository, name)).flatMap(Optional::stream).findFirst();
      if (head == null || main.isEmpty()) {
        out.report(Code.VP403, Location.ofFile(display), "hittar ingen huvudgren (main eller master) att jämföra med",
            Optional.of("ange basen med -Dvp.base=, till exempel -Dvp.base=origin/main"));
        return Optional.empty();
      }
      walk.setRevFilter(RevFilter.MERGE_BASE);
      walk.markStart(walk.parseCommit(head));
      walk.markStart(walk.parseCommit(main.get().getObjectId()));
      RevCommit mergeBase = walk.next();
      if (mergeBase == null) {
        out.report(Code.VP403, Location.ofFile(display), "HEAD och huvudgrenen har ingen gemensam historia",
            Optional.of("ange basen med -Dvp.base="));
        return Optional.empty();
      }
      return Optional.of(mergeBase);
    }
  }

  private static Optional<Ref> exact(Repository repository, String name) {
    try {
      return Optional.ofNullable(repository.exactRef(name));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
