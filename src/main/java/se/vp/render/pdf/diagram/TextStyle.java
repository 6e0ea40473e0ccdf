package se.vp.render.pdf.diagram;

import java.awt.Font;
import se.vp.text.Fonts;

/**
 * A face at a size in points. The sizes are for a projected slide: nothing in a diagram is smaller
 * than 14 pt, the smallest the deck's own text goes.
 */
record TextStyle(Typeface face, float size) {

  static final TextStyle LABEL = new TextStyle(Typeface.REGULAR, 16);
  static final TextStyle VALUE = new TextStyle(Typeface.BOLD, 16);
  static final TextStyle SMALL = new TextStyle(Typeface.REGULAR, 14);
  static final TextStyle SMALL_BOLD = new TextStyle(Typeface.BOLD, 14);

  /** Liberation Sans, or DejaVu Sans for a piece of text in the fallback. */
  Font font(boolean fallback) {
    return face.at(size, fallback);
  }

  /** The width of the text as {@link Canvas} draws it: piece by piece, each in its own font. */
  double width(String text) {
    double width = 0;
    for (Fonts.Piece piece : Fonts.pieces(text)) {
      width += width(piece);
    }
    return width;
  }

  double width(Fonts.Piece piece) {
    return font(piece.fallback()).getStringBounds(piece.text(), Typeface.MEASURE).getWidth();
  }

  /** From the baseline up to the top of a digit or a capital, Liberation Sans's cap height. */
  double ascent() {
    return size * 0.69;
  }

  /** Below the baseline, to the foot of a g. */
  double descent() {
    return size * 0.21;
  }

  /** From one baseline to the next. */
  double lineHeight() {
    return size * 1.2;
  }
}
