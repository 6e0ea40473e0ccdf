package se.vp.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.Validation;
import se.vp.diagnostic.Diagnostics;
import se.vp.render.Timings;
import se.vp.renumber.RenumberRequest;
import se.vp.renumber.Renumberer;
import se.vp.view.PlanViews;
import se.vp.view.Views;

/**
 * Issue 13: a fokusområde renumbered is one change in the report, with what moved along on its
 * line, and not the moves, removals and additions its new number leaves in every list.
 */
class RenumberingTest {

  @TempDir Path folder;

  private Comparison compare() {
    Diagnostics out = new Diagnostics();
    Path planSource = folder.resolve("plan-source");
    PlanHistory.Base older = PlanHistory.planAt(planSource, folder, Optional.of("main"), Optional.empty(), out)
        .orElseThrow();
    Validation current = Validation.of(planSource, folder, Optional.empty(), new Timings());
    assertEquals(0, current.errors(), current.diagnostics().toString());
    return Comparison.of(older.label(), older.date(), PlanViews.of(older.plan()),
        PlanViews.of(current.plans().get(0).resolved()));
  }

  private static List<String> lines(String markdown, String containing) {
    return markdown.lines().filter(line -> line.contains(containing)).toList();
  }

  /** The realistic proposal: the committed plan in git, renumbered 4.3 → 4.4 by vp:renumber. */
  @Test
  void showsARenumberingByVpRenumberAsOneLineWithWhatMovedAlong() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      Renumberer.renumber(folder.resolve("plan-source"), folder, RenumberRequest.of("4.3", "4.4"));
      String markdown = MarkdownReport.of(compare());
      assertEquals(List.of("- **omnumrerad** Fokusområde 4.3 Kompetensförsörjning får nummer 4.4, och med det"
          + " 4 styrtal, 6 uppdrag och 3 områdens insatser"), lines(markdown, "4.4"), markdown);
      assertFalse(markdown.contains("flyttad"), markdown);
      assertFalse(markdown.contains("borttagen"), markdown);
      assertFalse(markdown.contains("tillagd"), markdown);
    }
  }

  /** A proposal that renumbers and rewords: the words that changed still show, under the new number. */
  @Test
  void stillShowsWhatElseChangedUnderTheNewNumber() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      Renumberer.renumber(folder.resolve("plan-source"), folder, RenumberRequest.of("4.3", "4.4"));
      repository.plan.edit("fokusomraden/4-4-kompetensforsorjning.yaml", "en drivande kraft", "en samlande kraft");
      repository.plan.edit("omraden/naringslivsutveckling.yaml", "Kompetensförsörjning", "Kompetens");
      String markdown = MarkdownReport.of(compare());
      assertEquals(1, lines(markdown, "får nummer").size(), markdown);
      assertTrue(markdown.contains("- **ändrad** Fokusområde 4.4 Kompetensförsörjning\n  - mål: Region Örebro län är en"
          + "<del> drivande</del><ins> samlande</ins> kraft"), markdown);
      assertTrue(markdown.contains("  - presentationer: insatser – 4.4: rubrik: <del>Kompetensförsörjning</del>"
          + " <ins>Kompetens</ins>"), markdown);
      assertFalse(markdown.contains("4.3:"), markdown);
    }
  }

  /** By hand: the same file, its nummer and every reference changed; no file renamed. */
  @Test
  void showsARenumberingByHandAsOneLineToo() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      repository.plan.edit("fokusomraden/4-3-kompetensforsorjning.yaml", "nummer: \"4.3\"", "nummer: \"4.4\"");
      for (String omrade : List.of("energi-och-klimat", "naringslivsutveckling", "valfard-och-folkhalsa")) {
        repository.plan.edit("omraden/" + omrade + ".yaml", "fokusområde: \"4.3\"", "fokusområde: \"4.4\"");
      }
      Comparison comparison = compare();
      assertEquals(List.of("Fokusområden omnumrerad Fokusområde 4.3 Kompetensförsörjning får nummer 4.4, och med det"
          + " 4 styrtal, 6 uppdrag och 3 områdens insatser | nummer: 4.3 → 4.4"), comparison.changes().stream()
          .map(c -> c.category() + " " + c.type().word() + " " + c.label() + " | " + String.join(" | ",
              c.fields().stream().map(f -> f.name() + ": " + f.before() + " → " + f.after()).toList())).toList());
    }
  }

  @Test
  void saysTheUnderomradenThatFollowedOnTheSameLine() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      Renumberer.renumber(folder.resolve("plan-source"), folder, RenumberRequest.of("4.2", "4.4"));
      String markdown = MarkdownReport.of(compare());
      List<String> renumbered = lines(markdown, "får nummer");
      assertEquals(1, renumbered.size(), markdown);
      assertTrue(renumbered.get(0).startsWith("- **omnumrerad** Fokusområde 4.2 Utbildning får nummer 4.4, och"
          + " med det underområdena 4.2.1 → 4.4.1 och 4.2.2 → 4.4.2, "), renumbered.get(0));
      assertFalse(markdown.contains("flyttad"), markdown);
      assertFalse(markdown.contains("(tillagd)"), markdown);
      assertEquals(renumbered, lines(markdown, "4.2"), markdown);
    }
  }

  /** The Word and PDF report have a row per field: the renumbering's is its number, before beside after. */
  @Test
  void givesTheChangeReportTheNumberBeforeAndAfter() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      Renumberer.renumber(folder.resolve("plan-source"), folder, RenumberRequest.of("4.3", "4.4"));
      ChangeView view = ChangeView.of(compare());
      assertEquals(1, view.grupper().size());
      ChangeView.Andring andring = view.grupper().get(0).poster().get(0);
      assertEquals("omnumrerad", andring.typ());
      assertEquals(1, andring.falt().size());
      assertEquals("4.3", andring.falt().get(0).fore());
    }
  }

  /** A styrtal under two fokusområden whose order the new number turns: the same places, so no move. */
  @Test
  void takesTheOrderOfTheirPlacesThatTheNewNumbersGive() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      repository.plan.edit("fokusomraden/4-3-kompetensforsorjning.yaml", "  - forvarvsarbetande\n",
          "  - forvarvsarbetande\n  - brp-per-invanare\n");
      repository.commit("brp-per-invanare också under 4.3");
      Renumberer.renumber(folder.resolve("plan-source"), folder, RenumberRequest.of("4.1", "4.5"));
      Comparison comparison = compare();
      assertEquals(List.of("Fokusområde 4.1 Omställning, innovation och attraktionskraft får nummer 4.5"),
          comparison.changes().stream().map(c -> c.label().replaceFirst(", och med det.*", "")).toList());
    }
  }

  @TempDir Path before;
  @TempDir Path after;

  /**
   * The plan that fills every field of every schema, its 3.2 renumbered 3.3 by hand with its
   * underområden, files renamed as vp:renumber renames them: every record of the view is read with
   * the new numbers, and the one change is the renumbering.
   */
  @Test
  void readsEveryFieldOfTheViewWithTheNewNumbers() throws Exception {
    Path fixture = Path.of("src/test/resources/se/vp/render/every-field/plan-source");
    copy(fixture, before.resolve("plan-source"));
    copy(fixture, after.resolve("plan-source"));
    Path fokus = after.resolve("plan-source/namnder/provnamnd/fokusomraden");
    for (String[] file : new String[][] {{"3-2-farleder", "3-3-farleder"}, {"3-2-1-fyrar", "3-3-1-fyrar"},
        {"3-2-2-bojar", "3-3-2-bojar"}}) {
      String text = Files.readString(fokus.resolve(file[0] + ".yaml"));
      Files.delete(fokus.resolve(file[0] + ".yaml"));
      Files.writeString(fokus.resolve(file[1] + ".yaml"), text.replace("\"3.2", "\"3.3"));
    }
    Comparison comparison = Comparison.of("main", "", view(before), view(after));
    assertEquals(List.of("Fokusområde 3.2 " + comparison.before().fokusomraden().stream()
            .filter(f -> f.nummer().equals("3.2")).findFirst().orElseThrow().namn() + " får nummer 3.3, och med det"
            + " underområdena 3.2.1 → 3.3.1 och 3.2.2 → 3.3.2"),
        comparison.changes().stream().map(c -> c.label().replaceFirst(", \\d+ styrtal.*", "")).toList());
  }

  private static Views.Plan view(Path project) {
    Validation validation = Validation.of(project.resolve("plan-source"), project, Optional.of("provnamnd"),
        new Timings());
    assertEquals(0, validation.errors(), validation.diagnostics().toString());
    return PlanViews.of(validation.plans().get(0).resolved());
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }
}
