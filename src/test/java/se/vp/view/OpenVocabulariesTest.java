package se.vp.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;
import se.vp.model.ResolvedPlan;

/**
 * Issue 15, points 1 and 2: a committee's plan is written in its own words. The deciding bodies,
 * the tidplan's entries, the units and the budget posts are what the plan declares, and what its
 * source does not give is left out with a warning rather than invented.
 */
class OpenVocabulariesTest {

  @TempDir Path project;

  private static final String KOMMUNENS_PLAN = """
      organisation: Provkommunen
      nämnd:
        namn: Barn- och utbildningsnämnd
        bestämd-form: Barn- och utbildningsnämnden
        förkortning: BUN
      år: 2026
      titel: Verksamhetsplan med budget
      status: utkast
      beslutande-organ:
        - förkortning: KF
          namn: Kommunfullmäktige
          bestämd-form: kommunfullmäktige
        - förkortning: BUN
          namn: Barn- och utbildningsnämnd
          bestämd-form: barn- och utbildningsnämnden
          nämnden: true
      """;

  private TestPlan kommun() {
    return TestPlan.minimal(project).with("plan.yaml", KOMMUNENS_PLAN)
        .with("malsattningar/01-larande.yaml", """
            nr: 1
            titel: Alla barn lär sig mer.
            styrtal: [behorighet]
            uppdrag: [12]
            beslut: {av: KF, år: 2025}
            """)
        .with("styrtal/behorighet.yaml", """
            text: Andel elever med behörighet till gymnasiet.
            enhet: "%"
            utfall:
              - {år: 2023, värde: 84.1}
              - {år: 2024, värde: 85.3}
            beslut: {av: BUN, år: 2025}
            """)
        .with("uppdrag/nr-12-lasframjande.yaml", """
            nr: 12
            text: Att stärka det läsfrämjande arbetet.
            mottagare: nämnden
            förslag: {typ: nytt, år: 2026}
            """);
  }

  private Views.Plan view(TestPlan plan) {
    return PlanViews.of(ResolvedPlan.of(plan.validate().plan().orElseThrow()));
  }

  @Test
  void aPlanDeclaresItsOwnDecidingBodiesAndTheTagsUseThem() {
    TestPlan plan = kommun();
    plan.assertFindings();
    Views.Plan view = view(plan);
    Views.Malsattning larande = view.malsattningar().get(0);
    assertEquals(List.of("BUN 2025"), larande.styrtal().get(0).taggar().stream().map(Views.Tagg::text).toList());
    assertEquals(List.of("Förslag till BUN 2026"),
        larande.uppdragTillNamnden().get(0).taggar().stream().map(Views.Tagg::text).toList());
    assertEquals(List.of(new Views.Organ("KF", "Kommunfullmäktige", "kommunfullmäktige"),
        new Views.Organ("BUN", "Barn- och utbildningsnämnd", "barn- och utbildningsnämnden")), view.dokument().organ());
  }

  /** A styrtal's removal stood as "Ta bort behorighet", its file's id, beside its own text. */
  @Test
  void aProposalToRemoveNamesANumberOrNothing() {
    TestPlan plan = kommun().edit("styrtal/behorighet.yaml", "beslut: {av: BUN, år: 2025}",
        "beslut: {av: BUN, år: 2025}\nförslag: {typ: ta-bort, år: 2026}");
    assertEquals(List.of("BUN 2025", "Förslag till BUN – Ta bort"), view(plan).malsattningar().get(0).styrtal().get(0)
        .taggar().stream().map(Views.Tagg::text).toList());
  }

  @Test
  void aBodyThePlanDoesNotDeclareIsAnErrorThatNamesTheKnownOnes() {
    kommun().edit("styrtal/behorighet.yaml", "av: BUN", "av: DN").assertFindings(
        "VP203 plan-source/styrtal/behorighet.yaml:6:9: fel: beslutet är fattat av DN, som planen inte känner: den"
            + " känner KF och BUN – ange organet under beslutande-organ i plan.yaml");
  }

  @Test
  void withoutDeclaredBodiesFmAndDnAreKnownAndOnlyTheUsedOnesAreExplained() {
    TestPlan plan = TestPlan.minimal(project).with("malsattningar/01-larande.yaml", """
        nr: 1
        titel: Alla barn lär sig mer.
        beslut: {av: FM, år: 2025}
        """);
    plan.assertFindings();
    assertEquals(List.of(new Views.Organ("FM", "Fullmäktige", "fullmäktige")), view(plan).dokument().organ());
  }

  @Test
  void onlyOneBodyIsTheCommitteeItself() {
    kommun().edit("plan.yaml", "bestämd-form: kommunfullmäktige", "bestämd-form: kommunfullmäktige\n    nämnden: true")
        .assertFindings("VP104 plan-source/plan.yaml:17:14: fel: BUN anges som nämnden själv, men det gör redan ett"
            + " annat organ – ange nämnden: true för ett enda organ");
  }

  @Test
  void aUnitIsWrittenAsTheSourceWritesItAndPercentIsUnderstood() {
    TestPlan plan = kommun();
    Views.Styrtal behorighet = view(plan).styrtal().get(0);
    assertEquals(List.of("84,1\u00a0%", "85,3\u00a0%"), behorighet.utfall().stream().map(Views.Utfall::varde).toList());
    plan.edit("styrtal/behorighet.yaml", "enhet: \"%\"", "enhet: per 1 000 invånare");
    assertEquals("84,1\u00a0per 1 000 invånare", view(plan).styrtal().get(0).utfall().get(0).varde());
    plan.edit("styrtal/behorighet.yaml", "enhet: per 1 000 invånare", "enhet: antal");
    assertEquals("84,1", view(plan).styrtal().get(0).utfall().get(0).varde());
  }

  @Test
  void aTidplanEntryNeedsOnlyADateAndAText() {
    TestPlan plan = kommun().with("tidplan.yaml", """
        händelser:
          - datum: 2025-10-02
            text: Dialog med skolledarna om målen.
          - datum: 2025-11-18
            typ: nämndbeslut
            rubrik: Nämnden beslutar
        """);
    plan.assertFindings();
    List<Views.Handelse> tidplan = view(plan).tidplan();
    assertEquals("", tidplan.get(0).rubrik());
    assertEquals(Optional.of("Dialog med skolledarna om målen."), tidplan.get(0).text());
    assertEquals("Dialog med skolledarna om målen.", tidplan.get(0).beskrivning());
    assertEquals(List.of(false, true), tidplan.stream().map(Views.Handelse::beslut).toList());
  }

  @Test
  void theFrameIsDistributedOnBudgetPostsWithoutAResourceModel() {
    TestPlan plan = kommun().with("ekonomi.yaml", """
        ramanslag:
          mnkr: 412.5
          indexuppräkning: {procent: 2.8}
        fördelning:
          poster:
            - post: Grundskola
              mnkr: 300.0
            - post: Förskola
              mnkr: 110.0
            - post: Planeringsreserv
              mnkr: 2.5
        """);
    plan.assertFindings("VP243 plan-source/ekonomi.yaml:3:30: varning: indexuppräkningen saknar mnkr");
    Views.Ekonomi ekonomi = view(plan).ekonomi().orElseThrow();
    assertEquals(List.of("Grundskola", "Förskola", "Planeringsreserv"),
        ekonomi.fordelning().stream().map(Views.Fordelningsrad::omrade).toList());
    assertEquals("Post", ekonomi.fordelningKolumn());
    assertEquals("poster", ekonomi.fordelningSlag());
    assertEquals(true, ekonomi.fordelningKomplett());
    plan.edit("ekonomi.yaml", "mnkr: 2.5", "mnkr: 3.5").assertFindings(
        "VP220 plan-source/ekonomi.yaml:2:9: fel: fördelningen summerar inte: 300,0 + 110,0 + 3,5 = 413,5 Mnkr, inte"
            + " 412,5 Mnkr",
        "VP243 plan-source/ekonomi.yaml:3:30");
  }

  @Test
  void whatTheSourceDoesNotGiveIsAWarningNamingWhereItWouldShow() {
    TestPlan plan = kommun().edit("plan.yaml", "organisation: Provkommunen\n", "")
        .edit("malsattningar/01-larande.yaml", "titel: Alla barn lär sig mer.\n", "");
    plan.assertFindings(
        "VP243 plan-source/malsattningar/01-larande.yaml:1:5: varning: målsättning 1 saknar titel, så handlingarna"
            + " visar [titel saknas] där titeln skulle stå – skriv titel: som fullmäktige beslutade den",
        "VP243 plan-source/plan.yaml:1:1: varning: plan.yaml saknar organisation, som bildspelets titelbild och"
            + " sidfot,");
    Views.Plan view = view(plan);
    assertEquals("[titel saknas]", view.malsattningar().get(0).titel());
    assertEquals("", view.dokument().organisation());
  }
}
