package se.vp.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The fonts embedded in every PDF, and which characters they print. Liberation Sans, Serif and
 * Mono are the main fonts, metric-compatible with Arial, Times New Roman and Courier New; DejaVu
 * Sans is the fallback for a character they lack, such as ⇒. The PDF writer sets such characters
 * in the fallback, the Word writer names it for them, and the plan's check and the render refuse
 * a character that neither has: all of them ask this class, so they agree.
 */
public final class Fonts {

  /** One font file: the family, weight and style that CSS asks for, and where the file lies on the class path. */
  public record Face(String family, int weight, boolean italic, String resource) {}

  /** A stretch of a text, all in the main fonts or all in the fallback. */
  public record Piece(String text, boolean fallback) {}

  public static final String FALLBACK_FAMILY = "DejaVu Sans";

  public static final List<Face> MAIN = List.of(
      new Face("Liberation Sans", 400, false, "/liberation/LiberationSans-Regular.ttf"),
      new Face("Liberation Sans", 700, false, "/liberation/LiberationSans-Bold.ttf"),
      new Face("Liberation Sans", 400, true, "/liberation/LiberationSans-Italic.ttf"),
      new Face("Liberation Sans", 700, true, "/liberation/LiberationSans-BoldItalic.ttf"),
      new Face("Liberation Serif", 400, false, "/liberation/LiberationSerif-Regular.ttf"),
      new Face("Liberation Serif", 700, false, "/liberation/LiberationSerif-Bold.ttf"),
      new Face("Liberation Serif", 400, true, "/liberation/LiberationSerif-Italic.ttf"),
      new Face("Liberation Serif", 700, true, "/liberation/LiberationSerif-BoldItalic.ttf"),
      new Face("Liberation Mono", 400, false, "/liberation/LiberationMono-Regular.ttf"),
      new Face("Liberation Mono", 700, false, "/liberation/LiberationMono-Bold.ttf"),
      new Face("Liberation Mono", 400, true, "/liberation/LiberationMono-Italic.ttf"),
      new Face("Liberation Mono", 700, true, "/liberation/LiberationMono-BoldItalic.ttf"));

  public static final List<Face> FALLBACK = List.of(
      new Face(FALLBACK_FAMILY, 400, false, "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf"),
      new Face(FALLBACK_FAMILY, 700, false, "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf"),
      new Face(FALLBACK_FAMILY, 400, true, "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Oblique.ttf"),
      new Face(FALLBACK_FAMILY, 700, true, "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-BoldOblique.ttf"));

  private Fonts() {}

  /**
   * What the fonts have, read on first use. A character counts only when every face has it: a
   * text may be set bold or italic, in any of the main families, and must never lose a glyph there.
   */
  private static final class Coverage {
    static final BitSet MAIN = everyFace(Fonts.MAIN);
    static final BitSet FALLBACK = everyFace(Fonts.FALLBACK);

    private static BitSet everyFace(List<Face> faces) {
      BitSet common = null;
      for (Face face : faces) {
        try (InputStream in = open(face)) {
          BitSet characters = Cmap.characters(in);
          if (common == null) {
            common = characters;
          } else {
            common.and(characters);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return common;
    }
  }

  /** The whole font file. The PDF writer reads each once per process and keeps it. */
  public static byte[] read(Face face) {
    try (InputStream in = open(face)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(Face face) throws IOException {
    InputStream in = Fonts.class.getResourceAsStream(face.resource());
    if (in == null) {
      throw new IOException("typsnittet " + face.resource() + " saknas");
    }
    return in;
  }

  /** What the PDF writer does with a character. */
  private enum Kind {
    /** A space or a formatting character (soft hyphen, joiners, direction marks): invisible by intent. */
    INVISIBLE,
    /** Drawn with a glyph of a font, or else as openhtmltopdf's "#". */
    GLYPH,
    /**
     * Never printed: a private-use character means what the font that draws it says (the PDF would
     * show one thing, Word another, a screen reader nothing); an unpaired surrogate, an unassigned
     * code point, a control character and the object replacement character mean no text at all.
     */
    NEVER
  }

  private static Kind kind(int c) {
    return switch (Character.getType(c)) {
      case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.FORMAT ->
          Kind.INVISIBLE;
      case Character.CONTROL -> c == '\t' || c == '\n' || c == '\r' ? Kind.INVISIBLE : Kind.NEVER;
      case Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> Kind.NEVER;
      default -> c == 0xFFFC ? Kind.NEVER : Kind.GLYPH;
    };
  }

  /** True for a character the PDFs print as written: with a glyph of a bundled font, or invisible by intent. */
  public static boolean printable(int c) {
    Kind kind = kind(c);
    return kind == Kind.INVISIBLE || kind == Kind.GLYPH && (Coverage.MAIN.get(c) || Coverage.FALLBACK.get(c));
  }

  /** True for a text whose every character the PDFs print. */
  public static boolean printable(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!printable(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** True for a character that the main fonts lack and the fallback prints. */
  public static boolean fallback(int c) {
    return kind(c) == Kind.GLYPH && !Coverage.MAIN.get(c) && Coverage.FALLBACK.get(c);
  }

  /** The text in pieces by the font that prints them; one piece in the main fonts when the fallback is not needed. */
  public static List<Piece> pieces(String text) {
    if (text.codePoints().noneMatch(Fonts::fallback)) {
      return List.of(new Piece(text, false));
    }
    List<Piece> pieces = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      boolean fallback = fallback(text.codePointAt(start));
      int end = start;
      while (end < text.length() && fallback(text.codePointAt(end)) == fallback) {
        end += Character.charCount(text.codePointAt(end));
      }
      pieces.add(new Piece(text.substring(start, end), fallback));
      start = end;
    }
    return pieces;
  }

  /** The characters of the text that no bundled font prints, each once, in the order they come. */
  public static List<Integer> unprintable(String text) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!printable(c) && !found.contains(c)) {
        found.add(c);
      }
      i += Character.charCount(c);
    }
    return found;
  }

  /** A character as a reader can find it whether it shows or not: "U+21D2 (RIGHTWARDS DOUBLE ARROW)". */
  public static String describe(int c) {
    String name = Character.getName(c);
    return String.format("U+%04X", c) + (name == null ? "" : " (" + name + ")");
  }
}
