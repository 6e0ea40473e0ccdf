package se.vp.check;

import static se.vp.check.Snippets.MALSATTNING_4;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;

class StyrtalDirectionTest {

  @TempDir Path project;

  private TestPlan plan(String styrtal) {
    return TestPlan.minimal(project)
        .with("malsattningar/4.yaml", MALSATTNING_4 + "styrtal: [s]\n")
        .with("styrtal/s.yaml", styrtal + "beslut: {av: FM, år: 2026}\n");
  }

  @Test
  void acceptsTheSeedsSickLeaveTarget() {
    plan("""
        text: Sjukfrånvaron ska minska.
        riktning: minska
        utfall: [{år: 2024, värde: 6.5}]
        mål: {från: 6.3, till: 6.1}
        """).assertFindings();
  }

  @Test
  void warnsWhenTheTextSaysTheOppositeDirection() {
    plan("text: Sjukfrånvaron ska minska.\nriktning: öka\n").assertFindings(
        "VP213 plan-source/styrtal/s.yaml:1:7: varning: texten säger 'ska minska' men riktning är öka");
  }

  @Test
  void warnsWhenTheTargetLiesTheWrongWayFromTheOutcome() {
    plan("""
        text: Sjukfrånvaron ska minska.
        riktning: minska
        utfall: [{år: 2023, värde: 5.0}, {år: 2024, värde: 6.0}]
        mål: {från: 6.3, till: 6.1}
        """).assertFindings(
        "VP233 plan-source/styrtal/s.yaml:4:13: varning: styrtalet ska minska men målet 6,3–6,1 ligger åt andra hållet"
            + " från utfallet 2024 (6,0)");
  }
}
