package se.vp.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.VpException;
import se.vp.text.Excerpt;
import se.vp.text.Fonts;

/**
 * Every character of a document printed with a glyph of a bundled font. openhtmltopdf falls back
 * along the font-family list glyph by glyph, but it measures every line by the tallest font in the
 * list, so naming the fallback font in the CSS moved every line of every handling by a fraction of
 * a point. Instead, the characters the main fonts lack, and only they, are wrapped in a span set
 * in the fallback font. A character that no bundled font has fails the render.
 */
final class Glyphs {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String FALLBACK_STYLE = "font-family: '" + Fonts.FALLBACK_FAMILY + "'";
  private static final Set<String> UNPRINTED = Set.of("head", "style", "script");

  private Glyphs() {}

  /**
   * Fails on the first character of the document's text that no bundled font prints, rather than
   * print "#" or nothing. The plan's texts are checked before a render (VP216), so the character
   * is the template's.
   */
  static void requirePrintable(Document document, String template) throws VpException {
    for (Text text : texts(document)) {
      String value = text.getData();
      List<Integer> missing = Fonts.unprintable(value);
      if (!missing.isEmpty()) {
        String excerpt = Excerpt.around(value, value.indexOf(Character.toString(missing.get(0))));
        throw new VpException(new Diagnostic(Location.ofFile(template), Severity.FEL, Code.VP303,
            "mallen skriver tecknet " + Fonts.describe(missing.get(0))
                + ", som inte finns i typsnitten som PDF:en skrivs med: \"" + excerpt + "\"",
            Optional.of("byt ut tecknet eller ta bort det")), null);
      }
    }
  }

  /** Wraps each run of characters that the main fonts lack in a span set in the fallback font. */
  static void useFallback(Document document) {
    for (Text text : texts(document)) {
      List<Fonts.Piece> pieces = Fonts.pieces(text.getData());
      if (pieces.stream().noneMatch(Fonts.Piece::fallback)) {
        continue;
      }
      Node parent = text.getParentNode();
      for (Fonts.Piece piece : pieces) {
        Node node = document.createTextNode(piece.text());
        if (piece.fallback()) {
          Element span = document.createElementNS(XHTML, "span");
          span.setAttribute("style", FALLBACK_STYLE);
          span.appendChild(node);
          node = span;
        }
        parent.insertBefore(node, text);
      }
      parent.removeChild(text);
    }
  }

  /** The text nodes that are printed: in the body, not in a style or script, and not in SVG or MathML. */
  private static List<Text> texts(Document document) {
    List<Text> texts = new ArrayList<>();
    collect(document.getDocumentElement(), texts);
    return texts;
  }

  private static void collect(Node node, List<Text> texts) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Text text) {
        texts.add(text);
      } else if (child instanceof Element element && !UNPRINTED.contains(element.getLocalName())
          && (element.getNamespaceURI() == null || XHTML.equals(element.getNamespaceURI()))) {
        collect(child, texts);
      }
    }
  }
}
