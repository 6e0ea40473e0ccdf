package se.vp.render.pptx;

import java.util.OptionalDouble;
import se.vp.render.ooxml.PackageParts;

/**
 * The pieces of DrawingML chart XML that every kind of chart shares, in the schema's order. Sizes
 * are for a projected slide: nothing under 14 pt, in Arial, marked Swedish so that PowerPoint's
 * spelling and screen readers take the labels as Swedish.
 */
final class ChartXml {

  static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
  static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String LANG = "sv-SE";
  static final String FONT = "Arial";
  static final int AXIS_SIZE = 1400;
  static final int LABEL_SIZE = 1600;
  static final long CATEGORY_AXIS = 1001;
  static final long VALUE_AXIS = 1002;
  /** Points to EMU, as DrawingML gives line widths. */
  static final int EMU_PER_POINT = 12700;

  private ChartXml() {}

  /** The chart space around a plot area: no title (the slide has its heading), white behind, the workbook linked. */
  static String chartSpace(String plotArea, String legend, String workbookRelationship) {
    return "<c:chartSpace xmlns:c=\"" + C + "\" xmlns:a=\"" + A + "\" xmlns:r=\"" + R + "\">"
        + "<c:date1904 val=\"0\"/><c:lang val=\"" + LANG + "\"/><c:roundedCorners val=\"0\"/>"
        + "<c:chart><c:autoTitleDeleted val=\"1\"/>" + plotArea + legend
        + "<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>"
        + "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
        + textProperties(AXIS_SIZE, ChartColours.TEXT, false)
        + "<c:externalData r:id=\"" + PackageParts.escape(workbookRelationship) + "\"><c:autoUpdate val=\"0\"/>"
        + "</c:externalData></c:chartSpace>";
  }

  static String textProperties(int size, String colour, boolean bold) {
    return "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>" + runProperties("a:defRPr", size, colour, bold)
        + "</a:pPr><a:endParaRPr lang=\"" + LANG + "\"/></a:p></c:txPr>";
  }

  /** A label of its own text, as the plan writes the figure ("+4,6"), rather than the cell's number. */
  static String richText(String text, int size, String colour, boolean bold) {
    return "<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>" + runProperties("a:defRPr", size, colour, bold)
        + "</a:pPr><a:r>" + runProperties("a:rPr", size, colour, bold) + "<a:t>" + PackageParts.escape(text)
        + "</a:t></a:r></a:p></c:rich></c:tx>";
  }

  private static String runProperties(String element, int size, String colour, boolean bold) {
    return "<" + element + " lang=\"" + LANG + "\" sz=\"" + size + "\" b=\"" + (bold ? 1 : 0) + "\">"
        + solid(colour) + "<a:latin typeface=\"" + FONT + "\"/><a:cs typeface=\"" + FONT + "\"/></" + element + ">";
  }

  static String solid(String colour) {
    return "<a:solidFill><a:srgbClr val=\"" + colour + "\"/></a:solidFill>";
  }

  static String fill(String colour) {
    return "<c:spPr>" + solid(colour) + "</c:spPr>";
  }

  static String noFill() {
    return "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>";
  }

  /** A line of the given width in points and preset dash ("solid", "dash", "sysDot"…). */
  static String line(String colour, double points, String dash) {
    return "<c:spPr><a:ln w=\"" + Math.round(points * EMU_PER_POINT) + "\" cap=\"rnd\">" + solid(colour)
        + "<a:prstDash val=\"" + dash + "\"/><a:round/></a:ln></c:spPr>";
  }

  static String seriesStart(ChartSheet sheet, int column, int order) {
    return "<c:ser><c:idx val=\"" + order + "\"/><c:order val=\"" + order + "\"/><c:tx><c:strRef><c:f>"
        + PackageParts.escape(sheet.nameCell(column)) + "</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>"
        + PackageParts.escape(sheet.columns().get(column).name()) + "</c:v></c:pt></c:strCache></c:strRef></c:tx>";
  }

  static String categoriesAndValues(ChartSheet sheet, int column, String format) {
    StringBuilder xml = new StringBuilder("<c:cat><c:strRef><c:f>").append(PackageParts.escape(sheet.categoryRange()))
        .append("</c:f><c:strCache><c:ptCount val=\"").append(sheet.categories().size()).append("\"/>");
    for (int i = 0; i < sheet.categories().size(); i++) {
      xml.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(PackageParts.escape(sheet.categories().get(i)))
          .append("</c:v></c:pt>");
    }
    xml.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>")
        .append(PackageParts.escape(sheet.valueRange(column))).append("</c:f><c:numCache><c:formatCode>")
        .append(PackageParts.escape(format)).append("</c:formatCode><c:ptCount val=\"")
        .append(sheet.categories().size()).append("\"/>");
    for (int i = 0; i < sheet.categories().size(); i++) {
      OptionalDouble value = sheet.columns().get(column).values().get(i);
      if (value.isPresent()) {
        xml.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(ChartSheet.number(value.getAsDouble()))
            .append("</c:v></c:pt>");
      }
    }
    return xml.append("</c:numCache></c:numRef></c:val>").toString();
  }

  /** Data labels showing the cell's figure in the chart's number format. */
  static String valueLabels(String format, String position, String colour, boolean bold) {
    return "<c:dLbls><c:numFmt formatCode=\"" + PackageParts.escape(format) + "\" sourceLinked=\"0\"/>"
        + "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>" + textProperties(LABEL_SIZE, colour, bold)
        + "<c:dLblPos val=\"" + position + "\"/>" + shows(true) + "</c:dLbls>";
  }

  static String shows(boolean value) {
    return "<c:showLegendKey val=\"0\"/><c:showVal val=\"" + (value ? 1 : 0) + "\"/><c:showCatName val=\"0\"/>"
        + "<c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/>";
  }

  static String axisIds() {
    return "<c:axId val=\"" + CATEGORY_AXIS + "\"/><c:axId val=\"" + VALUE_AXIS + "\"/>";
  }

  /** The category axis; {@code reversed} puts a horizontal bar chart's first category on top, as the PDF has it. */
  static String categoryAxis(String position, boolean reversed) {
    return "<c:catAx><c:axId val=\"" + CATEGORY_AXIS + "\"/><c:scaling><c:orientation val=\""
        + (reversed ? "maxMin" : "minMax") + "\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"" + position
        + "\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/>"
        + "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"low\"/>"
        + "<c:spPr><a:ln w=\"19050\">" + solid(ChartColours.MUTED) + "</a:ln></c:spPr>"
        // Level labels, wrapped when long: turned on end, they took half of a column's chart in LibreOffice.
        + textProperties(AXIS_SIZE, ChartColours.TEXT, false)
            .replace("<a:bodyPr/>", "<a:bodyPr rot=\"0\" vert=\"horz\"/>")
        + "<c:crossAx val=\"" + VALUE_AXIS + "\"/>"
        + "<c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/>"
        + "<c:noMultiLvlLbl val=\"1\"/></c:catAx>";
  }

  /**
   * The value axis, its unit as its title. {@code atMaximum} puts it where a reversed category axis
   * ends, at the bottom of a horizontal bar chart.
   */
  static String valueAxis(String position, String unit, String format, boolean atMaximum) {
    String title = unit.isBlank() ? "" : "<c:title>" + richText(unit, AXIS_SIZE, ChartColours.TEXT, false)
        + "<c:overlay val=\"0\"/></c:title>";
    return "<c:valAx><c:axId val=\"" + VALUE_AXIS + "\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>"
        + "<c:delete val=\"0\"/><c:axPos val=\"" + position + "\"/><c:majorGridlines><c:spPr><a:ln w=\"9525\">"
        + solid(ChartColours.GRID) + "</a:ln></c:spPr></c:majorGridlines>" + title
        + "<c:numFmt formatCode=\"" + PackageParts.escape(format) + "\" sourceLinked=\"0\"/>"
        + "<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
        + "<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>" + textProperties(AXIS_SIZE, ChartColours.MUTED, false)
        + "<c:crossAx val=\"" + CATEGORY_AXIS + "\"/><c:crosses val=\"" + (atMaximum ? "max" : "autoZero") + "\"/>"
        + "<c:crossBetween val=\"between\"/></c:valAx>";
  }

  static String legend(String deletedEntries) {
    return "<c:legend><c:legendPos val=\"b\"/>" + deletedEntries + "<c:overlay val=\"0\"/>"
        + textProperties(AXIS_SIZE, ChartColours.TEXT, false) + "</c:legend>";
  }
}
