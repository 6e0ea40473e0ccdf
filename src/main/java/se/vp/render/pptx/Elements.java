package se.vp.render.pptx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The few questions the PowerPoint writer asks of the deck's XHTML. */
final class Elements {

  private Elements() {}

  /** The element's name without its namespace: the templates write XHTML in its default namespace. */
  static String name(Element e) {
    return e.getLocalName() == null ? e.getTagName() : e.getLocalName();
  }

  static List<Element> children(Element parent) {
    List<Element> elements = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        elements.add(e);
      }
    }
    return elements;
  }

  static List<Element> children(Element parent, String name) {
    return children(parent).stream().filter(e -> name(e).equals(name)).toList();
  }

  static boolean hasClass(Element e, String name) {
    return Arrays.asList(e.getAttribute("class").split("\\s+")).contains(name);
  }

  /** The element's text on one line, as a heading or a label shows it. */
  static String text(Element e) {
    return e.getTextContent().replaceAll("[\\s\\p{Cc}]+", " ").strip();
  }
}
