package se.vp.render.webb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.VpException;
import se.vp.render.diagram.Diagram;
import se.vp.render.pdf.diagram.DiagramSvg;
import se.vp.render.writer.OutputFile;
import se.vp.render.writer.TemplateOutput;
import se.vp.render.writer.Xhtml;

/** The web writer on small documents: how it splits, links, draws, and what of a hostile template it leaves out. */
class WebWriterTest {

  @TempDir Path templates;

  private Map<String, String> write(String body) throws Exception {
    Files.writeString(templates.resolve(WebWriter.STYLESHEET), "body { color: #000; }");
    String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"sv\"><head><title>Planen</title></head><body>"
        + body + "</body></html>";
    TemplateOutput document = new TemplateOutput("webb.ftlx", "webb", xhtml, Xhtml.parse(xhtml, "webb.ftlx"),
        Instant.EPOCH);
    Map<String, String> files = new LinkedHashMap<>();
    for (OutputFile file : new WebWriter(templates, "templates").write(document)) {
      files.put(file.name(), new String(file.bytes(), StandardCharsets.UTF_8));
    }
    return files;
  }

  @Test
  void eachSectionIsAPageWithWhatStandsAroundThePagesOnEveryOneAndLinksLeadingToThePageOfTheirId() throws Exception {
    Map<String, String> files = write("<header>Huvud</header><nav><a href=\"#start\">Start</a>"
        + " <a href=\"#m-4\">Fyra</a></nav>"
        + "<section class=\"sida\" id=\"start\"><h1>Start</h1><a href=\"#punkt\">till punkten</a></section>"
        + "<section class=\"sida\" id=\"m-4\" data-titel=\"Målsättning 4\"><h1>Fyra</h1><p id=\"punkt\">x</p>"
        + "<a href=\"#punkt\">hit</a></section><footer>Fot</footer>");
    assertEquals(List.of("webb/index.html", "webb/m-4.html", "webb/webb.css"), List.copyOf(files.keySet()));
    String index = files.get("webb/index.html");
    String page = files.get("webb/m-4.html");
    assertTrue(index.startsWith("<!DOCTYPE html>\n<html lang=\"sv\">"), index);
    assertTrue(index.contains("<title>Planen</title>"), index);
    assertTrue(page.contains("<title>Målsättning 4 – Planen</title>"), page);
    for (String html : List.of(index, page)) {
      assertTrue(html.contains("<a class=\"hoppa\" href=\"#sidans-innehall\">Hoppa till sidans innehåll</a>"), html);
      assertTrue(html.contains("<header>Huvud</header>") && html.contains("<footer>Fot</footer>"), html);
      assertTrue(html.indexOf("<header>") < html.indexOf("<main id=\"sidans-innehall\">"), html);
    }
    assertTrue(index.contains("<a href=\"index.html\" aria-current=\"page\">Start</a>"), index);
    assertTrue(index.contains("<a href=\"m-4.html\">Fyra</a>"), index);
    assertTrue(index.contains("<a href=\"m-4.html#punkt\">till punkten</a>"), index);
    assertTrue(page.contains("<a href=\"m-4.html\" aria-current=\"page\">Fyra</a>"), page);
    assertTrue(page.contains("<a href=\"#punkt\">hit</a>"), page);
    assertEquals("body { color: #000; }", files.get("webb/webb.css"));
  }

  @Test
  void leavesOutWhateverWouldRunOrLoadSomethingInTheReadersBrowser() throws Exception {
    Map<String, String> files = write("<section class=\"sida\" id=\"start\"><h1 onclick=\"alert(1)\">Start</h1>"
        + "<script>alert(2)</script><iframe src=\"https://example.com\"></iframe><style>body{}</style>"
        + "<a href=\"javascript:alert(3)\">a</a><a href=\" JaVaScRiPt:alert(4)\">b</a>"
        + "<a href=\"data:text/html,x\">c</a><a href=\"#finns-inte\">d</a>"
        + "<a href=\"https://example.com/x?a=1&amp;b=2\">e</a>"
        + "<a href=\"mailto:a@example.com\">f</a><img src=\"https://example.com/spår.png\" alt=\"spår\"/>"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(5)</script></svg>"
        + "<object type=\"text/html\" data=\"https://example.com\"></object><p>&lt;script&gt; som text</p></section>");
    String index = files.get("webb/index.html");
    for (String gone : List.of("alert", "<script", "<iframe", "<style", "javascript", "JaVaScRiPt", "data:", "<svg",
        "<object", "src=", "onclick")) {
      assertFalse(index.contains(gone), gone + " in " + index);
    }
    assertTrue(index.contains("<a>d</a>"), index);
    assertTrue(index.contains("<a href=\"https://example.com/x?a=1&amp;b=2\">e</a>"), index);
    assertTrue(index.contains("<a href=\"mailto:a@example.com\">f</a>"), index);
    assertTrue(index.contains("<p>&lt;script&gt; som text</p>"), index);
  }

  @Test
  void namesPagesBySafeAsciiSlugsOfTheirIdsEachOnce() throws Exception {
    Map<String, String> files = write("<section class=\"sida\" id=\"x\"><h1>a</h1></section>"
        + "<section class=\"sida\" id=\"../../etc/passwd\"><h1>b</h1></section>"
        + "<section class=\"sida\" id=\"Målsättning 4.1\"><h1>c</h1></section>"
        + "<section class=\"sida\" id=\"målsättning-4-1\"><h1>d</h1></section>"
        + "<section class=\"sida\" id=\"index\"><h1>e</h1></section>"
        + "<section class=\"sida\"><h1>f</h1></section>"
        + "<section class=\"sida\" id=\"" + "å".repeat(500) + "\"><h1>g</h1></section>");
    assertEquals(List.of("webb/index.html", "webb/etc-passwd.html", "webb/malsattning-4-1.html",
        "webb/malsattning-4-1-2.html", "webb/sida-5.html", "webb/sida-6.html", "webb/" + "a".repeat(60) + ".html",
        "webb/webb.css"), List.copyOf(files.keySet()));
  }

  @Test
  void aDiagramIsAnSvgWithTitleDescriptionAndItsFiguresAsATableAndWithoutAltTextOnlyTheTable() throws Exception {
    String items = "<ul data-roll=\"staplar\"><li data-varde=\"146.8\" data-slag=\"varde\" data-text=\"146,8\">"
        + "Ramanslag 2025</li><li data-varde=\"4.6\" data-slag=\"okning\" data-text=\"+4,6\">Index</li></ul>";
    Map<String, String> files = write("<section class=\"sida\" id=\"e\"><h1>Ekonomi</h1>"
        + "<object type=\"application/x-vp-diagram\" class=\"diagram hojd-90\" data-typ=\"vattenfall\""
        + " data-enhet=\"Mnkr\""
        + " alt=\"Ramanslag netto &lt;b&gt;\" data-rubrik=\"Ramanslaget\">" + items + "</object>"
        + "<object type=\"application/x-vp-diagram\" data-typ=\"vattenfall\" data-enhet=\"Mnkr\">" + items
        + "</object></section>");
    String page = files.get("webb/index.html");
    assertEquals(1, page.split("<svg", -1).length - 1, page);
    assertTrue(page.contains("role=\"img\" aria-labelledby=\"diagram-1-titel diagram-1-beskrivning\">"
        + "<title id=\"diagram-1-titel\">Ramanslag netto &lt;b&gt;</title>"
        + "<desc id=\"diagram-1-beskrivning\">Ramanslag 2025: 146,8 Mnkr. Index: +4,6 Mnkr.</desc>"), page);
    assertTrue(page.contains("<figcaption>Ramanslaget</figcaption>"), page);
    assertTrue(page.contains("<th scope=\"col\">Belopp (Mnkr)</th>"), page);
    assertTrue(page.contains("<tr><th scope=\"row\">Index</th><td>+4,6</td></tr>"), page);
    assertEquals(2, page.split("<table>", -1).length - 1, "the diagram without alt text is its table: " + page);
  }

  @Test
  void refusesASiteThatWouldGrowWithTheSquareOfItsPages() {
    String tooMany = "<section class=\"sida\" id=\"s\"><h1>s</h1></section>".repeat(WebWriter.MAX_PAGES + 1);
    VpException many = assertThrows(VpException.class, () -> write(tooMany));
    assertEquals(Code.VP307, many.diagnostic().code());
    assertTrue(many.diagnostic().message().contains("fler än 1000 sidor"), many.diagnostic().message());
    String nav = "<nav>" + "<p>innehåll</p>".repeat(100_000) + "</nav>";
    VpException large = assertThrows(VpException.class,
        () -> write(nav + "<section class=\"sida\" id=\"s\"><h1>s</h1></section>".repeat(50)));
    assertEquals(Code.VP307, large.diagnostic().code());
  }

  @Test
  void aSeriesDescriptionNamesEachLineAndItsUnitOnce() {
    Figures figures = Figures.of(new Diagram.Series("%", List.of(
        new Diagram.Line("Region Örebro län", true, List.of(new Diagram.Point(2023, 80, "80"),
            new Diagram.Point(2024, 84, "84"))),
        new Diagram.Line("Jönköping", false, List.of(new Diagram.Point(2024, 81, "81")))),
        Optional.of(new Diagram.Target(90, 100, "Mål 90–100 %")), Optional.empty()));
    assertEquals("2023: Region Örebro län 80\u00a0%, Jönköping –. "
        + "2024: Region Örebro län 84\u00a0%, Jönköping 81\u00a0%. Mål 90–100 %.", figures.sentence());
    assertEquals(List.of("År", "Region Örebro län (%)", "Jönköping (%)"), figures.header());
  }

  @Test
  void theSvgOfADiagramIsTheSameTextEveryTimeWithItsTextAsText() {
    Diagram diagram = new Diagram.Bars("Mnkr", List.of(new Diagram.Bar("Näringsliv", 12.5, "12,5"),
        new Diagram.Bar("Kultur ⇒ allt", 3, "3,0")));
    String first = DiagramSvg.of(diagram, 660, 200, "d1");
    assertEquals(first, DiagramSvg.of(diagram, 660, 200, "d1"));
    assertTrue(first.startsWith("<svg"), first);
    assertTrue(first.contains(">Näringsliv</text>"), first);
    assertTrue(first.contains("font-family: Liberation Sans, Arial"), first);
    assertFalse(first.contains("'Liberation"), "a quote would end JFreeSVG's single-quoted style: " + first);
    assertTrue(first.contains("viewBox='0 0 660 200'") && !first.contains("jfreesvg"), first);
    assertEquals(Optional.empty(), Optional.of(first).filter(s -> s.matches("(?s).*id=\"_\\d{6,}.*")));
  }
}
