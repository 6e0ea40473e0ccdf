package se.vp.render.pptx;

import static se.vp.render.pptx.ChartXml.axisIds;
import static se.vp.render.pptx.ChartXml.categoriesAndValues;
import static se.vp.render.pptx.ChartXml.categoryAxis;
import static se.vp.render.pptx.ChartXml.fill;
import static se.vp.render.pptx.ChartXml.line;
import static se.vp.render.pptx.ChartXml.seriesStart;
import static se.vp.render.pptx.ChartXml.solid;
import static se.vp.render.pptx.ChartXml.valueAxis;
import static se.vp.render.pptx.ChartXml.valueLabels;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.DoubleStream;
import se.vp.render.diagram.Diagram.Bar;
import se.vp.render.diagram.Diagram.Line;
import se.vp.render.diagram.Diagram.Point;
import se.vp.render.diagram.Diagram.Target;
import se.vp.render.diagram.Diagram;

/** What one diagram becomes in PowerPoint: the sheet of its figures, and the plot area and legend drawn from them. */
record ChartContent(ChartSheet sheet, String plotArea, String legend) {

  /** More decimals than a plan writes would only be noise on a slide. */
  private static final int MAX_DECIMALS = 3;
  /** The format's locale (LCID 0x41D, Swedish), so a program that follows it writes 146,8 and 16 503 on any machine. */
  static final String SWEDISH = "[$-41D]";

  static ChartContent of(Diagram diagram) {
    if (diagram instanceof Diagram.Waterfall waterfall) {
      return WaterfallChart.content(waterfall);
    } else if (diagram instanceof Diagram.Parts parts) {
      return parts(parts);
    } else if (diagram instanceof Diagram.Bars bars) {
      return bars(bars, bars.unit());
    }
    return series((Diagram.Series) diagram);
  }

  /**
   * The parts as bars side by side, the whole as the value axis's title: stacked in one bar, as the
   * PDF draws them above a table of their figures, a narrow part's figure runs into its neighbour's at
   * projection size, and a chart has no table to carry them.
   */
  private static ChartContent parts(Diagram.Parts parts) {
    String title = parts.whole().map(w -> w.label() + " " + w.text() + unitAfter(parts.unit())).orElse(parts.unit());
    return bars(new Diagram.Bars(parts.unit(), parts.parts()), title);
  }

  /** Bars side by side, the first at the top as the plan lists them, each with its figure at its end. */
  private static ChartContent bars(Diagram.Bars bars, String axisTitle) {
    List<Bar> list = bars.bars();
    ChartSheet sheet = new ChartSheet(list.stream().map(Bar::label).toList(), List.of(new ChartSheet.Column(
        amountName(bars.unit()), list.stream().map(b -> OptionalDouble.of(b.value())).toList(), true)));
    double[] figures = list.stream().mapToDouble(Bar::value).toArray();
    String format = format(figures);
    String plot = "<c:plotArea><c:layout/><c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/>"
        + "<c:varyColors val=\"0\"/>" + seriesStart(sheet, 0, 0) + fill(ChartColours.MAIN)
        + "<c:invertIfNegative val=\"0\"/>" + valueLabels(format, "outEnd", ChartColours.TEXT, false)
        + categoriesAndValues(sheet, 0, format) + "</c:ser><c:gapWidth val=\"50\"/>" + axisIds() + "</c:barChart>"
        + categoryAxis("l", true) + valueAxis("b", axisTitle, axisFormat(figures), true) + "</c:plotArea>";
    return new ChartContent(sheet, plot, "");
  }

  /**
   * A line per region over the years: the plan's own strong, in the main colour, with its figures;
   * the comparisons thinner, each in its colour and dash as in the PDF. The target is one dashed
   * line, or two for a band, constant over the years; the band's second line has no legend entry of
   * its own. A year a region lacks is a gap in its line.
   */
  private static ChartContent series(Diagram.Series series) {
    List<Integer> years = series.years();
    List<ChartSheet.Column> columns = new ArrayList<>();
    for (Line line : series.lines()) {
      Map<Integer, Double> byYear = new TreeMap<>();
      for (Point point : line.points()) {
        byYear.put(point.year(), point.value());
      }
      // A line the template left unnamed is the outcome: the legend beside "Mål" and the data's header say so.
      String name = line.name().isBlank() ? "Utfall" : line.name();
      columns.add(new ChartSheet.Column(name, years.stream()
          .map(y -> byYear.containsKey(y) ? OptionalDouble.of(byYear.get(y)) : OptionalDouble.empty()).toList(), true));
    }
    List<Double> bounds = series.target().map(t -> t.low() == t.high() ? List.of(t.high()) : List.of(t.high(), t.low()))
        .orElse(List.of());
    for (double bound : bounds) {
      columns.add(new ChartSheet.Column(series.target().map(Target::label).orElseThrow(),
          years.stream().map(y -> OptionalDouble.of(bound)).toList(), true));
    }
    ChartSheet sheet = new ChartSheet(years.stream().map(String::valueOf).toList(), columns);
    double[] figures = DoubleStream.concat(series.lines().stream().flatMap(l -> l.points().stream())
        .mapToDouble(Point::value), bounds.stream().mapToDouble(Double::doubleValue)).toArray();
    String format = format(figures);
    StringBuilder xml = new StringBuilder();
    int comparison = 0;
    for (int i = 0; i < series.lines().size(); i++) {
      Line line = series.lines().get(i);
      xml.append(seriesStart(sheet, i, i));
      if (line.own()) {
        xml.append(line(ChartColours.MAIN, 3.5, "solid")).append(marker(ChartColours.MAIN, 9));
        if (years.size() <= 12) {
          xml.append(valueLabels(format, "t", ChartColours.MAIN, true));
        }
      } else {
        String colour = ChartColours.comparison(comparison);
        xml.append(line(colour, 2, ChartColours.dash(comparison))).append(marker(colour, 6));
        comparison++;
      }
      xml.append(categoriesAndValues(sheet, i, format)).append("<c:smooth val=\"0\"/></c:ser>");
    }
    for (int b = 0; b < bounds.size(); b++) {
      int column = series.lines().size() + b;
      xml.append(seriesStart(sheet, column, column)).append(line(ChartColours.bandEdge(), 2.25, "lgDash"))
          .append("<c:marker><c:symbol val=\"none\"/></c:marker>").append(categoriesAndValues(sheet, column, format))
          .append("<c:smooth val=\"0\"/></c:ser>");
    }
    String plot = "<c:plotArea><c:layout/><c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>" + xml
        + "<c:marker val=\"1\"/>" + axisIds() + "</c:lineChart>" + categoryAxis("b", false)
        + valueAxis("l", series.unit(), axisFormat(figures), false) + "</c:plotArea>";
    String hidden = bounds.size() == 2 ? "<c:legendEntry><c:idx val=\"" + (columns.size() - 1) + "\"/>"
        + "<c:delete val=\"1\"/></c:legendEntry>" : "";
    return new ChartContent(sheet, plot, columns.size() > 1 ? ChartXml.legend(hidden) : "");
  }

  private static String marker(String colour, int size) {
    return "<c:marker><c:symbol val=\"circle\"/><c:size val=\"" + size + "\"/><c:spPr>" + solid(colour)
        + "<a:ln w=\"9525\">" + solid(colour) + "</a:ln></c:spPr></c:marker>";
  }

  static String amountName(String unit) {
    return unit.isBlank() ? "Belopp" : "Belopp (" + unit + ")";
  }

  private static String unitAfter(String unit) {
    return unit.isBlank() ? "" : " " + unit;
  }

  /** Thousands grouped, and as many decimals as the figures have (capped), so 146,8 is not shown as 147. */
  static String format(double[] figures) {
    int decimals = DoubleStream.of(figures)
        .mapToInt(v -> Math.max(0, BigDecimal.valueOf(v).stripTrailingZeros().scale())).max().orElse(0);
    decimals = Math.min(decimals, MAX_DECIMALS);
    return SWEDISH + (decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals));
  }

  /**
   * The value axis's steps need no more decimals than they have (10, 2,5): "General" writes each as
   * short as it is, and thousands are grouped where the figures reach them.
   */
  static String axisFormat(double[] figures) {
    return SWEDISH + (DoubleStream.of(figures).map(Math::abs).max().orElse(0) >= 1000 ? "#,##0" : "General");
  }
}
