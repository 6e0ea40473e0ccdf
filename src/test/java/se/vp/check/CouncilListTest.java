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

class CouncilListTest {

  @TempDir Path project;

  private TestPlan plan(String placed, String listed) {
    return TestPlan.minimal(project)
        .with("malsattningar/4.yaml", MALSATTNING_4)
        .with("fokusomraden/4-1.yaml", FOKUS_4_1)
        .with("fokusomraden/4-1-1.yaml", fokus411("[gastnatter]", placed))
        .with("styrtal/gastnatter.yaml", STYRTAL_GASTNATTER)
        .with("uppdrag/nr-27.yaml", UPPDRAG_27)
        .with("uppdrag/nr-20.yaml", UPPDRAG_27.replace("27", "20"))
        .with("fullmaktiges-uppdrag.yaml", "beslut: {av: FM, år: 2026}\nuppdrag: " + listed + "\n");
  }

  @Test
  void acceptsAListThatMatchesThePlan() {
    plan("[27, 20]", "[{nr: 27}, {nr: 20}]").assertFindings();
  }

  @Test
  void rejectsUppdragGivenToTheCommitteeButMissingFromTheCouncilList() {
    plan("[27, 20]", "[{nr: 27}]").assertFindings(
        "VP206 plan-source/fokusomraden/4-1-1.yaml:8:15: varning: uppdrag Nr 20 ges till nämnden under fokusområde 4.1.1"
            + " men står inte i fullmäktiges lista (fullmaktiges-uppdrag.yaml), som därmed räknar 1 uppdrag");
  }

  @Test
  void rejectsListedUppdragPlacedNowhere() {
    plan("[27]", "[{nr: 27}, {nr: 20}]").assertFindings(
        "VP207 plan-source/fullmaktiges-uppdrag.yaml:2:26: fel: uppdrag Nr 20 står i fullmäktiges lista men ligger inte under något");
  }

  @Test
  void rejectsListedNumberWithoutUppdrag() {
    plan("[27, 20]", "[{nr: 27}, {nr: 20}, {nr: 33}]").assertFindings(
        "VP203 plan-source/fullmaktiges-uppdrag.yaml:2:36: fel: uppdrag nr 33 finns inte i planen");
  }

  @Test
  void leavesForvaltningensUppdragOutOfTheList() {
    plan("[27, 20]", "[{nr: 27}]")
        .edit("uppdrag/nr-20.yaml", "mottagare: nämnden", "mottagare: förvaltningen")
        .assertFindings();
  }
}
