package se.vp.diff;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import se.vp.Validation;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.locale.Svenska;
import se.vp.model.Namndplan;
import se.vp.source.GitTree;
import se.vp.source.PlanLoader;
import se.vp.view.PlanViews;

/**
 * The plan in the working tree against the plan at a git revision, read from git's object store
 * with JGit, so nothing is checked out and the working tree is left alone.
 */
public final class PlanHistory {

  private static final List<String> MAIN_BRANCHES =
      List.of("refs/heads/main", "refs/remotes/origin/main", "refs/heads/master", "refs/remotes/origin/master");

  /** The comparison, or nothing with the reasons in {@code out}. */
  public record Result(Optional<Comparison> comparison, Validation current) {}

  private PlanHistory() {}

  /**
   * Compares the plan in {@code planSource} with the plan at {@code base} (a branch, tag or commit);
   * without a base, with the merge base of HEAD and the main branch.
   */
  public static Result compare(Path planSource, Path displayBase, Optional<String> base, Diagnostics out) {
    return compare(planSource, displayBase, base, Optional.empty(), out);
  }

  /** As above, for one nämnd of a region: a region's nämnder are compared one at a time. */
  public static Result compare(Path planSource, Path displayBase, Optional<String> base, Optional<String> namnd,
      Diagnostics out) {
    Validation current = Validation.of(planSource, displayBase, namnd, new se.vp.Timings());
    if (current.errors() > 0) {
      return new Result(Optional.empty(), current);
    }
    String display = PlanLoader.display(planSource, displayBase);
    if (current.plan().isEmpty()) {
      out.report(Code.VP020, Location.ofFile(display), "plan-source har " + current.plans().size()
          + " nämnder, och vp:diff jämför en nämnd i taget", Optional.of("ange nämnden med -Dvp.namnd=<nämnd>"));
      return new Result(Optional.empty(), current);
    }
    Path folder = planSource.toAbsolutePath().normalize();
    try (Repository repository = new FileRepositoryBuilder().findGitDir(folder.toFile()).setMustExist(true).build()) {
      Optional<RevCommit> commit = resolve(repository, base, display, out);
      if (commit.isEmpty()) {
        return new Result(Optional.empty(), current);
      }
      Path top = repository.getWorkTree().toPath().toAbsolutePath().normalize();
      String inRepository = top.relativize(folder).toString().replace('\\', '/');
      String label = base.orElse("huvudgrenen") + " (" + commit.get().abbreviate(7).name() + ")";
      Diagnostics older = new Diagnostics();
      List<Namndplan> before = PlanLoader.loadAll(new GitTree(repository, commit.get(), inRepository,
          display + "@" + commit.get().abbreviate(7).name()), namnd, older);
      if (before.size() != 1) {
        out.report(Code.VP404, Location.ofFile(display), "planen i " + label + " kan inte läsas ("
            + older.sorted().stream().filter(d -> d.severity() == se.vp.diagnostic.Severity.FEL).count() + " fel)",
            older.sorted().stream().findFirst().map(d -> "första felet: " + d.format()));
        return new Result(Optional.empty(), current);
      }
      String date = Svenska.datum(Instant.ofEpochSecond(commit.get().getCommitTime()).atZone(ZoneId.of("UTC")).toLocalDate());
      return new Result(Optional.of(Comparison.of(label, date, PlanViews.of(before.get(0).resolved()),
          PlanViews.of(current.plans().get(0).resolved()))), current);
    } catch (IllegalArgumentException | IOException e) {
      out.report(Code.VP401, Location.ofFile(display), "planen ligger inte i ett git-förråd som kan läsas",
          Optional.of("vp:diff jämför med planens historia i git"));
      return new Result(Optional.empty(), current);
    }
  }

  private static Optional<RevCommit> resolve(Repository repository, Optional<String> base, String display,
      Diagnostics out) throws IOException {
    try (RevWalk walk = new RevWalk(repository)) {
      if (base.isPresent()) {
        ObjectId id = repository.resolve(base.get() + "^{commit}");
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
