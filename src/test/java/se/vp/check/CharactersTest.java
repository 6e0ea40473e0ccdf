package se.vp.check;

import static se.vp.check.Snippets.FOKUS_4_1;
import static se.vp.check.Snippets.MALSATTNING_4;
import static se.vp.check.Snippets.UPPDRAG_27;
import static se.vp.check.Snippets.fokus411;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;

class CharactersTest {

  @TempDir Path project;

  private TestPlan plan(String styrtal) {
    return TestPlan.minimal(project)
        .with("malsattningar/4.yaml", MALSATTNING_4)
        .with("fokusomraden/4-1.yaml", FOKUS_4_1)
        .with("fokusomraden/4-1-1.yaml", fokus411("[gastnatter]", "[27]"))
        .with("styrtal/gastnatter.yaml", "text: " + styrtal + "\nförslag: {typ: nytt, år: 2026}\n")
        .with("uppdrag/nr-27.yaml", UPPDRAG_27);
  }

  @Test
  void reportsATextWithACharacterNoFontHasAtItsPlace() {
    plan("Antal gästnätter \uE000 per år").assertFindings(
        "VP216 plan-source/styrtal/gastnatter.yaml:1:7: fel: tecknet U+E000 (PRIVATE USE AREA E000) finns inte i"
            + " typsnitten som handlingarna skrivs med: \"Antal gästnätter \uE000 per år\""
            + " – byt ut tecknet eller ta bort det");
  }

  @Test
  void namesEveryMissingCharacterOfATextOnceAndFindsThoseOfEscapes() {
    plan("\"Antal 中 gästnätter \\uD83D 中\"").assertFindings(
        "VP216 plan-source/styrtal/gastnatter.yaml:1:7: fel: tecknen U+4E2D (CJK UNIFIED IDEOGRAPHS 4E2D) och"
            + " U+D83D (HIGH SURROGATES D83D) finns inte i typsnitten som handlingarna skrivs med:"
            + " \"Antal 中 gästnätter");
  }

  @Test
  void takesWhatTheFallbackFontPrintsAndWhatIsInvisibleByIntent() {
    plan("Antal gästnätter ⇒ fler ✓ \uD83D\uDE00, A\u030Angström, EU\u2011medel, gäst\u00ADnätter").assertFindings();
  }

  @Test
  void reportsATextWithoutAPlaceOfItsOwnAtTheRecordThatHoldsIt() {
    plan("Antal gästnätter")
        .with("fokusomraden/4-1.yaml", FOKUS_4_1.replace("attraktionskraft", "attraktionskraft \uE000"))
        .with("omvarld.yaml", "omvärldsfaktorer:\n  - Demografi\n  - Geopolitik \uE000\n")
        .with("forutsattningar.yaml",
            "övergripande:\n  - Ett mål\n  - text: Fler mål\n    punkter: [Det \uE000 tredje]\n")
        .assertFindings(
            "VP216 plan-source/fokusomraden/4-1.yaml:1:9: fel: tecknet U+E000",
            "VP216 plan-source/forutsattningar.yaml:3:11: fel: tecknet U+E000",
            "VP216 plan-source/omvarld.yaml:1:1: fel: tecknet U+E000");
  }
}
