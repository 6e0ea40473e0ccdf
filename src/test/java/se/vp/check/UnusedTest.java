package se.vp.check;

import static se.vp.check.Snippets.STYRTAL_GASTNATTER;
import static se.vp.check.Snippets.UPPDRAG_27;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;

class UnusedTest {

  @TempDir Path project;

  @Test
  void warnsAboutItemsNothingRefersTo() {
    TestPlan.minimal(project)
        .with("styrtal/gastnatter.yaml", STYRTAL_GASTNATTER)
        .with("uppdrag/nr-27.yaml", UPPDRAG_27)
        .with("omraden/energi.yaml", "namn: Energi och klimat\n")
        .assertFindings(
            "VP214 plan-source/omraden/energi.yaml:1:1: varning: området Energi och klimat presenteras inte",
            "VP214 plan-source/styrtal/gastnatter.yaml:1:7: varning: styrtalet gastnatter används inte",
            "VP214 plan-source/uppdrag/nr-27.yaml:2:7: varning: uppdraget Nr 27 ligger inte under något fokusområde");
  }

  /** An item proposed removed stays in the plan for the committee's decision, listed nowhere (VP211). */
  @Test
  void leavesItemsProposedRemovedAlone() {
    TestPlan.minimal(project)
        .with("styrtal/gastnatter.yaml", "text: Antal gästnätter\nbeslut: {av: DN, år: 2025}\n"
            + "förslag: {typ: ta-bort, år: 2026}\n")
        .with("uppdrag/nr-27.yaml", UPPDRAG_27 + "förslag: {typ: ta-bort, år: 2026}\n")
        .assertFindings();
  }
}
