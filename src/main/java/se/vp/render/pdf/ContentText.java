package se.vp.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/** The text of a document, each text node's words once, whatever whitespace a template put between them. */
final class ContentText {

  private ContentText() {}

  static String of(Document document) {
    List<String> texts = new ArrayList<>();
    collect(document.getDocumentElement(), texts);
    return String.join("\n", texts);
  }

  private static void collect(Node node, List<String> texts) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        String text = child.getNodeValue().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
          texts.add(text);
        }
      } else {
        collect(child, texts);
      }
    }
  }
}
