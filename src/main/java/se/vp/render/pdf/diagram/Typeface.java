package se.vp.render.pdf.diagram;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Sans for text in diagrams, read from the same font files the PDF embeds. The PDF's
 * Graphics2D finds the embedded font by the AWT font's family name, so the AWT font must come from
 * the file itself and not from the system, where Liberation Sans may be missing and AWT would
 * silently give "Dialog": the family would not be found and the text would be measured with
 * another font's widths.
 */
enum Typeface {
  REGULAR("LiberationSans-Regular", Font.PLAIN),
  BOLD("LiberationSans-Bold", Font.BOLD);

  /** Fractional widths without device hints: the widths the PDF's font program gives. */
  static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

  private final String file;
  private final int style;
  private Font font;

  Typeface(String file, int style) {
    this.file = file;
    this.style = style;
  }

  /**
   * The font at that size in points. The style flag tells the Graphics2D which embedded face to use;
   * the glyphs are the file's own, so nothing is emboldened twice.
   */
  synchronized Font at(float size) {
    if (font == null) {
      try (InputStream in = Typeface.class.getResourceAsStream("/liberation/" + file + ".ttf")) {
        if (in == null) {
          throw new UncheckedIOException(new IOException("typsnittet " + file + " saknas"));
        }
        font = Font.createFont(Font.TRUETYPE_FONT, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (FontFormatException e) {
        throw new IllegalStateException(file, e);
      }
    }
    return font.deriveFont(style, size);
  }
}
