package se.vp.source;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;

/**
 * Issue 15, point 6: a finding about a value from a closed list names the list, and a hint to
 * another value is offered only when that value is what was meant.
 */
class SchemaHintsTest {

  @TempDir Path project;

  @Test
  void listsTheKindsOfATidplanEntryForAKindNotAmongThem() {
    TestPlan.minimal(project).with("tidplan.yaml", """
        händelser:
          - datum: 2025-11-18
            typ: beslut
            rubrik: VP och budget beslutas på nämnd
        """).assertFindings("VP104 plan-source/tidplan.yaml:3:10: fel: ogiltigt värde 'beslut' under 'typ'"
            + " – tillåtna värden: fullmäktigebeslut, presentation, partigruppsförslag, utkast, nämndbeslut");
  }

  @Test
  void saysWhatAvIsWhenABeslutHasNone() {
    uppdrag("beslut: {år: 2025}").assertFindings("VP102 plan-source/uppdrag/test.yaml:3:9: fel: nyckeln 'av' saknas"
        + " under 'beslut'");
  }

  @Test
  void listsNoValuesForAMissingKeyOfFreeText() {
    TestPlan.minimal(project).with("uppdrag/test.yaml", """
        mottagare: förvaltningen
        beslut: {av: DN, år: 2025}
        """).assertFindings("VP102 plan-source/uppdrag/test.yaml:1:1: fel: nyckeln 'text' saknas");
  }

  @Test
  void listsTheDecisionBodiesForOneThatIsNotAmongThem() {
    uppdrag("beslut: {av: KF, år: 2025}").assertFindings("VP214 plan-source/uppdrag/test.yaml:1:7",
        "VP203 plan-source/uppdrag/test.yaml:3:9: fel: beslutet är fattat av KF, som planen inte känner: den känner"
            + " FM och DN – ange organet under beslutande-organ i plan.yaml");
  }

  @Test
  void listsTheReceiversBesideTheGuess() {
    TestPlan.minimal(project).with("uppdrag/test.yaml", """
        text: Att främja påverkansarbetet.
        mottagare: nämnd
        beslut: {av: DN, år: 2025}
        """).assertFindings("VP104 plan-source/uppdrag/test.yaml:2:12: fel: ogiltigt värde 'nämnd' under 'mottagare'"
            + " – menade du 'nämnden'? Tillåtna värden: nämnden, förvaltningen, regionstyrelsen-och-nämnderna");
  }

  /** Issue 15: "id" was told "menade du 'nr'?", a key of another meaning. */
  @Test
  void listsTheKnownKeysRatherThanAKeyOfAnotherMeaning() {
    uppdrag("beslut: {av: DN, år: 2025}\nid: paverkan").assertFindings("VP101 plan-source/uppdrag/test.yaml:4:1: fel:"
        + " okänd nyckel 'id' – kända nycklar här: nr, text, mottagare,");
  }

  /** Issue 15: a key written in the wrong kind of file was told only the keys of this one. */
  @Test
  void saysWhichFilesAKeyOfAnotherKindOfFileBelongsTo() {
    TestPlan.minimal(project).with("styrtal/andel.yaml", """
        text: Andel företag som växer
        enhet: procent
        mottagare: nämnden
        förslag: {typ: nytt, år: 2026}
        """).assertFindings("VP101 plan-source/styrtal/andel.yaml:3:1: fel: okänd nyckel 'mottagare' – den hör hemma i"
            + " filerna i uppdrag/, inte i filerna i styrtal/");
    TestPlan.minimal(project.resolve("andra")).with("tidplan.yaml", """
        händelser:
          - datum: 2025-11-18
            typ: nämndbeslut
            rubrik: VP och budget beslutas på nämnd
        ramanslag: 151.3
        """).assertFindings("VP101 plan-source/tidplan.yaml:5:1: fel: okänd nyckel 'ramanslag' – den hör hemma i"
            + " ekonomi.yaml, inte i tidplan.yaml");
  }

  private TestPlan uppdrag(String beslut) {
    return TestPlan.minimal(project).with("uppdrag/test.yaml", """
        text: Att främja påverkansarbetet.
        mottagare: förvaltningen
        %s
        """.formatted(beslut));
  }
}
