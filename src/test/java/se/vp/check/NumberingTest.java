package se.vp.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.vp.check.Snippets.FOKUS_4_1;
import static se.vp.check.Snippets.MALSATTNING_4;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;

class NumberingTest {

  @TempDir Path project;

  @Test
  void reportsFokusomradeNumberedUnderAnotherMalsattning() {
    TestPlan.minimal(project)
        .with("malsattningar/4.yaml", MALSATTNING_4)
        .with("fokusomraden/5-1.yaml", FOKUS_4_1.replace("\"4.1\"", "\"5.1\""))
        .assertFindings("VP204 plan-source/fokusomraden/5-1.yaml:1:9: fel: fokusområde 5.1 hör till målsättning 4"
            + " men är numrerat under målsättning 5 – numrera det 4.1 eller ändra målsättning till 5");
  }

  @Test
  void reportsSubAreaWithoutItsArea() {
    TestPlan.minimal(project)
        .with("malsattningar/4.yaml", MALSATTNING_4)
        .with("fokusomraden/4-1-2.yaml", """
            nummer: "4.1.2"
            målsättning: 4
            namn: Långsiktig hållbarhet och konkurrenskraft
            """)
        .assertFindings("VP205 plan-source/fokusomraden/4-1-2.yaml:1:9: fel: fokusområde 4.1 saknas, men 4.1.2 ligger under det");
  }

  @Test
  void reportsTwoFilesWithTheSameNumber() {
    TestPlan.minimal(project)
        .with("malsattningar/4.yaml", MALSATTNING_4)
        .with("fokusomraden/a.yaml", FOKUS_4_1)
        .with("fokusomraden/b.yaml", FOKUS_4_1)
        .assertFindings("VP202 plan-source/fokusomraden/b.yaml:1:9: fel: fokusområde 4.1 finns redan i plan-source/fokusomraden/a.yaml:1:9");
  }

  @Test
  void readsTenAsAnAreaNumberNotAsADecimal() {
    // YAML reads an unquoted 4.10 as the decimal 4.1; vp reads the number as written.
    TestPlan.minimal(project)
        .with("malsattningar/4.yaml", MALSATTNING_4)
        .with("fokusomraden/4-1.yaml", FOKUS_4_1.replace("\"4.1\"", "4.1"))
        .with("fokusomraden/4-10.yaml", FOKUS_4_1.replace("\"4.1\"", "4.10"))
        .assertFindings();
  }

  /** Issue 13: the parent's nummer changed by hand leaves its underområden under a number no one has. */
  @Test
  void hintsAtVpRenumberWhenAParentsNummerWasChangedByHand() {
    TestPlan plan = TestPlan.committed(project)
        .edit("fokusomraden/4-2-utbildning.yaml", "nummer: \"4.2\"", "nummer: \"4.4\"");
    assertEquals(List.of(
        "VP205 plan-source/fokusomraden/4-2-1-forebyggande.yaml:1:9: fel: fokusområde 4.2 saknas, men 4.2.1 ligger"
            + " under det – har 4.2 fått nummer 4.4? kör mvn vp:renumber -Dvp.från=4.2 -Dvp.till=4.4, så följer"
            + " referenserna med",
        "VP205 plan-source/fokusomraden/4-2-2-studier.yaml:1:9: fel: fokusområde 4.2 saknas, men 4.2.2 ligger"
            + " under det – har 4.2 fått nummer 4.4? kör mvn vp:renumber -Dvp.från=4.2 -Dvp.till=4.4, så följer"
            + " referenserna med"),
        plan.findings().stream().filter(f -> f.startsWith("VP205")).toList());
  }
}
