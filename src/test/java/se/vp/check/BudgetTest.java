package se.vp.check;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;

class BudgetTest {

  private static final String SEED_FRAME = """
      ramanslag:
        mnkr: 151.3
        föregående-år-mnkr: 146.8
        indexuppräkning: {index: LPIK, procent: 3.1, mnkr: 4.6}
        reduceringskrav-mnkr: 0
      """;

  private static final String SEED_MODEL = """
      resursfördelningsmodell:
        uppräkning:
          - {post: Lönekostnadsökningar, procent: 3.4, mnkr: 2.5}
          - {post: PO-påslag, procent: 3.3, mnkr: 0.9}
          - {post: Generell prisuppräkning, procent: 2.5, mnkr: 1.2}
        schablonanslag:
          kr-per-årsarbetare: 16503
          delar:
            - {post: Resor och konferens, kr-per-årsarbetare: 4613}
            - {post: Utbildning/kurskostnad, kr-per-årsarbetare: 2665}
            - {post: Övrigt, kr-per-årsarbetare: 9225}
        reserver:
          - {post: Planeringsreserv, mnkr: 3.0}
          - {post: FUM, mnkr: 2.0}
      """;

  @TempDir Path project;

  private TestPlan plan(String ekonomi) {
    TestPlan plan = TestPlan.minimal(project).with("ekonomi.yaml", ekonomi);
    return ekonomi.contains("\nfördelning:")
        ? plan.with("omraden/a.yaml", "namn: Område A\n").with("omraden/b.yaml", "namn: Område B\n")
        : plan;
  }

  @Test
  void acceptsTheSeedsFiguresWhichHoldOnlyUnrounded() {
    // 146,8 + 4,6 is 151,4, yet 151,3 is right: 146,76 + 4,55 = 151,31.
    plan(SEED_FRAME + SEED_MODEL + """
        fördelning:
          områden:
            - {område: a, mnkr: 100.0}
            - område: b
              mnkr: 46.3
              åtgärdskrav: {underskott-mnkr: -2.3, effekt-mnkr: 1.2, mnkr: 1.1}
        """).assertFindings();
  }

  @Test
  void rejectsAFrameThatDoesNotAddUpEvenWithRounding() {
    plan(SEED_FRAME.replace("151.3", "151.6")).assertFindings(
        "VP220 plan-source/ekonomi.yaml:2:9: fel: ramanslaget summerar inte: 146,8 + 4,6 = 151,4 Mnkr, inte 151,6 Mnkr"
            + " – avrundning förklarar mindre än 0,15");
  }

  @Test
  void rejectsAnIndexAdjustmentThatIsNotItsPercentage() {
    plan(SEED_FRAME.replace("procent: 3.1", "procent: 3.4").replace("151.3", "151.4")).assertFindings(
        "VP222 plan-source/ekonomi.yaml:4:54: fel: LPIK 3,4 % av 146,8 Mnkr är 5,0 Mnkr, inte 4,6 Mnkr");
  }

  @Test
  void rejectsPartsOfTheAdjustmentThatDoNotAddUp() {
    plan(SEED_FRAME + SEED_MODEL.replace("mnkr: 0.9", "mnkr: 1.9")).assertFindings(
        "VP220 plan-source/ekonomi.yaml:4:54: fel: uppräkningens delar summerar inte: 2,5 + 1,9 + 1,2 = 5,6 Mnkr, inte 4,6 Mnkr");
  }

  @Test
  void rejectsASchablonWhosePartsDoNotAddUp() {
    plan(SEED_FRAME + SEED_MODEL.replace("9225", "9252")).assertFindings(
        "VP220 plan-source/ekonomi.yaml:12:25: fel: schablonanslagets delar summerar inte: 4 613 + 2 665 + 9 252 = 16 530 kr, inte 16 503 kr");
  }

  @Test
  void rejectsARequirementThatDoesNotFollowFromDeficitAndEffect() {
    plan(SEED_FRAME + """
        fördelning:
          områden:
            - område: a
              åtgärdskrav: {underskott-mnkr: -2.3, effekt-mnkr: 1.2, mnkr: 1.5}
            - område: b
        """).assertFindings(
        "VP223 plan-source/ekonomi.yaml:6:1: varning: 2 av 2 områden saknar belopp, så beslutsunderlaget föreslår inte"
            + " fördelningen av ramanslaget utan att förvaltningen återkommer med ett förslag – ange mnkr för varje område",
        "VP221 plan-source/ekonomi.yaml:8:15: varning: beloppet för Område A saknas",
        "VP220 plan-source/ekonomi.yaml:9:68: fel: underskottet −2,3 och effekten 1,2 ger ett åtgärdskrav på 1,1 Mnkr, inte 1,5 Mnkr",
        "VP221 plan-source/ekonomi.yaml:10:15: varning: beloppet för Område B saknas");
  }

  @Test
  void rejectsADistributionThatDoesNotUseTheWholeFrame() {
    plan(SEED_FRAME + SEED_MODEL + """
        fördelning:
          områden:
            - {område: a, mnkr: 100.0}
            - {område: b, mnkr: 40.0}
        """).assertFindings(
        "VP220 plan-source/ekonomi.yaml:2:9: fel: fördelningen med reserverna summerar inte: 100,0 + 40,0 + 3,0 + 2,0"
            + " = 145,0 Mnkr, inte 151,3 Mnkr");
  }

  @Test
  void warnsAboutATableWithoutRows() {
    plan(SEED_FRAME + "uppräkning-per-förening:\n  rader: []\n").assertFindings(
        "VP221 plan-source/ekonomi.yaml:7:10: varning: tabellen över uppräkning per förening har inga rader");
  }
}
