package se.vp.render.pdf.diagram;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import se.vp.text.Fonts;

/**
 * Text made to fit the room a painter gives it, measured in the font it is drawn in: broken into
 * lines at spaces, a word wider than a line hyphenated, and what still does not fit cut with an
 * ellipsis. Nothing returned is wider than its room.
 */
final class TextFit {

  private static final String ELLIPSIS = "…";
  private static final String HYPHEN = "-";

  private TextFit() {}

  /** The text as it fits in {@code room} points, ending in an ellipsis when cut. */
  static String fit(String text, double room, TextStyle style) {
    String printable = printable(text);
    if (style.width(printable) <= room) {
      return printable;
    }
    int end = printable.length();
    while (end > 0 && style.width(printable.substring(0, end).stripTrailing() + ELLIPSIS) > room) {
      end = Character.isLowSurrogate(printable.charAt(end - 1)) && end > 1 ? end - 2 : end - 1;
    }
    return end == 0 ? "" : printable.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  /**
   * The text in lines of at most {@code room} points, broken at spaces (never at the no-break spaces
   * of "16 503 kr"); a word wider than a line on its own is hyphenated where it must be. What does
   * not fit in {@code lines} lines ends the last one in an ellipsis.
   */
  static List<String> wrap(String text, double room, int lines, TextStyle style) {
    List<String> wrapped = new ArrayList<>();
    String rest = printable(text).strip();
    while (!rest.isEmpty() && wrapped.size() < lines - 1 && style.width(rest) > room) {
      int space = lastBreak(rest, room, style);
      if (space > 0) {
        wrapped.add(rest.substring(0, space));
        rest = rest.substring(space + 1).strip();
      } else {
        int cut = hyphenation(rest, room, style);
        if (cut == 0) {
          break;
        }
        wrapped.add(rest.substring(0, cut) + HYPHEN);
        rest = rest.substring(cut);
      }
    }
    if (!rest.isEmpty()) {
      wrapped.add(fit(rest, room, style));
    }
    return wrapped;
  }

  /** The last space before which the text fits the room, or -1. */
  private static int lastBreak(String text, double room, TextStyle style) {
    int cut = -1;
    for (int space = text.indexOf(' '); space > 0; space = text.indexOf(' ', space + 1)) {
      if (style.width(text.substring(0, space)) > room) {
        break;
      }
      cut = space;
    }
    return cut;
  }

  /**
   * How much of the first word fits the room with a hyphen after it, between letters and with three
   * letters at least on either side, or 0.
   */
  private static int hyphenation(String text, double room, TextStyle style) {
    int word = 0;
    while (word < text.length() && !Character.isWhitespace(text.charAt(word))) {
      word++;
    }
    int cut = 0;
    for (int end = 3; end <= word - 3; end++) {
      if (Character.isLetter(text.charAt(end - 1)) && Character.isLetter(text.charAt(end))) {
        if (style.width(text.substring(0, end) + HYPHEN) > room) {
          break;
        }
        cut = end;
      }
    }
    return cut;
  }


  /**
   * The text with what neither Liberation Sans nor its fallback can show replaced by a question mark.
   * A character its font lacks would make the PDF's Graphics2D draw the whole piece as outlines
   * instead of text.
   */
  static String printable(String text) {
    Font font = TextStyle.LABEL.font(false);
    StringBuilder printable = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if ((font.canDisplay(c) || Fonts.fallback(c)) && !Character.isISOControl(c)) {
        printable.appendCodePoint(c);
      } else {
        printable.append('?');
      }
    });
    return printable.toString();
  }
}
