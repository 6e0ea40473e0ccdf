package se.vp.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;
import se.vp.Validation;
import se.vp.diagnostic.Code;
import se.vp.synthetic.SyntheticPlans;

/**
 * Issue 14: a scalar of a megabyte made vp:render run past 300 s, a title of 110 KB made vp:diff
 * take 227 s. Texts are bounded per field when the plan is read, so that the layout of the
 * handlingar and the comparison never see more than the documents can hold.
 */
class TextLimitsTest {

  private static final Duration SOON = Duration.ofSeconds(10);

  @TempDir Path project;

  private TestPlan malsattning(String titel) {
    return TestPlan.minimal(project).with("malsattningar/01-test.yaml", """
        nr: 1
        titel: %s
        """.formatted(titel));
  }

  @Test
  void acceptsATitleAtTheLimit() {
    malsattning("T" + "a".repeat(SourceLimits.MAX_HEADING_CHARS - 1)).assertFindings();
  }

  @Test
  void refusesATitleOneCharacterOverTheLimit() {
    TestPlan plan = malsattning("T" + "a".repeat(SourceLimits.MAX_HEADING_CHARS));
    assertTimeoutPreemptively(SOON, () -> plan.assertFindings(
        "VP023 plan-source/malsattningar/01-test.yaml:2:8: fel: texten under 'titel' är 301 tecken; högst 300"));
  }

  @Test
  void refusesATitleOfAHundredKilobytesAtOnce() {
    TestPlan plan = malsattning("T" + "a ".repeat(55_000));
    assertTimeoutPreemptively(SOON, () -> plan.assertFindings(
        "VP023 plan-source/malsattningar/01-test.yaml:2:8: fel: texten är 110000 tecken; högst "));
  }

  private TestPlan uppdrag(String text) {
    return TestPlan.minimal(project).with("uppdrag/test.yaml", """
        text: %s
        mottagare: förvaltningen
        beslut: {av: DN, år: 2025}
        """.formatted(text));
  }

  @Test
  void acceptsATextAtTheLimit() {
    uppdrag("Att " + "göra ".repeat((SourceLimits.MAX_TEXT_CHARS - 4) / 5)).assertFindings(
        "VP214 plan-source/uppdrag/test.yaml");
  }

  @Test
  void refusesATextOneCharacterOverTheLimit() {
    TestPlan plan = uppdrag("Att " + "x".repeat(SourceLimits.MAX_TEXT_CHARS - 3));
    assertTimeoutPreemptively(SOON, () -> plan.assertFindings(
        "VP023 plan-source/uppdrag/test.yaml:1:7: fel: texten under 'text' är 4001 tecken; högst 4000"));
  }

  @Test
  void refusesAScalarOfAMegabyteAtOnce() {
    TestPlan plan = uppdrag("a".repeat(SourceLimits.MAX_FILE_BYTES - 100));
    assertTimeoutPreemptively(SOON, () -> plan.assertFindings(
        "VP023 plan-source/uppdrag/test.yaml:1:7: fel: texten är 1048476 tecken; högst "));
  }

  @Test
  void refusesAKeyLongerThanAnyKey() {
    TestPlan plan = uppdrag("Att göra.\n" + "k".repeat(1_000) + ": 1");
    assertTimeoutPreemptively(SOON, () -> plan.assertFindings(
        "VP023 plan-source/uppdrag/test.yaml:2:1: fel: nyckeln är 1000 tecken; högst "));
  }

  /**
   * Each text within its limit, but a megabyte of them: the deck of such a plan took a minute to
   * lay out and its change report another. A plan holds at most so much text in all.
   */
  @Test
  void refusesAPlanWithMoreTextThanTheHandlingarHold() {
    StringBuilder yaml = new StringBuilder("omvärldsfaktorer:\n");
    for (int i = 0; i < SourceLimits.MAX_PLAN_CHARS / 3_000 + 1; i++) {
      yaml.append("  - ").append("Faktor ").append(i).append(" ").append("ord ".repeat(748)).append('\n');
    }
    TestPlan plan = TestPlan.minimal(project).with("omvarld.yaml", yaml.toString());
    assertTimeoutPreemptively(SOON, () -> plan.assertFindings(
        "VP024 plan-source/omvarld.yaml: fel: planen har "));
  }

  /**
   * The council's uppdrag to other nämnder are not in a nämnd's handlingar, so they do not count
   * towards its plan's text: a region of a hundred nämnder, fifteen uppdrag each, was refused whole.
   */
  @Test
  void countsOnlyTheCouncilsUppdragANamndShows() throws Exception {
    Path planSource = project.resolve("plan-source");
    SyntheticPlans.writeRegion(planSource, 2, 1);
    for (int i = 0; i < SourceLimits.MAX_PLAN_CHARS / 2_800 + 1; i++) {
      Files.writeString(planSource.resolve("fullmaktige/uppdrag/nr-" + (5000 + i) + "-annan.yaml"), """
          nr: %d
          text: %s
          mottagare: nämnden
          beslut:
            av: FM
            år: 2027
          """.formatted(5000 + i, "Att " + "ord ".repeat(699).strip() + "."));
    }
    Validation validation = assertTimeoutPreemptively(SOON, () -> Validation.of(planSource, project));
    assertEquals(List.of(), validation.diagnostics().stream().filter(d -> d.code() == Code.VP024).toList());
  }
}
