package se.vp.check;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;

class DatesTest {

  private static final String TIDPLAN = """
      händelser:
        - {datum: 2025-06-17, typ: fullmäktigebeslut, rubrik: Ekonomiska förutsättningar beslutas av fullmäktige}
        - {datum: 2025-09-04, typ: presentation, rubrik: Presentation av förutsättningar}
        - {datum: 2025-11-18, typ: nämndbeslut, rubrik: VP och budget beslutas på nämnd}
      """;

  @TempDir Path project;

  @Test
  void suggestsTheTidplanDateForASectionDatedTheYearBefore() {
    TestPlan.minimal(project)
        .with("tidplan.yaml", TIDPLAN)
        .with("forutsattningar.yaml", "presentation: {rubrik: Presentation av verksamhetens förutsättningar, datum: 2024-09-09}\n")
        .assertFindings("VP230 plan-source/forutsattningar.yaml:1:78: varning: avsnittet \"Presentation av verksamhetens"
            + " förutsättningar\" är daterat 2024-09-09, som inte är ett datum i tidplanen"
            + " – menade du 2025-09-04 (Presentation av förutsättningar)?");
  }

  @Test
  void rejectsATidplanOutOfOrder() {
    TestPlan.minimal(project)
        .with("tidplan.yaml", TIDPLAN.replace("2025-09-04", "2025-12-04"))
        .assertFindings("VP231 plan-source/tidplan.yaml:4:13: fel: 18 november 2025 kommer före 4 december 2025 på raden ovanför");
  }

  @Test
  void warnsWhenTheTidplanLacksTheCommitteesDecision() {
    TestPlan.minimal(project)
        .with("tidplan.yaml", TIDPLAN.replace("nämndbeslut", "utkast"))
        .assertFindings("VP232 plan-source/tidplan.yaml:4:13: varning: tidplanen saknar nämndens beslut");
  }

  /** Issue 15: VP 2026 decided 2026-11-26, in the year it governs, or in 2052, passed without a word. */
  @Test
  void warnsWhenTheCommitteesDecisionFallsInAnotherYearThanTheOneBefore() {
    TestPlan.minimal(project)
        .with("tidplan.yaml", TIDPLAN.replace("2025-11-18", "2026-11-18"))
        .assertFindings("VP234 plan-source/tidplan.yaml:4:13: varning: nämndens beslut om planen för 2026 är daterat"
            + " 2026-11-18, men planen beslutas före året den gäller – menade du 2025-11-18?");
    TestPlan.minimal(project)
        .with("tidplan.yaml", TIDPLAN.replace("2025-11-18", "2052-11-18"))
        .assertFindings("VP234 plan-source/tidplan.yaml:4:13: varning: nämndens beslut om planen för 2026 är daterat 2052-11-18");
  }

  @Test
  void acceptsADecisionInTheFirstQuarterOfThePlansYear() {
    TestPlan.minimal(project).with("tidplan.yaml", TIDPLAN.replace("2025-11-18", "2026-01-20")).assertFindings();
  }
}
