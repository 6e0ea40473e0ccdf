package se.vp.check;

import static se.vp.check.Snippets.FOKUS_4_1;
import static se.vp.check.Snippets.MALSATTNING_4;
import static se.vp.check.Snippets.fokus411;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;

class ProvenanceTest {

  @TempDir Path project;

  private TestPlan plan(String styrtalUrsprung) {
    return TestPlan.minimal(project)
        .with("malsattningar/4.yaml", MALSATTNING_4)
        .with("fokusomraden/4-1.yaml", FOKUS_4_1)
        .with("fokusomraden/4-1-1.yaml", fokus411("[gastnatter]", "[]"))
        .with("styrtal/gastnatter.yaml", "text: Antal gästnätter\n" + styrtalUrsprung);
  }

  @Test
  void acceptsAKeptStyrtalThatWasDecided() {
    plan("beslut: {av: FM, år: 2026}\nförslag: {typ: behåll, år: 2026}\n").assertFindings();
  }

  @Test
  void rejectsADecisionAfterThePlanYear() {
    plan("beslut: {av: DN, år: 2027}\n").assertFindings(
        "VP210 plan-source/styrtal/gastnatter.yaml:2:9: fel: styrtalet sägs beslutat 2027, efter planens år 2026");
  }

  @Test
  void rejectsAProposalForAnotherYear() {
    plan("förslag: {typ: nytt, år: 2025}\n").assertFindings(
        "VP210 plan-source/styrtal/gastnatter.yaml:2:10: fel: förslaget gäller 2025 men planen gäller 2026");
  }

  @Test
  void rejectsANewProposalForWhatIsAlreadyDecided() {
    plan("beslut: {av: DN, år: 2025}\nförslag: {typ: nytt, år: 2026}\n").assertFindings(
        "VP210 plan-source/styrtal/gastnatter.yaml:3:10: fel: styrtalet föreslås som nytt men är redan beslutat (DN 2025)");
  }

  @Test
  void rejectsKeepingWhatWasNeverDecided() {
    plan("förslag: {typ: behåll, år: 2026}\n").assertFindings(
        "VP210 plan-source/styrtal/gastnatter.yaml:2:10: fel: styrtalet föreslås att behållas men har inget beslut att utgå från");
  }

  @Test
  void acceptsChangingAnAreaWhoseMalIsDecided() {
    plan("förslag: {typ: nytt, år: 2026}\n")
        .with("fokusomraden/4-1-1.yaml", fokus411("[gastnatter]", "[]") + "förslag: {typ: ändra, år: 2026}\n")
        .assertFindings();
  }

  @Test
  void rejectsChangingAnAreaWithNoDecisionAtAll() {
    plan("förslag: {typ: nytt, år: 2026}\n")
        .with("fokusomraden/4-1-1.yaml", fokus411("[gastnatter]", "[]").replace("  beslut: {av: DN, år: 2025}\n",
            "  förslag: {typ: nytt, år: 2026}\n") + "förslag: {typ: ändra, år: 2026}\n")
        .assertFindings("VP210 plan-source/fokusomraden/4-1-1.yaml:9:10: fel: fokusområde 4.1.1 föreslås att ändras"
            + " men har inget beslut att utgå från");
  }

  @Test
  void warnsAboutAStyrtalWithoutProvenance() {
    plan("").assertFindings(
        "VP212 plan-source/styrtal/gastnatter.yaml:1:7: varning: styrtalet saknar ursprung: varken beslut eller förslag anges");
  }

  @Test
  void warnsAboutARemovedStyrtalStillInForce() {
    plan("beslut: {av: DN, år: 2025}\nförslag: {typ: ta-bort, år: 2026}\n").assertFindings(
        "VP211 plan-source/fokusomraden/4-1-1.yaml:7:11: varning: styrtalet gastnatter föreslås tas bort men används"
            + " fortfarande av fokusområde 4.1.1");
  }

  @Test
  void rejectsAMergeOfAreasThatAreNotRemoved() {
    plan("beslut: {av: DN, år: 2025}\n")
        .with("fokusomraden/4-2.yaml", """
            nummer: "4.2"
            målsättning: 4
            namn: Utbildning
            mål:
              text: Fler fullföljer sina studier.
              förslag: {typ: slå-ihop, år: 2026, ersätter: ["4.1.1"]}
            """)
        .assertFindings("VP210 plan-source/fokusomraden/4-2.yaml:6:49: fel: målet för fokusområde 4.2 ersätter"
            + " fokusområde 4.1.1, men det föreslås inte tas bort");
  }
}
