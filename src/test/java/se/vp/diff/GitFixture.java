package se.vp.diff;

import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import se.vp.TestPlan;

/** A git repository for one test, made with JGit: the committed plan, committed on main. */
final class GitFixture implements AutoCloseable {

  private static final PersonIdent EDITOR = new PersonIdent("Handläggare", "handlaggare@example.se",
      java.time.Instant.parse("2025-09-14T08:00:00Z"), java.time.ZoneOffset.UTC);

  final Git git;
  final TestPlan plan;

  private GitFixture(Git git, TestPlan plan) {
    this.git = git;
    this.plan = plan;
  }

  static GitFixture withCommittedPlan(Path folder) throws Exception {
    TestPlan plan = TestPlan.committed(folder);
    Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call();
    GitFixture fixture = new GitFixture(git, plan);
    fixture.commit("VP 2026 som fullmäktige lämnade den");
    return fixture;
  }

  void commit(String message) throws Exception {
    commit(message, EDITOR);
  }

  /** Commits the work tree as {@code who}, author and committer both, as one person's commit is. */
  void commit(String message, PersonIdent who) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }

  static PersonIdent person(String name, String when) {
    return new PersonIdent(name, "person@example.se", java.time.Instant.parse(when), java.time.ZoneOffset.UTC);
  }

  @Override
  public void close() {
    git.close();
  }
}
