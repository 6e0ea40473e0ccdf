package se.vp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FontsTest {

  static Stream<Fonts.Face> faces() {
    return Stream.concat(Fonts.MAIN.stream(), Fonts.FALLBACK.stream());
  }

  /** The PDF writer asks PDFBox whether a font has a glyph; vp's own reading of the cmap must answer alike. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("faces")
  void readsTheCharactersOfEachFontAsPdfBoxDoes(Fonts.Face face) throws IOException {
    BitSet ours = Cmap.characters(new ByteArrayInputStream(Fonts.read(face)));
    BitSet pdfBox = new BitSet();
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(Fonts.read(face)))) {
      CmapLookup cmap = font.getUnicodeCmapLookup();
      for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
        if (cmap.getGlyphId(c) != 0) {
          pdfBox.set(c);
        }
      }
    }
    assertEquals(pdfBox, ours, face.resource());
  }

  @Test
  void printsSwedishTextInTheMainFonts() {
    "Åtgärdskrav 1,1 Mnkr – ”öka” −2,3 € § ½ …".codePoints().forEach(c -> {
      assertTrue(Fonts.printable(c), Fonts.describe(c));
      assertFalse(Fonts.fallback(c), Fonts.describe(c));
    });
  }

  @Test
  void printsWhatTheMainFontsLackInTheFallback() {
    for (int c : new int[] {'⇒', '✓', 0x2011, 0x1F600}) {
      assertTrue(Fonts.printable(c), Fonts.describe(c));
      assertTrue(Fonts.fallback(c), Fonts.describe(c));
    }
  }

  @Test
  void takesSpacesAndFormattingCharactersAsInvisibleByIntent() {
    for (int c : new int[] {' ', '\t', '\n', 0x00A0, 0x202F, 0x00AD, 0x200D, 0x2060, 0xFEFF}) {
      assertTrue(Fonts.printable(c), Fonts.describe(c));
      assertFalse(Fonts.fallback(c), Fonts.describe(c));
    }
  }

  @Test
  void printsCombiningMarksThatTheFontsHave() {
    assertEquals(List.of(), Fonts.unprintable("a\u030Angström"));
  }

  @Test
  void findsWhatNoFontPrints() {
    assertEquals(List.of(0xE000, 0x4E2D, 0xD83D, 0x0007, 0xFFFC),
        Fonts.unprintable("a\uE000 中 \uD83D b \u0007 \uFFFC \uE000"));
  }

  @Test
  void describesACharacterByCodeAndName() {
    assertEquals("U+21D2 (RIGHTWARDS DOUBLE ARROW)", Fonts.describe('⇒'));
    assertEquals("U+E000 (PRIVATE USE AREA E000)", Fonts.describe(0xE000));
  }
}
