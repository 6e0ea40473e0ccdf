package se.vp.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;
import se.vp.PdfConformance;
import se.vp.render.writer.TemplateOutput;
import se.vp.render.writer.Xhtml;

/** The tables of a small page, as the structure tree tells them after openhtmltopdf and the mending. */
class StructureTreeTest {

  @Test
  void aCaptionIsItsTablesFirstChildAndNoTableSectionIsEmpty() throws Exception {
    assertEquals("Table(Caption THead(TR(TH/Column TH/Column)) TBody(TR(TD TD)))", tree(pdf("""
        <table><caption>Fördelning</caption>
          <thead><tr><th>Område</th><th>Belopp</th></tr></thead>
          <tbody><tr><td>Kultur</td><td>1,2 Mnkr</td></tr></tbody>
        </table>""")));
  }

  @Test
  void aCaptionBelowItsTableIsStillItsFirstChild() throws Exception {
    assertEquals("Table(Caption TBody(TR(TD)))", tree(pdf("""
        <table style="caption-side: bottom;"><caption>Under</caption><tr><td>Cell</td></tr></table>""")));
  }

  @Test
  void aRowHeaderHasRowScope() throws Exception {
    assertEquals("Table(Caption TBody(TR(TH/Row TD) TR(TD)))", tree(pdf("""
        <table><caption>Ramanslag netto</caption><tbody>
          <tr><th scope="row">Ramanslag 2025</th><td>146,8 Mnkr</td></tr>
          <tr><td colspan="2">Inget reduceringskrav</td></tr>
        </tbody></table>""")).replace(" ColSpan", ""));
  }

  @Test
  void aLayoutTableIsBlocksInReadingOrderAndATableWithinItStaysATable() throws Exception {
    assertEquals("Div(Div(P) Div(P Table(Caption TBody(TR(TH/Row TD)))))", tree(pdf("""
        <table role="presentation"><tr>
          <td><p>Region Örebro län</p></td>
          <td><p>TJÄNSTESKRIVELSE</p>
            <table><caption>Inne</caption><tr><th scope="row">Datum</th><td>18 november</td></tr></table></td>
        </tr></table>""")));
  }

  @Test
  void aLayoutTableWithACaptionAndAHeaderRowKeepsNoTableTag() throws Exception {
    assertEquals("Div(Div(P Div Div Div(P) Div(P)))", tree(pdf("""
        <table role="presentation"><caption>Rubrik</caption>
          <thead><tr><th>Vänster</th><th>Höger</th></tr></thead>
          <tbody><tr><td><p>Ett</p></td><td><p>Två</p></td></tr></tbody>
        </table>""")));
  }

  /** Renders a page with the tables, checked by veraPDF as every PDF vp writes. */
  private static PDDocument pdf(String body) throws Exception {
    String xhtml = """
        <html xmlns="http://www.w3.org/1999/xhtml" lang="sv-SE" xml:lang="sv-SE">
        <head><title>Tabeller</title><style>body { font-family: 'Liberation Sans'; }</style></head>
        <body><h1>Tabeller</h1>
        """ + body + """
        </body></html>
        """;
    byte[] pdf = new PdfWriter(Path.of("templates"), "templates", false)
        .write(new TemplateOutput("tabeller.ftlx", "tabeller", xhtml, Xhtml.parse(xhtml, "tabeller.ftlx"), Instant.EPOCH))
        .get(0).bytes();
    PdfConformance.assertConforms(pdf, "tabeller");
    return Loader.loadPDF(pdf);
  }

  /** The elements after the heading, each with its children in brackets; a header cell with its scope. */
  private static String tree(PDDocument pdf) throws IOException {
    try (pdf) {
      PDStructureElement document = (PDStructureElement) pdf.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
      StringBuilder tree = new StringBuilder();
      boolean afterHeading = false;
      for (PDStructureElement element : elements(wrapped(document))) {
        if (afterHeading) {
          write(element, tree);
          tree.append(' ');
        }
        afterHeading |= element.getStructureType().equals("H1");
      }
      return tree.toString().strip();
    }
  }

  /** The body's anonymous Div, if openhtmltopdf put one around all. */
  private static PDStructureNode wrapped(PDStructureElement document) {
    List<PDStructureElement> kids = elements(document);
    return kids.size() == 1 && kids.get(0).getStructureType().equals("Div") ? kids.get(0) : document;
  }

  private static List<PDStructureElement> elements(PDStructureNode node) {
    return node.getKids().stream().filter(PDStructureElement.class::isInstance).map(PDStructureElement.class::cast).toList();
  }

  private static void write(PDStructureElement element, StringBuilder tree) {
    tree.append(element.getStructureType());
    COSDictionary attributes = element.getCOSObject().getCOSDictionary(COSName.A);
    if (attributes != null && attributes.getNameAsString(COSName.getPDFName("Scope")) != null) {
      tree.append('/').append(attributes.getNameAsString(COSName.getPDFName("Scope")));
    }
    if (attributes != null && attributes.containsKey(COSName.getPDFName("ColSpan"))) {
      tree.append(" ColSpan");
    }
    List<PDStructureElement> kids = elements(element);
    if (!kids.isEmpty()) {
      tree.append('(');
      for (int i = 0; i < kids.size(); i++) {
        write(kids.get(i), tree);
        tree.append(i + 1 < kids.size() ? " " : "");
      }
      tree.append(')');
    }
  }
}
