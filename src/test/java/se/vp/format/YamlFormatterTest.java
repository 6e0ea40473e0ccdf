package se.vp.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.VpException;
import se.vp.source.FileKind;

/**
 * The canonical form, rule by rule, on small files: each test gives a file as an editor might
 * write it and the one form vp writes it in. Every result is formatted again and must not change.
 */
class YamlFormatterTest {

  private final YamlFormatter formatter = new YamlFormatter();

  private void assertFormats(FileKind kind, String expected, String written) {
    try {
      String once = formatter.format(written, kind, "fil.yaml");
      assertEquals(expected, once);
      assertEquals(once, formatter.format(once, kind, "fil.yaml"), "formatting twice changes the text");
    } catch (VpException e) {
      throw new AssertionError("refused: " + e.getMessage(), e);
    }
  }

  private VpException refusal(String written) {
    return assertThrows(VpException.class, () -> formatter.format(written, FileKind.UPPDRAG, "fil.yaml"));
  }

  @Test
  void ordersKeysAsTheSchemaListsThem() {
    assertFormats(FileKind.UPPDRAG, """
        nr: 27
        text: Att främja påverkansarbetet.
        mottagare: nämnden
        beslut:
          av: FM
          år: 2025
        """, """
        beslut:
          år: 2025
          av: FM
        mottagare: nämnden
        text: Att främja påverkansarbetet.
        nr: 27
        """);
  }

  @Test
  void ordersKeysInsideDefinitionsOfTheCommonSchema() {
    assertFormats(FileKind.FOKUSOMRADE, """
        nummer: "4.2"
        målsättning: 4
        namn: Utbildning
        mål:
          text: Målet.
          förslag:
            typ: slå-ihop
            år: 2026
            ersätter:
              - "4.2.1"
              - "4.2.2"
            lydelse: En annan lydelse.
        """, """
        mål:
          förslag:
            lydelse: En annan lydelse.
            ersätter: ["4.2.1", "4.2.2"]
            år: 2026
            typ: slå-ihop
          text: Målet.
        namn: Utbildning
        målsättning: 4
        nummer: "4.2"
        """);
  }

  @Test
  void ordersKeysOfListItemsAndOfDefinitionsInTheSameSchema() {
    assertFormats(FileKind.EKONOMI, """
        ramanslag:
          mnkr: 151.3
        resursfördelningsmodell:
          reserver:
            - post: Planeringsreserv
              mnkr: 3.0
        uppräkning-per-förening:
          datum: 2025-08-15
          kommentar: OBS!
          rader: []
        """, """
        uppräkning-per-förening:
          rader: []
          kommentar: OBS!
          datum: 2025-08-15
        resursfördelningsmodell:
          reserver:
            - mnkr: 3.0
              post: Planeringsreserv
        ramanslag: {mnkr: 151.3}
        """);
  }

  @Test
  void keepsUnknownKeysInTheirOrderAfterTheKnownOnes() {
    assertFormats(FileKind.UPPDRAG, """
        text: Att främja.
        mottagare: nämnden
        zeta: 1
        alfa: 2
        """, """
        zeta: 1
        mottagare: nämnden
        alfa: 2
        text: Att främja.
        """);
  }

  @Test
  void movesTheCommentsAboveAKeyWithTheKey() {
    assertFormats(FileKind.UPPDRAG, """
        text: Att främja. # kort
        mottagare: nämnden
        # Beslutat av fullmäktige i juni.
        beslut:
          av: FM
          # Året då fullmäktige beslutade.
          år: 2025
        """, """
        mottagare: nämnden
        # Beslutat av fullmäktige i juni.
        beslut:
          # Året då fullmäktige beslutade.
          år: 2025
          av: FM
        text: Att främja. # kort
        """);
  }

  @Test
  void keepsTheCommentsAtTheTopOfTheFileAtTheTop() {
    assertFormats(FileKind.UPPDRAG, """
        # Om uppdraget.

        # Mer om uppdraget.
        text: Att främja.
        mottagare: nämnden
        """, """


        # Om uppdraget.

        # Mer om uppdraget.
        mottagare: nämnden
        text: Att främja.
        """);
  }

  @Test
  void keepsEndOfLineCommentsAfterTheirValue() {
    assertFormats(FileKind.MALSATTNING, """
        nr: 4 # som i budgeten
        titel: T
        styrtal: # två av fem
          - brp # tkr
          - gastnatter
        beslut: # enligt protokollet
          av: FM
          år: 2026 # juni
        """, """
        beslut: # enligt protokollet
          år: 2026 # juni
          av: FM
        styrtal: [brp, # tkr
          gastnatter] # två av fem
        titel: T
        nr: 4 # som i budgeten
        """);
  }

  @Test
  void keepsACommentThatEndsABlockAtTheEndOfThatBlock() {
    assertFormats(FileKind.MALSATTNING, """
        nr: 4
        titel: T
        styrtal:
          - brp
          # - gastnatter (borttaget tills vidare)
        uppdrag:
          - 27
        beslut:
          av: FM
          år: 2026
        """, """
        nr: 4
        titel: T
        styrtal:
          - brp
          # - gastnatter (borttaget tills vidare)
        beslut:
          av: FM
          år: 2026
        uppdrag:
          - 27
        """);
  }

  @Test
  void keepsTheCommentsAboveAListItemAboveItsDash() {
    assertFormats(FileKind.TIDPLAN, """
        händelser:
          # Fullmäktige först.
          - datum: 2025-06-17
            typ: fullmäktigebeslut
            rubrik: Beslut
          - datum: 2025-11-18
            typ: nämndbeslut
            # Rubriken som på bilden.
            rubrik: Nämndens beslut
        """, """
        händelser:
          # Fullmäktige först.
          - typ: fullmäktigebeslut
            datum: 2025-06-17
            rubrik: Beslut
          - typ: nämndbeslut
            # Rubriken som på bilden.
            rubrik: Nämndens beslut
            datum: 2025-11-18
        """);
  }

  @Test
  void keepsOneBlankLineBeforeACommentBlockAndNoOtherBlankLines() {
    assertFormats(FileKind.MALSATTNING, """
        nr: 4
        titel: T

        # Styrtalen som på bilden.
        styrtal:
          - brp
        """, """


        nr: 4


        titel: T



        # Styrtalen som på bilden.
        styrtal:

          - brp


        """);
  }

  @Test
  void writesFlowCollectionsAsBlocks() {
    assertFormats(FileKind.OMRADE, """
        namn: Energi och klimat
        presentationer:
          - insatser:
              - fokusområde: "4.1"
                punkter:
                  - Energiplanering
                  - text: "Stötta näringslivet med:"
                    punkter:
                      - Cirkulära lösningar
        """, """
        namn: Energi och klimat
        presentationer: [{insatser: [{punkter: [Energiplanering, {punkter: [Cirkulära lösningar],
            text: "Stötta näringslivet med:"}], fokusområde: "4.1"}]}]
        """);
  }

  @Test
  void keepsEveryScalarAsWritten() {
    assertFormats(FileKind.EKONOMI, """
        presentation:
          rubrik: Ekonomi
          datum: 2025-09-04
        ramanslag:
          mnkr: 151.3
          föregående-år-mnkr: 146.80
          reduceringskrav-mnkr: 0
        resursfördelningsmodell:
          schablonanslag:
            kr-per-årsarbetare: 16503
          sjuklöneavräkning-procent: 3.0
        fördelning:
          områden:
            - område: fellingsbro-folkhogskola
              åtgärdskrav:
                underskott-mnkr: -2.3
                effekt-mnkr: +1.2
                mnkr: 1.1e0
        """, """
        fördelning:
          områden:
            - område: fellingsbro-folkhogskola
              åtgärdskrav:
                underskott-mnkr: -2.3
                effekt-mnkr: +1.2
                mnkr: 1.1e0
        resursfördelningsmodell:
          schablonanslag:
            kr-per-årsarbetare: 16503
          sjuklöneavräkning-procent: 3.0
        ramanslag:
          mnkr: 151.3
          föregående-år-mnkr: 146.80
          reduceringskrav-mnkr: 0
        presentation:
          rubrik: Ekonomi
          datum: 2025-09-04
        """);
  }

  @Test
  void quotesATextOnlyWhereItWouldOtherwiseBeReadAsSomethingElse() {
    assertFormats(FileKind.OMVARLD, """
        omvärldsfaktorer:
          - Demografi
          - "4.2"
          - "4.1.1"
          - "27"
          - "true"
          - "null"
          - ""
          - 2025-06-17
          - "Stötta näringslivet med:"
          - "HME: en hög nivå"
          - "Mål # ett"
          - "'Citat' sa hon"
          - "\\"Citat\\" sa hon"
          - "- inte en lista"
          - "[inte en lista]"
          - "& co"
          - "% av BRP"
          - (Förslag gällande justering?)
          - -2.3 mnkr
          - C:\\mappen
          - Öppet 8–17, måndag–fredag
          - "  indraget"
          - "rad ett\\nrad två"
          - "flik\\tefter"
        """, """
        omvärldsfaktorer:
          - 'Demografi'
          - "4.2"
          - '4.1.1'
          - "27"
          - 'true'
          - "null"
          - ''
          - 2025-06-17
          - 'Stötta näringslivet med:'
          - 'HME: en hög nivå'
          - "Mål # ett"
          - "'Citat' sa hon"
          - '"Citat" sa hon'
          - '- inte en lista'
          - '[inte en lista]'
          - "& co"
          - '% av BRP'
          - "(Förslag gällande justering?)"
          - -2.3 mnkr
          - 'C:\\mappen'
          - Öppet 8–17, måndag–fredag
          - '  indraget'
          - |-
            rad ett
            rad två
          - "flik\\tefter"
        """);
  }

  @Test
  void quotesDottedNumbersButNeverChangesAType() {
    assertFormats(FileKind.FOKUSOMRADE, """
        nummer: "4.1.1"
        målsättning: 4
        namn: Innovationssystem
        """, """
        nummer: 4.1.1
        målsättning: 4
        namn: Innovationssystem
        """);
    // Plain 4.2 is a decimal and "4" a text: formatting keeps what vp:validate reports.
    assertFormats(FileKind.FOKUSOMRADE, """
        nummer: 4.2
        målsättning: "4"
        namn: Utbildning
        """, """
        namn: Utbildning
        målsättning: "4"
        nummer: 4.2
        """);
  }

  @Test
  void neverFoldsOrWrapsText() {
    String longText = "Att främja " + "och utveckla ".repeat(30) + "arbetet.";
    assertFormats(FileKind.UPPDRAG, "text: " + longText + "\nmottagare: nämnden\n",
        "mottagare: nämnden\ntext: " + longText + "\n");
    assertFormats(FileKind.UPPDRAG, """
        text: Att främja påverkansarbetet.
        mottagare: nämnden
        lydelse: "Rad ett\\nRad två\\n"
        """, """
        text: >-
          Att främja
          påverkansarbetet.
        mottagare: nämnden
        lydelse: |
          Rad ett
          Rad två
        """);
  }

  @Test
  void writesLfLineEndsTwoSpacesAndNoTrailingSpaces() {
    assertFormats(FileKind.UPPDRAG, """
        text: Att främja.
        mottagare: nämnden
        beslut:
          av: FM
          år: 2025
        """, "\uFEFFtext:   Att främja.   \r\nmottagare: nämnden\t\r\nbeslut:\r\n      av: FM\r\n      år: 2025\r\n\r\n");
    assertFormats(FileKind.UPPDRAG, "text: Att främja.\n", "text: Att främja.");
  }

  @Test
  void keepsACommentAfterTheDocumentMarkerAndDropsTheMarker() {
    assertFormats(FileKind.UPPDRAG, """
        # Uppdraget.
        text: Att främja.
        """, """
        --- # Uppdraget.
        text: Att främja.
        ...
        """);
  }

  @Test
  void keepsFullLineCommentsTheYamlEngineWouldTakeForEndOfLineComments() {
    // SnakeYAML Engine reads # b, in the column of # a, as a continuation of # a and then fails.
    assertFormats(FileKind.FOKUSOMRADE, """
        mål: # a

          # b
          text: Målet.
        """, """
        mål: # a

             # b
          text: Målet.
        """);
    // After a block scalar it reads an indented comment as an end-of-line comment.
    assertFormats(FileKind.FOKUSOMRADE, """
        mål:
          text: "Målet.\\n"
          # c

          # d
          beslut: {}
        """, """
        mål:
          text: |
            Målet.
          # c

          # d
          beslut: {}
        """);
  }

  @Test
  void refusesWhatValidateRefusesAndSaysWhere() {
    VpException anchor = refusal("text: &t Att främja.\nmottagare: nämnden\n");
    assertEquals(Code.VP008, anchor.diagnostic().code());
    assertEquals(new Location("fil.yaml", 1, 7), anchor.diagnostic().location());
    assertTrue(anchor.diagnostic().message().endsWith("; filen formateras inte"), anchor.getMessage());
    assertEquals(Code.VP008, refusal("text: *t\n").diagnostic().code());
    assertEquals(Code.VP009, refusal("text: !!str Att främja.\n").diagnostic().code());
    VpException duplicate = refusal("text: A\nmottagare: nämnden\ntext: B\n");
    assertEquals(Code.VP011, duplicate.diagnostic().code());
    assertEquals(3, duplicate.diagnostic().location().line());
    assertEquals(Code.VP012, refusal("text: A\n---\ntext: B\n").diagnostic().code());
    assertEquals(Code.VP013, refusal("? [a, b]\n: c\n").diagnostic().code());
    assertEquals(Code.VP004, refusal("# Bara en kommentar.\n").diagnostic().code());
    assertEquals(Code.VP004, refusal("").diagnostic().code());
    VpException syntax = refusal("text: \"Att främja\nmottagare: nämnden\n");
    assertEquals(Code.VP006, syntax.diagnostic().code());
    assertTrue(syntax.diagnostic().location().line() > 0, "the same place as vp:validate gives: " + syntax.getMessage());
  }

  @Test
  void refusesLineSeparatorsAsValidateDoesInsteadOfFailingInside() {
    VpException escaped = refusal("text: \"Att främja\\u2028samverkan.\"\nmottagare: nämnden\n");
    assertEquals(Code.VP027, escaped.diagnostic().code());
    assertEquals(new Location("fil.yaml", 1, 7), escaped.diagnostic().location());
    VpException written = refusal("text: Att främja\u2029samverkan.\nmottagare: nämnden\n");
    assertEquals(Code.VP027, written.diagnostic().code());
    assertEquals(new Location("fil.yaml", 1, 17), written.diagnostic().location());
    VpException inComment = refusal("text: Att främja. # a\u2028b\nmottagare: nämnden\n");
    assertEquals(Code.VP027, inComment.diagnostic().code());
  }

  @Test
  void refusesControlCharactersWrittenAsEscapes() {
    assertEquals(Code.VP026, refusal("text: \"Att\\0 främja.\"\n").diagnostic().code());
    assertEquals(Code.VP026, refusal("text: \"Att\\e främja.\"\n").diagnostic().code());
    assertEquals(Code.VP026, refusal("text: \"Att\\x07 främja.\"\n").diagnostic().code());
  }

  @Test
  void writesDirectionControlsAsEscapesSoAReviewerSeesThem() {
    assertFormats(FileKind.UPPDRAG, """
        text: "Att främja \\u202Esamverkan\\u202C."
        mottagare: nämnden
        """, "text: Att främja \u202Esamverkan\u202C.\nmottagare: nämnden\n");
  }

  @Test
  void writesADecomposedKeyComposed() {
    assertFormats(FileKind.UPPDRAG, """
        text: Att främja.
        beslut:
          av: FM
          år: 2025
        """, "text: Att främja.\nbeslut:\n  av: FM\n  a\u030Ar: 2025\n");
  }
}
