package se.vp.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.diagnostic.Diagnostics;
import se.vp.text.WordDiff;

/** The plan in the working tree against the plan in git, read from a real repository. */
class PlanHistoryTest {

  @TempDir Path folder;

  private static List<String> lines(Comparison comparison) {
    return comparison.changes().stream()
        .map(c -> c.category() + " " + c.type().word() + " " + c.label() + " | "
            + String.join(" | ", c.fields().stream().map(f -> f.name() + ": " + f.before() + " → " + f.after()).toList()))
        .toList();
  }

  private Comparison compare(Optional<String> base) {
    Diagnostics out = new Diagnostics();
    PlanHistory.Result result = PlanHistory.compare(folder.resolve("plan-source"), folder, base, out);
    assertEquals(List.of(), out.sorted());
    assertEquals(0, result.current().errors(), result.current().diagnostics().toString());
    return result.comparison().orElseThrow();
  }

  @Test
  void comparesOneNamndOfARegionAtATime() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      Path planSource = folder.resolve("plan-source");
      try (var files = Files.walk(planSource)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      }
      se.vp.synthetic.SyntheticPlans.writeRegion(planSource, 2, 7);
      repository.commit("Regionen");
      Path plan = planSource.resolve("namnder/namnd-002/plan.yaml");
      Files.writeString(plan, Files.readString(plan).replaceFirst("status: [a-zö]+", "status: beslutad"));

      Diagnostics out = new Diagnostics();
      PlanHistory.Result all = PlanHistory.compare(planSource, folder, Optional.of("main"), Optional.empty(), out);
      assertTrue(all.comparison().isEmpty());
      assertEquals(List.of("plan-source: fel: plan-source har 2 nämnder, och vp:diff jämför en nämnd i taget"
          + " – ange nämnden med -Dvp.namnd=<nämnd> [VP020]"), out.sorted().stream().map(d -> d.format()).toList());

      Diagnostics none = new Diagnostics();
      Comparison first = PlanHistory.compare(planSource, folder, Optional.of("main"), Optional.of("namnd-001"), none)
          .comparison().orElseThrow();
      assertEquals(List.of(), first.changes());
      Comparison second = PlanHistory.compare(planSource, folder, Optional.of("main"), Optional.of("namnd-002"), none)
          .comparison().orElseThrow();
      assertEquals(List.of(), none.sorted());
      assertEquals(1, second.changes().size(), lines(second).toString());
      assertTrue(lines(second).get(0).startsWith("Planen ändrad status | status: "), lines(second).get(0));
    }
  }

  @Test
  void findsNothingBetweenAPlanAndItself() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      Comparison comparison = compare(Optional.of("HEAD"));
      assertEquals(List.of(), comparison.changes());
      assertEquals("inga ändringar", comparison.summary());
    }
  }

  @Test
  void marksTheWordsThatChange() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      repository.plan.edit("uppdrag/nr-31-kompetensforsorjningsstrukturer.yaml", "främja ett väl", "främja väl");
      Change change = compare(Optional.of("main")).changes().get(0);
      assertEquals(List.of(new WordDiff.Piece(WordDiff.Kind.LIKA, "Att främja"),
          new WordDiff.Piece(WordDiff.Kind.BORT, " ett"),
          new WordDiff.Piece(WordDiff.Kind.LIKA, " väl fungerande strukturer för kompetensförsörjning och livslångt"
              + " lärande inom Örebro län.")), change.fields().get(0).words());
    }
  }

  @Test
  void reportsARenumberingAsARenumbering() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      repository.plan.edit("uppdrag/nr-20-energi-och-klimatprogram.yaml", "nr: 20", "nr: 21");
      repository.plan.edit("fokusomraden/4-1-2-hallbarhet.yaml", "  - 20\n", "  - 21\n");
      List<String> changes = lines(compare(Optional.of("main")));
      assertTrue(changes.contains("Uppdrag omnumrerad Uppdrag Nr 21: Att färdigställa nytt regionalt energi- och"
          + " klimatprogram. | nummer: 20 → 21"), changes.toString());
    }
  }

  @Test
  void comparesWithTheMergeBaseOfTheMainBranchByDefault() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      repository.git.checkout().setCreateBranch(true).setName("forslag").call();
      repository.plan.edit("plan.yaml", "status: förslag", "status: beslutad");
      repository.commit("Planen beslutad");
      Comparison comparison = compare(Optional.empty());
      assertTrue(comparison.base().startsWith("huvudgrenen ("), comparison.base());
      assertEquals("1 ändrad", comparison.summary());
    }
  }

  @Test
  void readsTheOldPlanWithoutTouchingTheWorkingTree() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      repository.plan.edit("plan.yaml", "status: förslag", "status: beslutad");
      compare(Optional.of("main"));
      assertTrue(Files.readString(folder.resolve("plan-source/plan.yaml")).contains("status: beslutad"));
    }
  }

  @Test
  void saysSoWhenTheRevisionDoesNotExist() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      Diagnostics out = new Diagnostics();
      PlanHistory.Result result = PlanHistory.compare(folder.resolve("plan-source"), folder, Optional.of("vp-2024"), out);
      assertTrue(result.comparison().isEmpty());
      assertEquals("plan-source: fel: revisionen 'vp-2024' finns inte i git – ange en gren, en tagg eller en commit,"
          + " till exempel origin/main eller vp-2025 [VP402]", out.sorted().get(0).format());
    }
  }

  @Test
  void saysSoWhenThePlanIsNotInGit() {
    se.vp.TestPlan.committed(folder);
    Diagnostics out = new Diagnostics();
    PlanHistory.Result result = PlanHistory.compare(folder.resolve("plan-source"), folder, Optional.empty(), out);
    assertTrue(result.comparison().isEmpty());
    assertEquals(se.vp.diagnostic.Code.VP401, out.sorted().get(0).code());
  }
}
