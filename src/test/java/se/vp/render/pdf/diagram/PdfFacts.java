package se.vp.render.pdf.diagram;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What the tests ask of a rendered PDF: its structure elements, images, colours, glyphs and where they stand. */
final class PdfFacts {

  private PdfFacts() {}

  static List<PDStructureElement> structure(PDDocument document) {
    List<PDStructureElement> elements = new ArrayList<>();
    collect(document.getDocumentCatalog().getStructureTreeRoot(), elements);
    return elements;
  }

  private static void collect(PDStructureNode node, List<PDStructureElement> elements) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        elements.add(element);
        collect(element, elements);
      }
    }
  }

  /** The images on the first page and in the forms drawn on it, however deep. */
  static int images(PDDocument document) throws IOException {
    return images(document.getPage(0).getResources());
  }

  private static int images(PDResources resources) throws IOException {
    if (resources == null) {
      return 0;
    }
    int images = 0;
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDImageXObject) {
        images++;
      } else if (object instanceof PDFormXObject form) {
        images += images(form.getResources());
      }
    }
    return images;
  }

  /** The RGB fill colours (rg, or sc after a DeviceRGB cs) of the forms drawn on the first page, as #rrggbb. */
  static Set<String> formFillColours(PDDocument document) throws IOException {
    Set<String> colours = new TreeSet<>();
    PDResources resources = document.getPage(0).getResources();
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDFormXObject form) {
        List<Object> tokens = new PDFStreamParser(form).parse();
        for (int i = 3; i < tokens.size(); i++) {
          if (tokens.get(i) instanceof Operator operator && List.of("rg", "sc").contains(operator.getName())
              && tokens.subList(i - 3, i).stream().allMatch(t -> t instanceof COSNumber)) {
            int[] rgb = new int[3];
            for (int c = 0; c < 3; c++) {
              rgb[c] = Math.round(((COSNumber) tokens.get(i - 3 + c)).floatValue() * 255);
            }
            colours.add(String.format("#%02x%02x%02x", rgb[0], rgb[1], rgb[2]));
          }
        }
      }
    }
    return colours;
  }

  /** A glyph, the font that draws it (with its subset tag) and the box it takes, in points from the page's top left. */
  record Glyph(String text, String font, double left, double top, double right, double bottom) {

    boolean overlaps(Glyph other) {
      double slack = 0.5;
      return Math.min(right, other.right) - Math.max(left, other.left) > slack
          && Math.min(bottom, other.bottom) - Math.max(top, other.top) > slack;
    }
  }

  /** Every glyph of the first page, those drawn in forms included, and overlapping copies kept. */
  static List<Glyph> glyphs(PDDocument document) throws IOException {
    List<Glyph> glyphs = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition p) {
        if (!p.getUnicode().isBlank()) {
          glyphs.add(new Glyph(p.getUnicode(), p.getFont().getName(), p.getXDirAdj(), p.getYDirAdj() - p.getHeightDir(),
              p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj()));
        }
      }
    };
    stripper.setSuppressDuplicateOverlappingText(false);
    stripper.setStartPage(1);
    stripper.setEndPage(1);
    stripper.getText(document);
    return glyphs;
  }
}
