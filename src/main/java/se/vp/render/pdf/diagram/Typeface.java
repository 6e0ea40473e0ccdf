package se.vp.render.pdf.diagram;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import se.vp.text.Fonts;

/**
 * Liberation Sans for text in diagrams, and DejaVu Sans of the same weight for a character it lacks
 * ({@link Fonts#pieces}), as the page's text falls back. Both are read from the same font files the
 * PDF embeds. The PDF's Graphics2D finds the embedded font by the AWT font's family name, so the AWT
 * font must come from the file itself and not from the system, where the font may be missing and
 * AWT would silently give "Dialog": the family would not be found and the text would be measured
 * with another font's widths.
 */
enum Typeface {
  REGULAR(400, Font.PLAIN),
  BOLD(700, Font.BOLD);

  /** Fractional widths without device hints: the widths the PDF's font program gives. */
  static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

  private final Fonts.Face main;
  private final Fonts.Face fallback;
  private final int style;
  private Font mainFont;
  private Font fallbackFont;

  Typeface(int weight, int style) {
    this.main = upright(Fonts.MAIN, "Liberation Sans", weight);
    this.fallback = upright(Fonts.FALLBACK, Fonts.FALLBACK_FAMILY, weight);
    this.style = style;
  }

  private static Fonts.Face upright(List<Fonts.Face> faces, String family, int weight) {
    return faces.stream().filter(f -> f.family().equals(family) && f.weight() == weight && !f.italic())
        .findFirst().orElseThrow();
  }

  /**
   * The font at that size in points, the fallback's for a piece the main font lacks. The style flag
   * tells the Graphics2D which embedded face to use; the glyphs are the file's own, so nothing is
   * emboldened twice.
   */
  synchronized Font at(float size, boolean inFallback) {
    if (inFallback) {
      fallbackFont = fallbackFont == null ? load(fallback) : fallbackFont;
      return fallbackFont.deriveFont(style, size);
    }
    mainFont = mainFont == null ? load(main) : mainFont;
    return mainFont.deriveFont(style, size);
  }

  private static Font load(Fonts.Face face) {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(Fonts.read(face)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException(face.resource(), e);
    }
  }
}
