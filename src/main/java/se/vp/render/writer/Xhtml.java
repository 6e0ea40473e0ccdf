package se.vp.render.writer;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.VpException;

/**
 * Parses what a template produced. Templates are untrusted, so the parser takes no DOCTYPE and
 * resolves no entity: nothing in a template can make it read a file or a URL. The one parsed
 * document feeds every writer of the handling.
 */
public final class Xhtml {

  /**
   * Far deeper than any handling nests (a list in a column of a slide is a dozen levels); the
   * writers walk the document recursively, and a template could nest elements until their stack ends.
   */
  static final int MAX_DEPTH = 200;

  private Xhtml() {}

  /** How deep the document's elements nest, found without recursion. */
  private static int depth(Document document) {
    int deepest = 0;
    int depth = 0;
    Node node = document.getDocumentElement();
    while (node != null) {
      deepest = Math.max(deepest, depth);
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        depth++;
        continue;
      }
      while (node != null && node.getNextSibling() == null) {
        node = node.getParentNode();
        depth--;
        if (node == document) {
          return deepest;
        }
      }
      node = node == null ? null : node.getNextSibling();
    }
    return deepest;
  }

  public static Document parse(String xhtml, String template) throws VpException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      Document document = builder.parse(new InputSource(new StringReader(xhtml)));
      if (depth(document) > MAX_DEPTH) {
        throw new VpException(new Diagnostic(Location.ofFile(template), Severity.FEL, Code.VP307,
            "mallen skrev element i mer än " + MAX_DEPTH + " nivåer inuti varandra, som ingen handling har",
            Optional.of("se efter en loop som öppnar element och stänger dem i en annan")), null);
      }
      return document;
    } catch (SAXParseException e) {
      throw new VpException(new Diagnostic(Location.ofFile(template), Severity.FEL, Code.VP301,
          "mallen ger inte välformad XHTML (rad " + e.getLineNumber() + " i resultatet): " + e.getMessage(),
          Optional.of("stäng varje element och skriv & som &amp;amp;")), e);
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new VpException(new Diagnostic(Location.ofFile(template), Severity.FEL, Code.VP301,
          "mallens resultat kan inte läsas som XHTML", Optional.empty()), e);
    }
  }
}
