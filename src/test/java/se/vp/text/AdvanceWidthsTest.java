package se.vp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The widths TextWidth reads from the font's tables are fontbox's, for every character of the plane. */
class AdvanceWidthsTest {

  @ParameterizedTest
  @ValueSource(strings = {"Regular", "Bold"})
  void areThoseFontboxReads(String face) throws Exception {
    TextWidth ours = face.equals("Bold") ? TextWidth.bold() : TextWidth.regular();
    try (InputStream in = getClass().getResourceAsStream("/liberation/LiberationSans-" + face + ".ttf");
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
      CmapLookup cmap = font.getUnicodeCmapLookup();
      float missing = font.getAdvanceWidth(cmap.getGlyphId('M'));
      for (int c = 0; c < 0x10000; c++) {
        if (Character.isSurrogate((char) c)) {
          continue;
        }
        int glyph = cmap.getGlyphId(c);
        float expected = (glyph == 0 ? missing : font.getAdvanceWidth(glyph)) * 1000 / font.getUnitsPerEm();
        assertEquals(expected, ours.of(String.valueOf((char) c), 1000), 1e-3, "U+" + Integer.toHexString(c));
      }
    }
  }
}
