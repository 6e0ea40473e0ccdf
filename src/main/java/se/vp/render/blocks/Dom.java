package se.vp.render.blocks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The few questions the reader asks of the DOM. */
final class Dom {

  private Dom() {}

  static List<Node> children(Node parent) {
    List<Node> nodes = new ArrayList<>();
    NodeList list = parent.getChildNodes();
    for (int i = 0; i < list.getLength(); i++) {
      nodes.add(list.item(i));
    }
    return nodes;
  }

  /** The element's name without its namespace: the templates write XHTML in its default namespace. */
  static String name(Element e) {
    return e.getLocalName() == null ? e.getTagName() : e.getLocalName();
  }

  static List<String> classes(Element e) {
    return Arrays.stream(e.getAttribute("class").split("\\s+")).filter(c -> !c.isEmpty()).toList();
  }

  /** The first element of that name in the document, or null. */
  static Element first(Document document, String name) {
    NodeList found = document.getElementsByTagNameNS("*", name);
    return found.getLength() == 0 ? null : (Element) found.item(0);
  }
}
