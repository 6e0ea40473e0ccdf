package se.vp.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.Outcome;
import se.vp.Validation;
import se.vp.Vp;
import se.vp.diagnostic.Diagnostics;
import se.vp.render.Timings;
import se.vp.text.WordDiff;
import se.vp.view.PlanViews;

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
    return compare(folder.resolve("plan-source"), base, Optional.empty());
  }

  /** The plan in the working tree against the plan at the base, as vp:diff compares them. */
  private Comparison compare(Path planSource, Optional<String> base, Optional<String> namnd) {
    Diagnostics out = new Diagnostics();
    PlanHistory.Base older = PlanHistory.planAt(planSource, folder, base, namnd, out).orElseThrow();
    assertEquals(List.of(), out.sorted());
    Validation current = Validation.of(planSource, folder, namnd, new Timings());
    assertEquals(0, current.errors(), current.diagnostics().toString());
    return Comparison.of(older.label(), older.date(), PlanViews.of(older.plan()),
        PlanViews.of(current.plans().get(0).resolved()));
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

      Outcome all = Vp.diff(new Vp.Diff(new Vp.Project(planSource, folder, Optional.empty(), false),
          Path.of("templates"), folder.resolve("output"), Optional.of("main"), false, Optional.empty()));
      assertEquals(List.of("plan-source: fel: plan-source har 2 nämnder, och vp:diff jämför en nämnd i taget"
          + " – ange nämnden med -Dvp.namnd=<nämnd> [VP020]"), all.findings().stream().map(d -> d.format()).toList());
      assertFalse(Files.exists(folder.resolve("output")));

      assertEquals(List.of(), compare(planSource, Optional.of("main"), Optional.of("namnd-001")).changes());
      Comparison second = compare(planSource, Optional.of("main"), Optional.of("namnd-002"));
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
      assertTrue(PlanHistory.planAt(folder.resolve("plan-source"), folder, Optional.of("vp-2024"), Optional.empty(), out)
          .isEmpty());
      assertEquals("plan-source: fel: revisionen 'vp-2024' finns inte i git – ange en gren, en tagg eller en commit,"
          + " till exempel origin/main eller vp-2025 [VP402]", out.sorted().get(0).format());
    }
  }

  @Test
  void saysSoWhenThePlanIsNotInGit() {
    se.vp.TestPlan.committed(folder);
    Diagnostics out = new Diagnostics();
    assertTrue(PlanHistory.planAt(folder.resolve("plan-source"), folder, Optional.empty(), Optional.empty(), out)
        .isEmpty());
    assertEquals(se.vp.diagnostic.Code.VP401, out.sorted().get(0).code());
  }

  @Test
  void refusesARevisionTooLongOrMalformedBeforeAskingGit() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      for (String base : List.of("a".repeat(5000), "main..HEAD", "main:plan-source", "main\n::error::x", "")) {
        Diagnostics out = new Diagnostics();
        assertTrue(PlanHistory.planAt(folder.resolve("plan-source"), folder, Optional.of(base), Optional.empty(), out)
            .isEmpty(), base);
        assertEquals(List.of(se.vp.diagnostic.Code.VP405), out.sorted().stream().map(d -> d.code()).toList(),
            out.sorted().toString());
        assertTrue(out.sorted().get(0).text().contains("-Dvp.base"), out.sorted().toString());
        assertTrue(out.sorted().get(0).text().length() < 300, out.sorted().toString());
      }
    }
  }

  @Test
  void saysSoWhenPlanSourceIsALinkAtTheBase() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      Path planSource = folder.resolve("plan-source");
      Files.move(planSource, folder.resolve("planen"));
      Files.createSymbolicLink(planSource, Path.of("planen"));
      repository.commit("plan-source som länk");
      repository.git.tag().setName("lank").call();
      Files.delete(planSource);
      Files.move(folder.resolve("planen"), planSource);
      repository.commit("plan-source som mapp igen");

      Diagnostics out = new Diagnostics();
      assertTrue(PlanHistory.planAt(planSource, folder, Optional.of("lank"), Optional.empty(), out).isEmpty());
      assertEquals(List.of(se.vp.diagnostic.Code.VP404), out.sorted().stream().map(d -> d.code()).toList(),
          out.sorted().toString());
      assertTrue(out.sorted().get(0).text().contains("symbolisk länk"), out.sorted().toString());
    }
  }

  @Test
  void saysSoWhenPlanSourceIsASubmoduleAtTheBase() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      org.eclipse.jgit.lib.Repository git = repository.git.getRepository();
      org.eclipse.jgit.lib.ObjectId head = git.resolve("HEAD");
      org.eclipse.jgit.lib.ObjectId tree;
      org.eclipse.jgit.lib.ObjectId commit;
      try (org.eclipse.jgit.lib.ObjectInserter inserter = git.newObjectInserter()) {
        org.eclipse.jgit.lib.TreeFormatter formatter = new org.eclipse.jgit.lib.TreeFormatter();
        formatter.append("plan-source", org.eclipse.jgit.lib.FileMode.GITLINK, head);
        tree = inserter.insert(formatter);
        org.eclipse.jgit.lib.CommitBuilder builder = new org.eclipse.jgit.lib.CommitBuilder();
        builder.setTreeId(tree);
        builder.setParentId(head);
        org.eclipse.jgit.lib.PersonIdent editor = new org.eclipse.jgit.lib.PersonIdent("Handläggare", "h@example.se");
        builder.setAuthor(editor);
        builder.setCommitter(editor);
        builder.setMessage("plan-source som undermodul");
        commit = inserter.insert(builder);
        inserter.flush();
      }
      org.eclipse.jgit.lib.RefUpdate update = git.updateRef("refs/tags/undermodul");
      update.setNewObjectId(commit);
      update.update();

      Diagnostics out = new Diagnostics();
      assertTrue(PlanHistory.planAt(folder.resolve("plan-source"), folder, Optional.of("undermodul"), Optional.empty(), out)
          .isEmpty());
      assertEquals(List.of(se.vp.diagnostic.Code.VP404), out.sorted().stream().map(d -> d.code()).toList(),
          out.sorted().toString());
      assertTrue(out.sorted().get(0).text().contains("undermodul"), out.sorted().toString());
    }
  }
}
