package se.vp.render.pptx;

import static se.vp.render.pptx.ChartXml.axisIds;
import static se.vp.render.pptx.ChartXml.categoriesAndValues;
import static se.vp.render.pptx.ChartXml.categoryAxis;
import static se.vp.render.pptx.ChartXml.fill;
import static se.vp.render.pptx.ChartXml.noFill;
import static se.vp.render.pptx.ChartXml.richText;
import static se.vp.render.pptx.ChartXml.seriesStart;
import static se.vp.render.pptx.ChartXml.shows;
import static se.vp.render.pptx.ChartXml.valueAxis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import se.vp.render.diagram.Diagram.Step;
import se.vp.render.diagram.Diagram;

/** The economic frame as a PowerPoint chart, drawn as WaterfallPainter draws it in the PDF. */
final class WaterfallChart {

  private WaterfallChart() {}

  /**
   * The classic stacked-column waterfall: an invisible base lifts each increase or decrease to where
   * the running total stands. A column across zero stacks its part below zero on the base, which is
   * then filled for that column alone. The figures are an invisible line's labels at each column's
   * top, with the plan's own text ("+4,6"), since a stacked column cannot put its labels above itself.
   * The first column of the sheet is the steps' figures themselves, for whoever edits the data.
   */
  static ChartContent content(Diagram.Waterfall waterfall) {
    List<Step> steps = waterfall.steps();
    List<OptionalDouble> amounts = new ArrayList<>();
    List<OptionalDouble> bases = new ArrayList<>();
    List<OptionalDouble> heights = new ArrayList<>();
    List<OptionalDouble> tops = new ArrayList<>();
    StringBuilder basePoints = new StringBuilder();
    StringBuilder barPoints = new StringBuilder();
    StringBuilder labels = new StringBuilder();
    // In decimals, not doubles: 146,8 + 4,6 is to stand at 151,4, not at 151,39999999999998.
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      BigDecimal value = BigDecimal.valueOf(step.value());
      BigDecimal size = value.abs();
      BigDecimal low;
      BigDecimal high;
      switch (step.kind()) {
        case VALUE, TOTAL -> {
          low = value.min(BigDecimal.ZERO);
          high = value.max(BigDecimal.ZERO);
          total = value;
        }
        case INCREASE -> {
          low = total;
          high = total.add(size);
          total = high;
        }
        default -> {
          low = total.subtract(size);
          high = total;
          total = low;
        }
      }
      String colour = switch (step.kind()) {
        case VALUE, TOTAL -> ChartColours.MAIN;
        case INCREASE -> ChartColours.increase();
        case DECREASE -> ChartColours.DECREASE;
      };
      boolean across = low.signum() < 0 && high.signum() > 0;
      boolean above = high.signum() > 0 || low.signum() == 0;
      amounts.add(OptionalDouble.of(step.value()));
      bases.add(figure(low.signum() >= 0 || across ? low : high));
      heights.add(figure(low.signum() >= 0 ? high.subtract(low) : across ? high : low.subtract(high)));
      tops.add(figure(above ? high : low));
      if (across) {
        basePoints.append(point(i, fill(colour)));
      }
      barPoints.append(point(i, fill(colour)));
      labels.append("<c:dLbl><c:idx val=\"").append(i).append("\"/>")
          .append(richText(step.text(), ChartXml.LABEL_SIZE, ChartColours.TEXT, false))
          .append("<c:dLblPos val=\"").append(above ? "t" : "b").append("\"/>").append(shows(true))
          .append("</c:dLbl>");
    }
    ChartSheet sheet = new ChartSheet(steps.stream().map(Step::label).toList(), List.of(
        new ChartSheet.Column(ChartContent.amountName(waterfall.unit()), amounts, false),
        new ChartSheet.Column("Bas (osynlig)", bases, true),
        new ChartSheet.Column("Stapel", heights, true),
        new ChartSheet.Column("Etikettens läge (osynlig)", tops, true)));
    double[] figures = steps.stream().mapToDouble(Step::value).toArray();
    String format = ChartContent.format(figures);
    String plot = "<c:plotArea><c:layout/><c:barChart><c:barDir val=\"col\"/><c:grouping val=\"stacked\"/>"
        + "<c:varyColors val=\"0\"/>"
        + seriesStart(sheet, 1, 0) + noFill() + "<c:invertIfNegative val=\"0\"/>" + basePoints
        + categoriesAndValues(sheet, 1, format) + "</c:ser>"
        + seriesStart(sheet, 2, 1) + fill(ChartColours.MAIN) + "<c:invertIfNegative val=\"0\"/>" + barPoints
        + categoriesAndValues(sheet, 2, format) + "</c:ser>"
        + "<c:gapWidth val=\"60\"/><c:overlap val=\"100\"/>" + axisIds() + "</c:barChart>"
        + "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>"
        + seriesStart(sheet, 3, 2) + "<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>"
        + "<c:marker><c:symbol val=\"none\"/></c:marker><c:dLbls>" + labels
        + "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
        + ChartXml.textProperties(ChartXml.LABEL_SIZE, ChartColours.TEXT, false)
        + "<c:dLblPos val=\"t\"/>" + shows(true) + "</c:dLbls>"
        + categoriesAndValues(sheet, 3, format) + "<c:smooth val=\"0\"/></c:ser>"
        + "<c:marker val=\"1\"/>" + axisIds() + "</c:lineChart>"
        + categoryAxis("b", false) + valueAxis("l", waterfall.unit(), ChartContent.axisFormat(figures), false)
        + "</c:plotArea>";
    return new ChartContent(sheet, plot, "");
  }

  private static OptionalDouble figure(BigDecimal value) {
    return OptionalDouble.of(value.doubleValue());
  }

  private static String point(int index, String shape) {
    return "<c:dPt><c:idx val=\"" + index + "\"/><c:invertIfNegative val=\"0\"/><c:bubble3D val=\"0\"/>" + shape
        + "</c:dPt>";
  }
}
