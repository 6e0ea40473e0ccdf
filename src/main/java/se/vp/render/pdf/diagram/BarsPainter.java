package se.vp.render.pdf.diagram;

import java.awt.BasicStroke;
import java.awt.geom.Rectangle2D;
import java.util.List;
import se.vp.render.diagram.Diagram.Bar;
import se.vp.render.diagram.Diagram;
import se.vp.render.pdf.diagram.Canvas.Align;

/**
 * Horizontal bars, one a row: the label at the left, the bar from a zero line, its figure at its
 * end. Long labels take two lines when the rows have room. Rows that cannot be given text of a
 * readable size are not drawn; the diagram's alt text still holds every figure.
 */
final class BarsPainter {

  private static final double GAP = 8;
  private static final BasicStroke ZERO_LINE = new BasicStroke(1.25f);

  private BarsPainter() {}

  static void paint(Diagram.Bars diagram, Canvas canvas) {
    double top = canvas.unitCaption(diagram.unit());
    double line = TextStyle.LABEL.lineHeight();
    double room = canvas.height() - top;
    int rows = (int) Math.min(diagram.bars().size(), Math.floor(room / (line + 4)));
    if (rows <= 0) {
      return;
    }
    List<Bar> bars = diagram.bars().subList(0, rows);
    double rowHeight = Math.min(room / rows, line * 2.6);
    double widest = canvas.width() * 0.4;
    TextStyle labelStyle = labelStyle(bars, rowHeight, widest);
    int labelLines = rowHeight >= 2 * labelStyle.lineHeight() ? 2 : 1;
    double labelWidth = bars.stream()
        .flatMap(b -> TextFit.wrap(b.label(), widest, labelLines, labelStyle).stream())
        .mapToDouble(labelStyle::width).max().orElse(0);
    double figureWidth = Math.min(canvas.width() * 0.25,
        bars.stream().mapToDouble(b -> TextStyle.VALUE.width(b.text())).max().orElse(0));
    double lowest = Math.min(0, bars.stream().mapToDouble(Bar::value).min().orElseThrow());
    double highest = Math.max(0, bars.stream().mapToDouble(Bar::value).max().orElseThrow());
    double left = labelWidth + GAP + (lowest < 0 ? figureWidth + GAP : 0);
    double right = canvas.width() - (highest > 0 ? figureWidth + GAP : 0);
    if (right - left < 10) {
      return;
    }
    double range = highest > lowest ? highest - lowest : 1;
    double zero = left + (0 - lowest) / range * (right - left);
    double thickness = Math.min(rowHeight * 0.62, 30);
    Palette palette = canvas.palette();
    for (int i = 0; i < rows; i++) {
      Bar bar = bars.get(i);
      double centre = top + rowHeight * (i + 0.5);
      double end = left + (bar.value() - lowest) / range * (right - left);
      double length = Math.max(Math.abs(end - zero), 1.5);
      double start = Math.min(zero, end);
      canvas.fill(new Rectangle2D.Double(start, centre - thickness / 2, length, thickness), palette.main());
      double baseline = centre + TextStyle.VALUE.ascent() / 2;
      if (bar.value() < 0) {
        canvas.text(bar.text(), end - GAP, baseline, figureWidth, TextStyle.VALUE, palette.text(), Align.RIGHT);
      } else {
        canvas.text(bar.text(), end + GAP, baseline, figureWidth, TextStyle.VALUE, palette.text(), Align.LEFT);
      }
      List<String> label = TextFit.wrap(bar.label(), labelWidth, labelLines, labelStyle);
      double step = labelStyle.lineHeight();
      double first = centre + labelStyle.ascent() / 2 - (label.size() - 1) * step / 2;
      for (int l = 0; l < label.size(); l++) {
        canvas.text(label.get(l), 0, first + l * step, labelWidth, labelStyle, palette.text(), Align.LEFT);
      }
    }
    canvas.line(zero, top, zero, top + rowHeight * rows, palette.muted(), ZERO_LINE);
  }

  /**
   * The labels' size: the usual one, unless a label needs two lines that only fit the rows at the
   * smallest size, which is better than a label cut short.
   */
  private static TextStyle labelStyle(List<Bar> bars, double rowHeight, double widest) {
    boolean tooLong = bars.stream().anyMatch(b -> TextStyle.LABEL.width(b.label()) > widest);
    boolean twoLinesFit = rowHeight >= 2 * TextStyle.LABEL.lineHeight();
    return tooLong && !twoLinesFit && rowHeight >= 2 * TextStyle.SMALL.lineHeight() ? TextStyle.SMALL : TextStyle.LABEL;
  }
}
