package se.vp.check;

import static se.vp.check.Snippets.FOKUS_4_1;
import static se.vp.check.Snippets.MALSATTNING_4;
import static se.vp.check.Snippets.fokus411;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;

/** Issue 15: two förvaltning uppdrag with the same text under one fokusområde passed. */
class DuplicateUppdragTest {

  @TempDir Path project;

  private TestPlan plan(String a, String b) {
    return TestPlan.minimal(project)
        .with("malsattningar/4.yaml", MALSATTNING_4)
        .with("fokusomraden/4-1.yaml", FOKUS_4_1)
        .with("fokusomraden/4-1-1.yaml", fokus411("[]", "[a, b]"))
        .with("uppdrag/a.yaml", "text: " + a + "\nmottagare: förvaltningen\nbeslut: {av: DN, år: 2025}\n")
        .with("uppdrag/b.yaml", "text: " + b + "\nmottagare: förvaltningen\nbeslut: {av: DN, år: 2025}\n");
  }

  @Test
  void reportsTheSameTextInTwoFiles() {
    plan("Att stärka länets besöksnäring.", "Att stärka  länets Besöksnäring")
        .assertFindings("VP218 plan-source/uppdrag/b.yaml:1:7: varning: uppdraget har samma text som a"
            + " (plan-source/uppdrag/a.yaml) – ta bort den ena filen och hänvisa till den andra där båda används");
  }

  @Test
  void keepsApartTextsThatDifferInAWord() {
    plan("Att stärka länets besöksnäring.", "Att stärka länets kulturliv.").assertFindings();
  }
}
