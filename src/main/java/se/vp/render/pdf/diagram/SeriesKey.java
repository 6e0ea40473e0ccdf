package se.vp.render.pdf.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import se.vp.render.diagram.Diagram.Line;
import se.vp.render.diagram.Diagram;
import se.vp.render.pdf.diagram.Canvas.Align;

/**
 * How each region's line is drawn, and the key that names them: the plan's own line first, strong
 * and solid, then the comparison regions, thinner, each in its own colour and dash pattern so they
 * are told apart in grey print and by a reader who does not see colours well.
 */
final class SeriesKey {

  /** The dash patterns of the comparison regions, in points. */
  private static final float[][] DASHES = {{7, 4}, {2, 3.5f}, {10, 3.5f, 2, 3.5f}, {4, 4}};
  private static final double SAMPLE = 28;
  private static final double GAP = 8;
  private static final double SPACING = 18;

  record Style(Color colour, BasicStroke stroke, double mark) {}

  private SeriesKey() {}

  static Style style(boolean own, int comparison, Palette palette) {
    if (own) {
      return new Style(palette.main(), new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND), 5);
    }
    return new Style(palette.comparison(comparison), new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
        10f, DASHES[comparison % DASHES.length], 0f), 2.75);
  }

  /** The key's height: nothing for a single line without a name, else its rows. */
  static double height(List<Line> lines, Canvas canvas) {
    List<List<Entry>> rows = rows(lines, canvas);
    return rows.isEmpty() ? 0 : rows.size() * (TextStyle.SMALL.lineHeight() + 4) + 4;
  }

  static void draw(List<Line> lines, double top, Canvas canvas) {
    double baseline = top + 4 + TextStyle.SMALL.ascent();
    for (List<Entry> row : rows(lines, canvas)) {
      double x = 0;
      for (Entry entry : row) {
        double middle = baseline - TextStyle.SMALL.ascent() / 2;
        Style style = entry.style();
        canvas.line(x, middle, x + SAMPLE, middle, style.colour(), style.stroke());
        double r = style.mark();
        canvas.fill(new Ellipse2D.Double(x + SAMPLE / 2 - r, middle - r, 2 * r, 2 * r), style.colour());
        canvas.text(entry.name(), x + SAMPLE + GAP, baseline, entry.width() - SAMPLE - GAP, entry.text(),
            canvas.palette().text(), Align.LEFT);
        x += entry.width() + SPACING;
      }
      baseline += TextStyle.SMALL.lineHeight() + 4;
    }
  }

  private record Entry(String name, TextStyle text, Style style, double width) {}

  /** The entries in rows that fit the width, at most two rows; regions beyond are left out of the key. */
  private static List<List<Entry>> rows(List<Line> lines, Canvas canvas) {
    if (lines.size() < 2 && lines.stream().allMatch(l -> l.name().isEmpty())) {
      return List.of();
    }
    double width = canvas.width();
    List<Entry> entries = new ArrayList<>();
    int comparison = 0;
    for (Line line : lines.stream().sorted((a, b) -> Boolean.compare(b.own(), a.own())).toList()) {
      TextStyle text = line.own() ? TextStyle.SMALL_BOLD : TextStyle.SMALL;
      Style style = style(line.own(), line.own() ? 0 : comparison++, canvas.palette());
      double w = Math.min(SAMPLE + GAP + text.width(line.name()), width);
      entries.add(new Entry(line.name(), text, style, w));
    }
    List<List<Entry>> rows = new ArrayList<>();
    List<Entry> row = new ArrayList<>();
    double used = 0;
    for (Entry entry : entries) {
      if (!row.isEmpty() && used + SPACING + entry.width() > width) {
        rows.add(row);
        row = new ArrayList<>();
        used = 0;
      }
      used += (row.isEmpty() ? 0 : SPACING) + entry.width();
      row.add(entry);
    }
    rows.add(row);
    return rows.size() > 2 ? rows.subList(0, 2) : rows;
  }
}
