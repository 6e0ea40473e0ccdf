package se.vp.render.pdf.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import se.vp.text.Fonts;

/**
 * Where a painter draws: a Graphics2D in points from the diagram's top left corner, its size and
 * the palette. Text is fitted to the room it is given before it is drawn ({@link TextFit}), so a
 * label that does not fit is shortened rather than drawn over its neighbour.
 */
final class Canvas {

  enum Align { LEFT, CENTER, RIGHT }

  private final Graphics2D graphics;
  private final double width;
  private final double height;
  private final Palette palette;

  Canvas(Graphics2D graphics, double width, double height, Palette palette) {
    this.graphics = graphics;
    this.width = width;
    this.height = height;
    this.palette = palette;
  }

  double width() {
    return width;
  }

  double height() {
    return height;
  }

  Palette palette() {
    return palette;
  }

  void fill(Shape shape, Color color) {
    graphics.setColor(color);
    graphics.fill(shape);
  }

  void stroke(Shape shape, Color color, BasicStroke stroke) {
    graphics.setColor(color);
    graphics.setStroke(stroke);
    graphics.draw(shape);
  }

  void line(double x1, double y1, double x2, double y2, Color color, BasicStroke stroke) {
    stroke(new Line2D.Double(x1, y1, x2, y2), color, stroke);
  }

  /**
   * The unit, once, above the top left corner of what it measures ("Mnkr", "%"), as an axis is
   * titled; the height it takes, nothing when there is no unit.
   */
  double unitCaption(String unit) {
    if (unit.isEmpty()) {
      return 0;
    }
    text(unit, 0, TextStyle.SMALL.ascent() + 1, width / 2, TextStyle.SMALL, palette.muted(), Align.LEFT);
    return TextStyle.SMALL.lineHeight() + 2;
  }

  /** Text on a baseline, aligned at x; shortened to {@code room} points when wider. */
  void text(String text, double x, double baseline, double room, TextStyle style, Color color, Align align) {
    String shown = TextFit.fit(text, room, style);
    if (shown.isEmpty()) {
      return;
    }
    double w = style.width(shown);
    double left = switch (align) {
      case LEFT -> x;
      case CENTER -> x - w / 2;
      case RIGHT -> x - w;
    };
    graphics.setColor(color);
    for (Fonts.Piece piece : Fonts.pieces(shown)) {
      graphics.setFont(style.font(piece.fallback()));
      graphics.drawString(piece.text(), (float) left, (float) baseline);
      left += style.width(piece);
    }
  }
}
