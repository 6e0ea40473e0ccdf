package se.vp.render.writer;

import se.vp.diagnostic.VpException;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;

/**
 * Parses what a template produced. Templates are untrusted, so the parser takes no DOCTYPE and
 * resolves no entity: nothing in a template can make it read a file or a URL. The one parsed
 * document feeds every writer of the handling.
 */
public final class Xhtml {

  private Xhtml() {}

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
      return builder.parse(new InputSource(new StringReader(xhtml)));
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
