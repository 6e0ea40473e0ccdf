package se.vp.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.Validation;
import se.vp.diagnostic.Diagnostics;
import se.vp.model.Plan;
import se.vp.render.Timings;
import se.vp.view.PlanViews;

/** Which commit signs which change: the last one that changed the change's file, within a bounded walk. */
class AuthorshipTest {

  @TempDir Path folder;

  private static final PersonIdent ANNA = GitFixture.person("Anna Andersson", "2025-10-01T09:00:00Z");
  private static final PersonIdent BERTIL = GitFixture.person("Bertil Berg", "2025-10-02T10:30:00Z");
  private static final PersonIdent CI = GitFixture.person("Byggrobot", "2025-10-03T00:00:00Z");

  /** Each change as "label: author", signed from the base vp-2025 with at most {@code maxCommits} walked. */
  private List<String> signed(int maxCommits) {
    Path planSource = folder.resolve("plan-source");
    Diagnostics out = new Diagnostics();
    PlanHistory.Base base = PlanHistory.planAt(planSource, folder, Optional.of("vp-2025"), Optional.empty(), out)
        .orElseThrow();
    Validation current = Validation.of(planSource, folder, Optional.empty(), new Timings());
    assertEquals(0, current.errors(), current.diagnostics().toString());
    Plan after = current.plans().get(0).plan();
    Comparison comparison = Comparison.of(base.label(), base.date(), PlanViews.of(base.plan()),
        PlanViews.of(current.plans().get(0).resolved()));
    return Authorship.sign(comparison.changes(), new Authorship.Request(planSource, folder, base.commit(),
        base.plan().plan(), after, Optional.empty(), Instant.parse("2025-11-01T12:00:00Z")), maxCommits).stream()
        .map(c -> c.type().word() + " " + c.label() + ": " + c.signature().map(Signature::author).orElse("osignerad"))
        .toList();
  }

  /** Anna rewords Nr 31; Bertil takes an uppdrag away, and its place in a fokusområde; two commits outside the plan follow. */
  private GitFixture history() throws Exception {
    GitFixture repository = GitFixture.withCommittedPlan(folder);
    repository.git.tag().setName("vp-2025").call();
    repository.plan.edit("uppdrag/nr-31-kompetensforsorjningsstrukturer.yaml", "främja ett väl", "främja väl");
    repository.commit("Nr 31 kortare", ANNA);
    Files.delete(folder.resolve("plan-source/uppdrag/unga-entreprenorskap.yaml"));
    repository.plan.edit("fokusomraden/4-1-1-innovationssystem.yaml", "  - unga-entreprenorskap\n", "");
    repository.commit("Ungas entreprenörskap utgår", BERTIL);
    for (int i = 1; i <= 2; i++) {
      Files.writeString(folder.resolve("README.md"), "Version " + i + "\n");
      repository.commit("README " + i, CI);
    }
    return repository;
  }

  @Test
  void signsARemovedItemByTheCommitThatDeletedItsFile() throws Exception {
    try (GitFixture repository = history()) {
      List<String> signed = signed(Authorship.MAX_COMMITS);
      assertEquals(3, signed.size(), signed.toString());
      assertEquals(1, signed.stream().filter(s -> s.startsWith("borttagen Uppdrag till förvaltningen: Att öka samverkan")
          && s.endsWith(": Bertil Berg")).count(), signed.toString());
      assertEquals(1, signed.stream().filter(s -> s.startsWith("ändrad Fokusområde 4.1.1")
          && s.endsWith(": Bertil Berg")).count(), signed.toString());
      assertEquals(1, signed.stream().filter(s -> s.contains("Nr 31") && s.endsWith(": Anna Andersson")).count(),
          signed.toString());
    }
  }

  /** The walk stops after its bound: the changes of commits beyond it go unsigned, and the report says "vp". */
  @Test
  void leavesUnsignedWhatLiesBeyondTheCommitsItWalks() throws Exception {
    try (GitFixture repository = history()) {
      List<String> withinThree = signed(3);
      assertEquals(2, withinThree.stream().filter(s -> s.endsWith(": Bertil Berg")).count(), withinThree.toString());
      assertEquals(1, withinThree.stream().filter(s -> s.endsWith(": osignerad")).count(), withinThree.toString());
      List<String> withinTwo = signed(2);
      assertEquals(3, withinTwo.stream().filter(s -> s.endsWith(": osignerad")).count(), withinTwo.toString());
    }
  }
}
