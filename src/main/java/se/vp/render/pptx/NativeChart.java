package se.vp.render.pptx;

import java.nio.charset.StandardCharsets;
import org.docx4j.openpackaging.contenttype.ContentType;
import org.docx4j.openpackaging.contenttype.ContentTypes;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.PresentationMLPackage;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPart;
import org.docx4j.openpackaging.parts.WordprocessingML.EmbeddedPackagePart;
import org.docx4j.openpackaging.parts.relationships.Namespaces;
import org.docx4j.relationships.Relationship;
import se.vp.render.diagram.Diagram;
import se.vp.render.ooxml.PackageParts;

/**
 * A diagram as a chart PowerPoint draws itself, its figures in an embedded workbook, so that
 * "Redigera data" shows the plan's numbers and a committee secretary can restyle the chart. The
 * chart XML is written as text in the schema's order and stored as it is written, not through
 * docx4j's JAXB chart part, which would declare a dozen Word namespaces on it in an order that is
 * not the same on every JVM: the same plan gives the same bytes anywhere, and the bytes the tests
 * validate are the bytes PowerPoint reads.
 */
final class NativeChart {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String P = "http://schemas.openxmlformats.org/presentationml/2006/main";

  private NativeChart() {}

  /**
   * Adds the chart part (with its embedded workbook) to the slide and returns the p:graphicFrame XML
   * to put in the slide's p:spTree. {@code chartNumber} numbers the deck's charts from 1 and names
   * their parts, so it must be unique within the package; x, y, cx and cy are in EMU. {@code pkg} is
   * not needed today (the parts hang from the slide) but stays in the signature PptxWriter calls.
   */
  static String add(PresentationMLPackage pkg, Part slide, Diagram diagram, int chartNumber, int shapeId,
      String name, String altText, long x, long y, long cx, long cy) throws Docx4JException {
    ChartContent content = ChartContent.of(diagram);
    BinaryPart chart = new BinaryPart(new PartName("/ppt/charts/chart" + chartNumber + ".xml"));
    chart.setContentType(new ContentType(ContentTypes.DRAWINGML_CHART));
    chart.setRelationshipType(Namespaces.SPREADSHEETML_CHART);
    Relationship toChart = slide.addTargetPart(chart);
    EmbeddedPackagePart workbook =
        new EmbeddedPackagePart(new PartName("/ppt/embeddings/Microsoft_Excel_Worksheet" + chartNumber + ".xlsx"));
    workbook.setContentType(new ContentType(XLSX));
    workbook.setBinaryData(ChartWorkbook.write(content.sheet()));
    Relationship toWorkbook = chart.addTargetPart(workbook);
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + ChartXml.chartSpace(content.plotArea(), content.legend(), toWorkbook.getId());
    chart.setBinaryData(xml.getBytes(StandardCharsets.UTF_8));
    return graphicFrame(toChart.getId(), shapeId, name, altText, x, y, cx, cy);
  }

  private static String graphicFrame(String relationship, int shapeId, String name, String altText, long x, long y,
      long cx, long cy) {
    return "<p:graphicFrame xmlns:p=\"" + P + "\" xmlns:a=\"" + ChartXml.A + "\" xmlns:r=\"" + ChartXml.R + "\">"
        + "<p:nvGraphicFramePr><p:cNvPr id=\"" + shapeId + "\" name=\"" + PackageParts.escape(name) + "\" descr=\""
        + PackageParts.escape(altText) + "\"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/>"
        + "</p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>"
        + "<p:xfrm><a:off x=\"" + x + "\" y=\"" + y + "\"/><a:ext cx=\"" + cx + "\" cy=\"" + cy + "\"/></p:xfrm>"
        + "<a:graphic><a:graphicData uri=\"" + ChartXml.C + "\"><c:chart xmlns:c=\"" + ChartXml.C + "\" r:id=\""
        + PackageParts.escape(relationship) + "\"/></a:graphicData></a:graphic></p:graphicFrame>";
  }
}
