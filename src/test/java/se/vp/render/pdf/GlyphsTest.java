package se.vp.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import se.vp.diagnostic.VpException;
import se.vp.render.writer.Xhtml;

class GlyphsTest {

  private static Document parse(String body) throws VpException {
    return Xhtml.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>p::before { content: '⇒'; }</style>"
        + "</head><body>" + body + "</body></html>", "test");
  }

  @Test
  void setsOnlyWhatTheMainFontsLackInTheFallbackFont() throws VpException {
    Document document = parse("<p>effekt 2026 ⇒ åtgärdskrav, ✓✓ klart</p>");
    Glyphs.useFallback(document);
    Element p = (Element) document.getElementsByTagNameNS("*", "p").item(0);
    var spans = p.getElementsByTagNameNS("*", "span");
    assertEquals(2, spans.getLength());
    assertEquals("⇒", spans.item(0).getTextContent());
    assertEquals("✓✓", spans.item(1).getTextContent());
    assertEquals("font-family: 'DejaVu Sans'", ((Element) spans.item(0)).getAttribute("style"));
    assertEquals("effekt 2026 ⇒ åtgärdskrav, ✓✓ klart", p.getTextContent());
  }

  @Test
  void leavesStylesAndSvgToTheirOwnFonts() throws VpException {
    Document document = parse("<svg xmlns=\"http://www.w3.org/2000/svg\"><text>⇒</text></svg>");
    Glyphs.useFallback(document);
    assertEquals(0, document.getElementsByTagNameNS("*", "span").getLength());
  }

  @Test
  void refusesACharacterNoFontHasAndSaysWhereItStands() throws VpException {
    Document document = parse("<p>Ett mål \uE000 för regionen</p>");
    VpException e = assertThrows(VpException.class, () -> Glyphs.requirePrintable(document, "templates/x.ftlx"));
    assertEquals("templates/x.ftlx: fel: mallen skriver tecknet U+E000 (PRIVATE USE AREA E000), som inte finns i"
        + " typsnitten som PDF:en skrivs med: \"Ett mål \uE000 för regionen\""
        + " – byt ut tecknet eller ta bort det [VP303]",
        e.diagnostic().format());
  }
}
