package se.vp.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import se.vp.diagnostic.VpException;
import se.vp.render.writer.Xhtml;

class LineBreaksTest {

  private static Document parse(String body) throws VpException {
    return Xhtml.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + body + "</body></html>", "test");
  }

  @Test
  void keepsASwedishOpeningQuoteWithItsWord() throws VpException {
    Document document = parse("<p>och möta kravet om ”Digitalt först”.</p>");
    LineBreaks.keepQuotesWithWords(document);
    Element p = (Element) document.getElementsByTagNameNS("*", "p").item(0);
    Element span = (Element) p.getElementsByTagNameNS("*", "span").item(0);
    assertEquals("”Digitalt", span.getTextContent());
    assertEquals("white-space: nowrap", span.getAttribute("style"));
    assertEquals("och möta kravet om ”Digitalt först”.", p.getTextContent());
  }

  @Test
  void leavesAClosingQuoteAlone() throws VpException {
    Document document = parse("<p>först” och sedan</p>");
    LineBreaks.keepQuotesWithWords(document);
    assertEquals(0, document.getElementsByTagNameNS("*", "span").getLength());
  }
}
