package se.vp.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Swedish quotes open and close with the same ”, which the PDF line breaker takes for a closing
 * mark and breaks after, leaving a lone ” at the end of a line. Wrapping an opening quote and its
 * word in a no-wrap span keeps them together. Word breaks only at spaces and needs no help.
 */
final class LineBreaks {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final Pattern OPENING_QUOTE = Pattern.compile("(?<=^|[\\s(\\[])[”’»][^\\s”’»]+");

  private LineBreaks() {}

  static void keepQuotesWithWords(Document document) {
    List<Text> texts = new ArrayList<>();
    collect(document.getDocumentElement(), texts);
    for (Text text : texts) {
      wrap(document, text);
    }
  }

  private static void collect(Node node, List<Text> texts) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Text text) {
        texts.add(text);
      } else if (child instanceof Element element && !"style".equals(element.getLocalName())) {
        collect(child, texts);
      }
    }
  }

  private static void wrap(Document document, Text text) {
    String value = text.getData();
    if (value.indexOf('”') < 0 && value.indexOf('’') < 0 && value.indexOf('»') < 0) {
      return;
    }
    Matcher matcher = OPENING_QUOTE.matcher(value);
    if (!matcher.find()) {
      return;
    }
    Node parent = text.getParentNode();
    int done = 0;
    do {
      parent.insertBefore(document.createTextNode(value.substring(done, matcher.start())), text);
      Element span = document.createElementNS(XHTML, "span");
      span.setAttribute("style", "white-space: nowrap");
      span.appendChild(document.createTextNode(matcher.group()));
      parent.insertBefore(span, text);
      done = matcher.end();
    } while (matcher.find());
    parent.insertBefore(document.createTextNode(value.substring(done)), text);
    parent.removeChild(text);
  }
}
