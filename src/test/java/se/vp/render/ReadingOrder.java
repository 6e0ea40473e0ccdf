package se.vp.render;

import java.io.IOException;
import java.util.ArrayList;
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

  /** An element of the structure tree: its type, its depth, its alternate text, and all the text under it. */
  record Element(String type, int depth, String alt, String text) {}

  static String text(PDDocument document) throws IOException {
    StringBuilder text = new StringBuilder();
    walk(document.getDocumentCatalog().getStructureTreeRoot(), null, marked(document), text, 0, new ArrayList<>());
    return text.toString();
  }

  /** The elements of the structure tree in reading order, each before those within it. */
  static List<Element> elements(PDDocument document) throws IOException {
    List<Element> elements = new ArrayList<>();
    walk(document.getDocumentCatalog().getStructureTreeRoot(), null, marked(document), new StringBuilder(), 0, elements);
    return elements;
  }

  /** The text of each page's marked content, by its id. */
  private static Map<PDPage, Map<Integer, String>> marked(PDDocument document) throws IOException {
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
    return marked;
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

  private static void walk(PDStructureNode node, PDPage page, Map<PDPage, Map<Integer, String>> marked, StringBuilder text,
      int depth, List<Element> elements) {
    PDPage current = node instanceof PDStructureElement element && element.getPage() != null ? element.getPage() : page;
    int index = elements.size();
    int start = text.length();
    if (node instanceof PDStructureElement element) {
      elements.add(null);
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureNode child) {
        walk(child, current, marked, text, depth + 1, elements);
      } else if (kid instanceof Integer mcid && current != null) {
        text.append(marked.getOrDefault(current, Map.of()).getOrDefault(mcid, "")).append(' ');
      } else if (kid instanceof PDMarkedContentReference reference) {
        PDPage referenced = reference.getPage() != null ? reference.getPage() : current;
        text.append(marked.getOrDefault(referenced, Map.of()).getOrDefault(reference.getMCID(), "")).append(' ');
      }
    }
    if (node instanceof PDStructureElement element) {
      elements.set(index, new Element(element.getStructureType(), depth, element.getAlternateDescription(),
          text.substring(start).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip()));
    }
  }

  /** The text a page draws as artifacts (running header and footer, page numbers, stamps), a space between them. */
  static String artifactText(PDPage page) throws IOException {
    PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
    extractor.processPage(page);
    StringBuilder text = new StringBuilder();
    for (PDMarkedContent content : extractor.getMarkedContents()) {
      if ("Artifact".equals(content.getTag())) {
        for (Object item : content.getContents()) {
          if (item instanceof TextPosition position) {
            text.append(position.getUnicode());
          }
        }
        text.append(' ');
      }
    }
    return text.toString();
  }
}
