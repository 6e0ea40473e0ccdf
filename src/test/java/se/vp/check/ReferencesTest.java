package se.vp.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.vp.check.Snippets.FOKUS_4_1;
import static se.vp.check.Snippets.MALSATTNING_4;
import static se.vp.check.Snippets.STYRTAL_GASTNATTER;
import static se.vp.check.Snippets.UPPDRAG_27;
import static se.vp.check.Snippets.fokus411;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;

class ReferencesTest {

  @TempDir Path project;

  private TestPlan plan(String styrtal, String uppdrag) {
    return TestPlan.minimal(project)
        .with("malsattningar/4.yaml", MALSATTNING_4)
        .with("fokusomraden/4-1.yaml", FOKUS_4_1)
        .with("fokusomraden/4-1-1.yaml", fokus411(styrtal, uppdrag))
        .with("styrtal/gastnatter.yaml", STYRTAL_GASTNATTER)
        .with("uppdrag/paverkan.yaml", UPPDRAG_27);
  }

  @Test
  void acceptsReferencesThatResolve() {
    plan("[gastnatter]", "[27]").assertFindings();
  }

  @Test
  void acceptsUppdragByIdAsWellAsByNumber() {
    plan("[gastnatter]", "[paverkan]").assertFindings();
  }

  @Test
  void reportsMissingStyrtalWithTheNearestId() {
    plan("[gastnatter, gastnater]", "[27]").assertFindings(
        "VP203 plan-source/fokusomraden/4-1-1.yaml:7:23: fel: styrtal gastnater finns inte i planen – menade du 'gastnatter'?");
  }

  @Test
  void reportsMissingUppdragNumber() {
    plan("[gastnatter]", "[27, 72]").assertFindings(
        "VP203 plan-source/fokusomraden/4-1-1.yaml:8:15: fel: uppdrag 72 finns inte i planen");
  }

  @Test
  void reportsTheSameReferenceTwiceInAList() {
    plan("[gastnatter, gastnatter]", "[27]").assertFindings(
        "VP215 plan-source/fokusomraden/4-1-1.yaml:7:23: fel: styrtal gastnatter står redan tidigare i listan");
  }

  @Test
  void reportsFokusomradeUnderMissingMalsattning() {
    plan("[gastnatter]", "[27]").without("malsattningar/4.yaml").assertFindings(
        "VP203 plan-source/fokusomraden/4-1-1.yaml:2:14: fel: målsättning 4 finns inte i planen",
        "VP203 plan-source/fokusomraden/4-1.yaml:2:14: fel: målsättning 4 finns inte i planen");
  }

  @Test
  void reportsComparisonWithCountiesThePlanDoesNotName() {
    plan("[gastnatter]", "[27]")
        .with("styrtal/gastnatter.yaml", STYRTAL_GASTNATTER + "jämförelse: jämförbara-län\n")
        .assertFindings("VP203 plan-source/styrtal/gastnatter.yaml:1:7: fel: styrtalet jämförs med jämförbara län, men plan.yaml anger inga");
  }

  @Test
  void reportsAnOutcomeOfACountyThePlanDoesNotCompareWith() {
    plan("[gastnatter]", "[27]")
        .with("plan.yaml", TestPlan.PLAN_YAML + "jämförbara-län: [Jönköping, Kronoberg]\n")
        .with("styrtal/gastnatter.yaml", STYRTAL_GASTNATTER + """
            jämförelse: jämförbara-län
            utfall:
              - år: 2024
                värde: 12
                jämförbara-län:
                  - {län: Jönköping, värde: 11}
                  - {län: Kronobreg, värde: 13}
            """)
        .assertFindings("VP203 plan-source/styrtal/gastnatter.yaml:9:15: fel: länet Kronobreg står inte bland "
            + "jämförbara län i plan.yaml – menade du 'Kronoberg'?");
  }

  @Test
  void reportsAreaThatDoesNotExistInTheDistribution() {
    plan("[gastnatter]", "[27]")
        .with("omraden/energi.yaml", "namn: Energi och klimat\n")
        .with("ekonomi.yaml", """
            ramanslag: {mnkr: 10.0}
            fördelning:
              områden:
                - {område: energi, mnkr: 4.0}
                - {område: energ, mnkr: 6.0}
            """)
        .assertFindings(
            "VP203 plan-source/ekonomi.yaml:5:16: fel: område energ finns inte i planen – menade du 'energi'?");
  }

  /** Issue 13: nummer changed by hand leaves the insatser pointing at the old number; the hint is vp:renumber. */
  @Test
  void hintsAtVpRenumberWhenANummerWasChangedByHand() {
    TestPlan plan = TestPlan.committed(project)
        .edit("fokusomraden/4-3-kompetensforsorjning.yaml", "nummer: \"4.3\"", "nummer: \"4.4\"");
    String hint = " – har 4.3 fått nummer 4.4? kör mvn vp:renumber -Dvp.från=4.3 -Dvp.till=4.4,"
        + " så följer referenserna med";
    assertEquals(List.of(
        "VP203 plan-source/omraden/energi-och-klimat.yaml:46:22: fel: fokusområde 4.3 finns inte i planen" + hint,
        "VP203 plan-source/omraden/naringslivsutveckling.yaml:18:22: fel: fokusområde 4.3 finns inte i planen" + hint,
        "VP203 plan-source/omraden/valfard-och-folkhalsa.yaml:15:22: fel: fokusområde 4.3 finns inte i planen" + hint),
        plan.findings().stream().filter(f -> f.startsWith("VP203")).toList());
  }

  /** Two fokusområden beside the old number that nothing names: which one it became is not the check's guess. */
  @Test
  void givesNoRenumberHintWhenTwoNumbersCouldBeTheNewOne() {
    TestPlan plan = TestPlan.committed(project)
        .edit("fokusomraden/4-3-kompetensforsorjning.yaml", "nummer: \"4.3\"", "nummer: \"4.4\"")
        .with("fokusomraden/4-5-ny.yaml", "nummer: \"4.5\"\nmålsättning: 4\nnamn: Nytt\n");
    List<String> missing = plan.findings().stream().filter(f -> f.startsWith("VP203")).toList();
    assertEquals(3, missing.size(), missing.toString());
    missing.forEach(f -> assertFalse(f.contains("vp:renumber"), f));
  }
}
