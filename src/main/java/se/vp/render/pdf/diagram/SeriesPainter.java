package se.vp.render.pdf.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;
import se.vp.render.diagram.Diagram.Line;
import se.vp.render.diagram.Diagram.Point;
import se.vp.render.diagram.Diagram.Target;
import se.vp.render.diagram.Diagram;
import se.vp.render.pdf.diagram.Canvas.Align;

/**
 * A styrtal's outcome over the years: the unit above the value axis and the direction at the top
 * right, the target band shaded across the plot with its label beside it, the comparison regions
 * as lighter patterned lines beneath the plan's own, whose figures are printed at its points, and
 * a key of the regions at the bottom. A year a line lacks breaks it, and a line of one year is a
 * point against the band.
 */
final class SeriesPainter {

  private static final double GAP = 8;
  private static final BasicStroke GRID = new BasicStroke(0.75f);
  private static final BasicStroke BAND_EDGE = new BasicStroke(1f);

  private SeriesPainter() {}

  static void paint(Diagram.Series series, Canvas canvas) {
    Palette palette = canvas.palette();
    double header = header(series, canvas);
    double keyTop = canvas.height() - SeriesKey.height(series.lines(), canvas);
    double plotBottom = keyTop - TextStyle.SMALL.lineHeight() - 6;
    double plotTop = header + TextStyle.SMALL_BOLD.lineHeight() + 2;
    if (plotBottom - plotTop < TextStyle.SMALL.lineHeight() * 2) {
      return;
    }
    int ticks = (int) Math.max(3, Math.min(6, (plotBottom - plotTop) / (TextStyle.SMALL.lineHeight() * 1.6) + 1));
    Scale scale = Scale.covering(low(series), high(series), ticks);
    List<BigDecimal> tickValues = scale.ticks();
    double plotLeft = tickValues.stream().map(scale::label).mapToDouble(TextStyle.SMALL::width).max().orElse(0) + GAP;
    List<String> targetLabel = series.target()
        .map(t -> TextFit.wrap(t.label(), canvas.width() * 0.28, 2, TextStyle.SMALL)).orElse(List.of());
    double plotRight = canvas.width()
        - targetLabel.stream().mapToDouble(TextStyle.SMALL::width).map(w -> w + GAP).max().orElse(0);
    Plot plot = new Plot(plotLeft, plotTop, plotRight, plotBottom, scale, series.years());
    if (plot.spacing() <= 0) {
      return;
    }
    series.target().ifPresent(t -> target(t, targetLabel, plot, canvas));
    for (BigDecimal tick : tickValues) {
      double y = plot.y(tick.doubleValue());
      canvas.line(plotLeft, y, plotRight, y, palette.grid(), GRID);
      canvas.text(scale.label(tick), plotLeft - GAP, y + TextStyle.SMALL.ascent() / 2, plotLeft, TextStyle.SMALL,
          palette.muted(), Align.RIGHT);
    }
    years(plot, canvas);
    int comparison = 0;
    for (Line line : series.lines()) {
      if (!line.own()) {
        line(line, SeriesKey.style(false, comparison++, palette), plot, canvas);
      }
    }
    for (Line line : series.lines()) {
      if (line.own()) {
        List<Figure> figures = figures(line, plot);
        figures.forEach(f -> canvas.fill(f.plate(), Color.WHITE));
        line(line, SeriesKey.style(true, 0, palette), plot, canvas);
        figures.forEach(f -> canvas.text(f.text(), f.x(), f.baseline(), f.width(), TextStyle.SMALL_BOLD, palette.main(),
            Align.CENTER));
      }
    }
    SeriesKey.draw(series.lines(), keyTop, canvas);
  }

  /** The unit at the top left, the direction at the top right; the height they take. */
  private static double header(Diagram.Series series, Canvas canvas) {
    double height = canvas.unitCaption(series.unit());
    if (series.direction().isEmpty()) {
      return height;
    }
    Palette palette = canvas.palette();
    String label = series.direction().get().label();
    double baseline = TextStyle.LABEL.ascent() + 1;
    double size = TextStyle.LABEL.ascent() + 2;
    double unitWidth = TextStyle.SMALL.width(TextFit.fit(series.unit(), canvas.width() / 2, TextStyle.SMALL));
    double room = canvas.width() - unitWidth - size - GAP * 3;
    double textLeft = canvas.width() - TextStyle.LABEL.width(TextFit.fit(label, room, TextStyle.LABEL));
    canvas.text(label, canvas.width(), baseline, room, TextStyle.LABEL, palette.text(), Align.RIGHT);
    double x = textLeft - GAP - size / 2;
    boolean up = series.direction().get().up();
    double tip = up ? baseline - size + 1 : baseline + 1;
    double tail = up ? baseline + 1 : baseline - size + 1;
    double head = size * 0.45 * (up ? 1 : -1);
    canvas.line(x, tail, x, tip + head * 0.6, palette.text(), new BasicStroke(2.25f));
    Path2D.Double arrowhead = new Path2D.Double();
    arrowhead.moveTo(x, tip);
    arrowhead.lineTo(x - size * 0.38, tip + head);
    arrowhead.lineTo(x + size * 0.38, tip + head);
    arrowhead.closePath();
    canvas.fill(arrowhead, palette.text());
    return Math.max(height, TextStyle.LABEL.lineHeight() + 2);
  }

  private static void target(Target target, List<String> label, Plot plot, Canvas canvas) {
    Palette palette = canvas.palette();
    double upper = plot.y(target.high());
    double lower = plot.y(target.low());
    canvas.fill(new Rectangle2D.Double(plot.left(), upper, plot.right() - plot.left(), lower - upper), palette.band());
    canvas.line(plot.left(), upper, plot.right(), upper, palette.bandEdge(), BAND_EDGE);
    canvas.line(plot.left(), lower, plot.right(), lower, palette.bandEdge(), BAND_EDGE);
    double line = TextStyle.SMALL.lineHeight();
    double first = (upper + lower) / 2 + TextStyle.SMALL.ascent() / 2 - (label.size() - 1) * line / 2;
    first = Math.max(first, plot.top() + TextStyle.SMALL.ascent());
    first = Math.min(first, plot.bottom() - (label.size() - 1) * line);
    for (int i = 0; i < label.size(); i++) {
      canvas.text(label.get(i), plot.right() + GAP, first + i * line, canvas.width() - plot.right() - GAP,
          TextStyle.SMALL, palette.muted(), Align.LEFT);
    }
  }

  /** The years under the plot; every second or third when they would run into each other. */
  private static void years(Plot plot, Canvas canvas) {
    List<Integer> years = plot.years();
    double widest = years.stream().mapToDouble(y -> TextStyle.SMALL.width(y.toString())).max().orElse(0);
    int every = years.size() < 2 ? 1 : (int) Math.max(1, Math.ceil((widest + GAP) / plot.spacing()));
    double baseline = plot.bottom() + TextStyle.SMALL.ascent() + 6;
    for (int i = 0; i < years.size(); i += every) {
      canvas.text(years.get(i).toString(), plot.x(years.get(i)), baseline, widest + GAP, TextStyle.SMALL,
          canvas.palette().muted(), Align.CENTER);
    }
  }

  /** The line through the points of consecutive years, and a mark at every point. */
  private static void line(Line line, SeriesKey.Style style, Plot plot, Canvas canvas) {
    List<Point> points = line.points();
    Path2D.Double path = new Path2D.Double();
    for (int i = 0; i < points.size(); i++) {
      Point point = points.get(i);
      boolean joined = i > 0 && plot.index(point.year()) == plot.index(points.get(i - 1).year()) + 1;
      if (joined) {
        path.lineTo(plot.x(point.year()), plot.y(point.value()));
      } else {
        path.moveTo(plot.x(point.year()), plot.y(point.value()));
      }
    }
    canvas.stroke(path, style.colour(), style.stroke());
    double r = style.mark();
    for (Point point : points) {
      double x = plot.x(point.year());
      double y = plot.y(point.value());
      canvas.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r), style.colour());
    }
  }

  /** A figure printed at a point, on a white plate that keeps the lines beneath from crossing it. */
  private record Figure(String text, double x, double baseline, double width) {

    Rectangle2D plate() {
      double w = Math.min(TextStyle.SMALL_BOLD.width(TextFit.fit(text, width, TextStyle.SMALL_BOLD)), width) + 4;
      double top = baseline - TextStyle.SMALL_BOLD.ascent() - 2;
      double height = TextStyle.SMALL_BOLD.ascent() + TextStyle.SMALL_BOLD.descent() + 3;
      return new Rectangle2D.Double(x - w / 2, top, w, height);
    }
  }

  /**
   * The own line's figures above its points, or below a point lower than both its neighbours; all
   * of them when the years are far enough apart, else the latest, which matters most.
   */
  private static List<Figure> figures(Line line, Plot plot) {
    List<Point> points = line.points();
    double widest = points.stream().mapToDouble(p -> TextStyle.SMALL_BOLD.width(p.text())).max().orElse(0);
    boolean all = points.size() == 1 || plot.spacing() >= widest + GAP;
    List<Figure> figures = new ArrayList<>();
    for (int i = all ? 0 : points.size() - 1; i < points.size(); i++) {
      Point point = points.get(i);
      double y = plot.y(point.value());
      boolean valley = i > 0 && i + 1 < points.size()
          && points.get(i - 1).value() > point.value() && points.get(i + 1).value() > point.value();
      double below = y + 10 + TextStyle.SMALL_BOLD.ascent();
      double baseline = valley && below < plot.bottom() ? below : y - 10;
      figures.add(new Figure(point.text(), plot.x(point.year()), baseline, Math.max(plot.spacing(), widest)));
    }
    return figures;
  }

  private static double low(Diagram.Series series) {
    return values(series).min().orElseThrow();
  }

  private static double high(Diagram.Series series) {
    return values(series).max().orElseThrow();
  }

  private static DoubleStream values(Diagram.Series series) {
    DoubleStream points = series.lines().stream().flatMap(l -> l.points().stream()).mapToDouble(Point::value);
    return series.target().map(t -> DoubleStream.concat(points, DoubleStream.of(t.low(), t.high()))).orElse(points);
  }
}
