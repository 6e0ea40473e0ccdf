package se.vp.check;

import static se.vp.check.Snippets.FOKUS_4_1;
import static se.vp.check.Snippets.MALSATTNING_4;
import static se.vp.check.Snippets.STYRTAL_GASTNATTER;
import static se.vp.check.Snippets.UPPDRAG_27;
import static se.vp.check.Snippets.fokus411;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;

class WordingTest {

  @TempDir Path project;

  private TestPlan plan(String lydelse) {
    return TestPlan.minimal(project)
        .with("malsattningar/4.yaml", MALSATTNING_4)
        .with("fokusomraden/4-1.yaml", FOKUS_4_1)
        .with("fokusomraden/4-1-1.yaml", fokus411("[gastnatter]", "[27]"))
        .with("styrtal/gastnatter.yaml", STYRTAL_GASTNATTER)
        .with("uppdrag/nr-27.yaml", UPPDRAG_27)
        .with("fullmaktiges-uppdrag.yaml", """
            beslut: {av: FM, år: 2026}
            uppdrag:
              - nr: 27
                lydelse: %s
            """.formatted(lydelse));
  }

  @Test
  void showsWhereTheCouncilsWordingDiffers() {
    plan("Att främja och utveckla det strategiska arbetet.").assertFindings(
        "VP208 plan-source/fullmaktiges-uppdrag.yaml:4:14: varning: fullmäktiges lydelse av uppdrag Nr 27 skiljer sig"
            + " från texten i plan-source/uppdrag/nr-27.yaml:2: \"… det strategiska arbetet\" mot"
            + " \"… det strategiska påverkansarbetet\"");
  }

  @Test
  void ignoresSpacingAndAFinalFullStop() {
    plan("Att främja och  utveckla det strategiska påverkansarbetet").assertFindings();
  }

  @Test
  void showsAHeadingThatDiffersFromTheTitle() {
    TestPlan.minimal(project)
        .with("malsattningar/9.yaml", "nr: 9\ntitel: Kompetensförsörjningen är långsiktig.\nbeslut: {av: FM, år: 2026}\n")
        .with("gemensamt.yaml", "målsättningar:\n  - målsättning: 9\n    rubrik: En långsiktig och stark kompetensförsörjning.\n")
        .assertFindings("VP208 plan-source/gemensamt.yaml:3:13: varning: rubriken för målsättning 9 skiljer sig från texten i"
            + " plan-source/malsattningar/9.yaml:2: \"En långsiktig och stark kompetensförsörjning\" mot"
            + " \"Kompetensförsörjningen är långsiktig\"");
  }
}
