package se.vp.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * How wide a text is set in Liberation Sans, the font the handlingar embed, read from the font's
 * own advance widths: what decides how many lines a text takes on a slide, and so where a list
 * that does not fit one slide is split.
 */
public final class TextWidth {

  /** Regular and bold, read once per process. */
  private static final TextWidth REGULAR = load("/liberation/LiberationSans-Regular.ttf");
  private static final TextWidth BOLD = load("/liberation/LiberationSans-Bold.ttf");

  private final float unitsPerEm;
  private final float[] advances;
  private final float fallback;

  private TextWidth(float unitsPerEm, float[] advances, float fallback) {
    this.unitsPerEm = unitsPerEm;
    this.advances = advances;
    this.fallback = fallback;
  }

  public static TextWidth regular() {
    return REGULAR;
  }

  public static TextWidth bold() {
    return BOLD;
  }

  /**
   * The advance widths from the font's own tables (head, hhea, hmtx and the cmap), read directly:
   * parsing the font with fontbox took a sixth of a second of every render.
   */
  private static TextWidth load(String resource) {
    try (InputStream in = TextWidth.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("typsnittet " + resource + " saknas"));
      }
      ByteBuffer font = ByteBuffer.wrap(in.readAllBytes());
      int unitsPerEm = u16(font, Cmap.table(font, "head") + 18);
      int metrics = u16(font, Cmap.table(font, "hhea") + 34);
      int hmtx = Cmap.table(font, "hmtx");
      // The Basic Multilingual Plane is what a plan writes; a character beyond it counts as an "M".
      float[] advances = new float[0x10000];
      Arrays.fill(advances, -1);
      Cmap.glyphs(font, (character, glyph) -> {
        if (character < advances.length) {
          advances[character] = u16(font, hmtx + 4 * Math.min(glyph, metrics - 1));
        }
      });
      return new TextWidth(unitsPerEm, advances, advances['M']);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int u16(ByteBuffer data, int at) {
    return Short.toUnsignedInt(data.getShort(at));
  }

  /** The width of a text in points at a font size in points. */
  public double of(String text, double size) {
    double units = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      float advance = c < advances.length ? advances[c] : -1;
      units += advance < 0 ? fallback : advance;
      i += Character.charCount(c);
    }
    return units * size / unitsPerEm;
  }

  /** How many lines a text takes in a column of the given width; see {@link #lines(List, double, double)}. */
  public int lines(String text, double columnWidth, double size) {
    String[] words = text.strip().split("[ \\n]+");
    if (words.length == 0 || words[0].isEmpty()) {
      return 0;
    }
    return lines(Arrays.stream(words).map(w -> of(w, size)).toList(), of(" ", size), columnWidth);
  }

  /**
   * How many lines words of these widths take in a column, broken between words as the PDF writer
   * breaks them: a word goes on a line when it fits with the space after it, the last word without.
   * A word wider than the column is broken, as the templates' CSS asks, and begins a line of its own.
   */
  public static int lines(List<Double> words, double space, double column) {
    int lines = words.isEmpty() ? 0 : 1;
    double used = 0;
    for (int i = 0; i < words.size(); i++) {
      double width = words.get(i);
      double after = i + 1 < words.size() ? space : 0;
      if (width > column) {
        int whole = (int) Math.ceil(width / column);
        lines += used > 0 ? whole : whole - 1;
        used = width - (whole - 1) * column;
      } else if (used > 0 && used + space + width + after > column) {
        lines++;
        used = width;
      } else {
        used += (used > 0 ? space : 0) + width;
      }
    }
    return lines;
  }
}
