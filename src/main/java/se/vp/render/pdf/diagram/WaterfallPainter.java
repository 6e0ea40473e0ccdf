package se.vp.render.pdf.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import se.vp.render.diagram.Diagram.Step;
import se.vp.render.diagram.Diagram;
import se.vp.render.pdf.diagram.Canvas.Align;

/**
 * A waterfall: columns side by side, each step's figure above it and its label below, a dashed
 * line from where the running total stands to the step that goes on from it. There is no value
 * axis; the figures are printed, and the columns stand on a zero line, so an index adjustment of
 * 4,6 on a frame of 146,8 Mnkr looks as small as it is.
 */
final class WaterfallPainter {

  private static final int LABEL_LINES = 3;
  private static final BasicStroke CONNECTOR =
      new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2.5f}, 0f);
  private static final BasicStroke ZERO_LINE = new BasicStroke(1.25f);

  private WaterfallPainter() {}

  /** Where a step's column runs, and where the running total stands after it. */
  private record Column(Step step, double low, double high, double total) {}

  static void paint(Diagram.Waterfall waterfall, Canvas canvas) {
    List<Column> columns = columns(waterfall.steps());
    double top = canvas.unitCaption(waterfall.unit());
    double slot = canvas.width() / columns.size();
    TextStyle labelStyle = labelStyle(columns, slot - 8);
    List<List<String>> labels = columns.stream()
        .map(c -> TextFit.wrap(c.step().label(), slot - 8, LABEL_LINES, labelStyle)).toList();
    int labelLines = labels.stream().mapToInt(List::size).max().orElse(0);
    double lowest = Math.min(0, columns.stream().mapToDouble(Column::low).min().orElseThrow());
    double highest = Math.max(0, columns.stream().mapToDouble(Column::high).max().orElseThrow());
    double figure = TextStyle.VALUE.lineHeight() + 2;
    double plotTop = top + (highest > 0 ? figure : 4);
    double plotBottom = canvas.height() - labelLines * labelStyle.lineHeight() - 8 - (lowest < 0 ? figure : 0);
    if (plotBottom - plotTop < 4) {
      return;
    }
    double range = highest > lowest ? highest - lowest : 1;
    DoubleUnaryOperator y = v -> plotBottom - (v - lowest) / range * (plotBottom - plotTop);
    double barWidth = Math.min(slot * 0.6, 120);
    Palette palette = canvas.palette();
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      double centre = slot * (i + 0.5);
      double upper = y.applyAsDouble(column.high());
      double lower = y.applyAsDouble(column.low());
      canvas.fill(new Rectangle2D.Double(centre - barWidth / 2, upper, barWidth, Math.max(lower - upper, 1.5)),
          colour(column.step().kind(), palette));
      if (i + 1 < columns.size() && columns.get(i + 1).step().kind() != Step.Kind.VALUE) {
        double level = y.applyAsDouble(column.total());
        canvas.line(centre + barWidth / 2, level, centre + slot - barWidth / 2, level, palette.muted(), CONNECTOR);
      }
      boolean below = column.high() <= 0 && column.low() < 0;
      double baseline = below ? lower + 4 + TextStyle.VALUE.ascent() : upper - 5;
      canvas.text(column.step().text(), centre, baseline, slot - 4, TextStyle.VALUE, palette.text(), Align.CENTER);
      double line = canvas.height() - labelLines * labelStyle.lineHeight() + labelStyle.ascent() + 2;
      for (String text : labels.get(i)) {
        canvas.text(text, centre, line, slot - 8, labelStyle, palette.text(), Align.CENTER);
        line += labelStyle.lineHeight();
      }
    }
    double zero = y.applyAsDouble(0);
    canvas.line(0, zero, canvas.width(), zero, palette.muted(), ZERO_LINE);
  }

  /**
   * The labels' size: the usual one, unless a word of a label is wider than its column, which the
   * smallest size may still fit whole.
   */
  private static TextStyle labelStyle(List<Column> columns, double room) {
    boolean wordTooWide = columns.stream().flatMap(c -> List.of(c.step().label().split(" ")).stream())
        .anyMatch(word -> TextStyle.LABEL.width(word) > room);
    return wordTooWide ? TextStyle.SMALL : TextStyle.LABEL;
  }

  /**
   * A value or total stands on zero; an increase or decrease floats from the running total by its
   * size, whichever sign the template gave it, since its kind already says which way it goes.
   */
  private static List<Column> columns(List<Step> steps) {
    List<Column> columns = new ArrayList<>();
    double total = 0;
    for (Step step : steps) {
      double size = Math.abs(step.value());
      Column column = switch (step.kind()) {
        case VALUE, TOTAL -> new Column(step, Math.min(0, step.value()), Math.max(0, step.value()), step.value());
        case INCREASE -> new Column(step, total, total + size, total + size);
        case DECREASE -> new Column(step, total - size, total, total - size);
      };
      columns.add(column);
      total = column.total();
    }
    return columns;
  }

  private static Color colour(Step.Kind kind, Palette palette) {
    return switch (kind) {
      case VALUE, TOTAL -> palette.main();
      case INCREASE -> palette.increase();
      case DECREASE -> palette.decrease();
    };
  }
}
