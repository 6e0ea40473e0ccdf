package se.vp.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.VpException;
import se.vp.source.FileKind;

class ForslagWriterTest {

  @Test
  void givesTheItemAFörslagInCanonicalFormKeepingComments() throws VpException {
    String uppdrag = """
        # Lydelsen som på bilden.
        text: Att främja väl fungerande strukturer.   # omskriven
        nr: 31
        mottagare: nämnden
        beslut: {av: FM, år: 2026}
        """;
    assertEquals("""
        # Lydelsen som på bilden.
        nr: 31
        text: Att främja väl fungerande strukturer. # omskriven
        mottagare: nämnden
        beslut:
          av: FM
          år: 2026
        förslag:
          typ: ändra
          år: 2026
        """, ForslagWriter.withForslag(uppdrag, FileKind.UPPDRAG, "plan-source/uppdrag/nr-31.yaml", List.of(), "ändra",
        2026));
  }

  @Test
  void writesAMålsFörslagUnderTheMål() throws VpException {
    String area = """
        nummer: "4.3"
        målsättning: 4
        namn: Kompetensförsörjning
        mål:
          text: Region Örebro län är en drivande kraft.
          beslut:
            av: DN
            år: 2025
        """;
    assertEquals("""
        nummer: "4.3"
        målsättning: 4
        namn: Kompetensförsörjning
        mål:
          text: Region Örebro län är en drivande kraft.
          beslut:
            av: DN
            år: 2025
          förslag:
            typ: ändra
            år: 2026
        """, ForslagWriter.withForslag(area, FileKind.FOKUSOMRADE, "f.yaml", List.of("mål"), "ändra", 2026));
  }

  /** A förslag that says something else (behåll, an old year) is set to what the change needs; its lydelse stays. */
  @Test
  void setsTheTypAndÅrOfAFörslagThereAndKeepsTheRest() throws VpException {
    String styrtal = """
        text: Antal gästnätter
        beslut: {av: DN, år: 2025}
        förslag:
          # Som partigrupperna skrev.
          typ: behåll
          år: 2025
          lydelse: Antalet gästnätter
        """;
    assertEquals("""
        text: Antal gästnätter
        beslut:
          av: DN
          år: 2025
        förslag:
          # Som partigrupperna skrev.
          typ: ta-bort
          år: 2026
          lydelse: Antalet gästnätter
        """, ForslagWriter.withForslag(styrtal, FileKind.STYRTAL, "s.yaml", List.of(), "ta-bort", 2026));
  }

  @Test
  void refusesAFileVpCannotReadAsValidateDoes() {
    VpException refused = assertThrows(VpException.class, () -> ForslagWriter.withForslag("text: \"öppen\n",
        FileKind.STYRTAL, "s.yaml", List.of(), "ändra", 2026));
    assertEquals(Code.VP006, refused.diagnostic().code());
  }
}
