package se.vp.check;

import static se.vp.check.Snippets.FOKUS_4_1;
import static se.vp.check.Snippets.MALSATTNING_4;
import static se.vp.check.Snippets.fokus411;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;

class DuplicateStyrtalTest {

  @TempDir Path project;

  private TestPlan plan(String a, String b) {
    return TestPlan.minimal(project)
        .with("malsattningar/4.yaml", MALSATTNING_4)
        .with("fokusomraden/4-1.yaml", FOKUS_4_1)
        .with("fokusomraden/4-1-1.yaml", fokus411("[a, b]", "[]"))
        .with("styrtal/a.yaml", a)
        .with("styrtal/b.yaml", b);
  }

  @Test
  void reportsTheSameMeasureUnderOtherWordsAtTheNewerOne() {
    plan("text: Utsläpp av växthusgaser i ton koldioxidekvivalenter.\nförslag: {typ: nytt, år: 2026}\n",
        "text: Utsläpp av växthusgaser i ton koldioxidekvivalenter ska minska.\nbeslut: {av: FM, år: 2026}\n")
        .assertFindings("VP209 plan-source/styrtal/a.yaml:1:7: varning: styrtalet mäter samma sak som b"
            + " (plan-source/styrtal/b.yaml) med andra ord");
  }

  @Test
  void keepsApartMeasuresThatDifferInAWordOfSubstance() {
    plan("text: Andelen hushåll i länet som har tillgång till bredband om minst 100 Mbit/s ska öka.\nbeslut: {av: FM, år: 2026}\n",
        "text: Andelen arbetsställen i länet som har tillgång till bredband om minst 100 Mbit/s ska öka.\nbeslut: {av: FM, år: 2026}\n")
        .assertFindings();
  }
}
