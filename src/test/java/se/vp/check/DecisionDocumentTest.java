package se.vp.check;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;

class DecisionDocumentTest {

  private static final String COMPLETE = """
      organisation: Region Test
      nämnd:
        namn: Testnämnd
        bestämd-form: Testnämnden
      förvaltning: Regional utveckling
      år: 2026
      titel: Verksamhetsplan med budget
      status: förslag
      datum: 2025-10-28
      diarienummer: TN 2025/123
      handläggare:
        namn: Anna Andersson
        titel: Controller
        e-post: anna.andersson@example.se
      konsekvenser:
        - {rubrik: Konsekvenser för barn, text: Beslutet bedöms inte påverka barn direkt.}
      skickas-till:
        - Regionstyrelsen
      """;

  @TempDir Path project;

  @Test
  void acceptsAProposalWithEverythingTheTjansteskrivelseShows() {
    TestPlan.minimal(project).with("plan.yaml", COMPLETE).assertFindings();
  }

  @Test
  void asksNothingOfADraft() {
    TestPlan.minimal(project).assertFindings();
  }

  @Test
  void namesEachMissingFieldAtTheStatusThatAsksForIt() {
    TestPlan.minimal(project).with("plan.yaml", TestPlan.PLAN_YAML.replace("utkast", "beslutad")).assertFindings(
        "VP240 plan-source/plan.yaml:7:9: varning: planen har status beslutad men plan.yaml saknar datum,"
            + " tjänsteskrivelsens datum i beslutsunderlagets huvud – skriv datum: ÅÅÅÅ-MM-DD, dagen skrivelsen undertecknas",
        "VP240 plan-source/plan.yaml:7:9: varning: planen har status beslutad men plan.yaml saknar diarienummer,"
            + " som beslutsunderlagets huvud visar",
        "VP240 plan-source/plan.yaml:7:9: varning: planen har status beslutad men plan.yaml saknar förvaltning,",
        "VP240 plan-source/plan.yaml:7:9: varning: planen har status beslutad men plan.yaml saknar handläggare,"
            + " med namn, titel och e-post",
        "VP240 plan-source/plan.yaml:7:9: varning: planen har status beslutad men plan.yaml saknar konsekvenser,",
        "VP240 plan-source/plan.yaml:7:9: varning: planen har status beslutad men plan.yaml saknar skickas-till,");
  }

  @Test
  void asksForTheHandlaggaresTitleAndEmailWhereTheHandlaggareIsWritten() {
    TestPlan.minimal(project).with("plan.yaml", COMPLETE.replace("  titel: Controller\n", "")
        .replace("  e-post: anna.andersson@example.se\n", "")).assertFindings(
        "VP240 plan-source/plan.yaml:11:1: varning: handläggaren saknar e-post, som beslutsunderlagets huvud visar",
        "VP240 plan-source/plan.yaml:11:1: varning: handläggaren saknar titel");
  }
}
