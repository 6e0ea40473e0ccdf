package se.vp.render;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/** The text of a tagged PDF in its logical order: the structure tree, as a screen reader reads it. */
final class ReadingOrder {

  private ReadingOrder() {}

  static String text(PDDocument document) throws IOException {
    Map<PDPage, Map<Integer, String>> marked = new HashMap<>();
    for (PDPage page : document.getPages()) {
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(page);
      Map<Integer, String> byId = new HashMap<>();
      for (PDMarkedContent content : extractor.getMarkedContents()) {
        collect(content, byId);
      }
      marked.put(page, byId);
    }
    StringBuilder text = new StringBuilder();
    walk(document.getDocumentCatalog().getStructureTreeRoot(), null, marked, text);
    return text.toString();
  }

  private static void collect(PDMarkedContent content, Map<Integer, String> byId) {
    StringBuilder text = new StringBuilder();
    for (Object item : content.getContents()) {
      if (item instanceof TextPosition position) {
        text.append(position.getUnicode());
      } else if (item instanceof PDMarkedContent inner) {
        collect(inner, byId);
      }
    }
    if (content.getMCID() >= 0) {
      byId.merge(content.getMCID(), text.toString(), String::concat);
    }
  }

  private static void walk(PDStructureNode node, PDPage page, Map<PDPage, Map<Integer, String>> marked, StringBuilder text) {
    PDPage current = node instanceof PDStructureElement element && element.getPage() != null ? element.getPage() : page;
    List<Object> kids = node.getKids();
    for (Object kid : kids) {
      if (kid instanceof PDStructureNode child) {
        walk(child, current, marked, text);
      } else if (kid instanceof Integer mcid && current != null) {
        text.append(marked.getOrDefault(current, Map.of()).getOrDefault(mcid, "")).append(' ');
      } else if (kid instanceof PDMarkedContentReference reference) {
        PDPage referenced = reference.getPage() != null ? reference.getPage() : current;
        text.append(marked.getOrDefault(referenced, Map.of()).getOrDefault(reference.getMCID(), "")).append(' ');
      }
    }
  }
}
