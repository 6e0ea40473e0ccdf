package se.vp.render.pdf.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import se.vp.diagnostic.VpException;
import se.vp.render.diagram.Diagram.Bar;
import se.vp.render.diagram.Diagram.Line;
import se.vp.render.diagram.Diagram.Point;
import se.vp.render.diagram.Diagram.Step;
import se.vp.render.diagram.Diagram.Target;
import se.vp.render.diagram.Diagram;
import se.vp.render.diagram.DiagramReader;
import se.vp.render.writer.Xhtml;

/** The contract between the templates and the drawing (and the PowerPoint charts), read leniently: what cannot be drawn is left out. */
class DiagramReaderTest {

  @Test
  void readsAWaterfallAsTheTemplateWritesIt() throws VpException {
    Diagram.Waterfall waterfall = (Diagram.Waterfall) read(Slides.example("vattenfall")).orElseThrow();
    assertEquals("Mnkr", waterfall.unit());
    assertEquals(List.of(
        new Step("Ramanslag 2025", 146.8, "146,8", Step.Kind.VALUE),
        new Step("Indexuppräkning 3,1 %", 4.6, "+4,6", Step.Kind.INCREASE),
        new Step("Ramanslag 2026", 151.3, "151,3", Step.Kind.TOTAL)), waterfall.steps());
  }

  @Test
  void readsPartsAndTheirWhole() throws VpException {
    Diagram.Parts parts = (Diagram.Parts) read(Slides.example("delar")).orElseThrow();
    assertEquals(List.of(4613.0, 2665.0, 9225.0), parts.parts().stream().map(Bar::value).toList());
    assertEquals(Optional.of(new Bar("Schablonanslag per årsarbetare", 16503, "16\u00a0503")), parts.whole());
  }

  @Test
  void readsASeriesWithItsComparisonsTargetAndDirection() throws VpException {
    Diagram.Series series = (Diagram.Series) read(Slides.example("serie")).orElseThrow();
    assertEquals(List.of("Örebro län", "Jönköping", "Värmland"), series.lines().stream().map(Line::name).toList());
    assertEquals(List.of(true, false, false), series.lines().stream().map(Line::own).toList());
    assertEquals(List.of(2020, 2021, 2022, 2023, 2024), series.years());
    assertEquals(Optional.of(new Target(6.3, 6.1, "Mål 6,3–6,1 %")), series.target());
    assertEquals(6.1, series.target().get().low());
    assertEquals(Optional.of(new Diagram.Direction(false, "Ska minska")), series.direction());
  }

  @Test
  void leavesOutAnItemWhoseFigureIsNotAPlainDecimal() throws VpException {
    String items = "";
    for (String value : List.of("", "abc", "1,5", "1e3", "NaN", "Infinity", "-", "0x10", "12345678901234567", " 7 ")) {
      items += "<li data-varde='" + value + "' data-text='t'>" + value + "</li>";
    }
    Diagram.Bars bars =
        (Diagram.Bars) read(object("staplar", "<ul data-roll='staplar'>" + items + "</ul>")).orElseThrow();
    assertEquals(List.of(new Bar("7", 7, "t")), bars.bars());
  }

  @Test
  void writesAFigureTheTemplateLeftUnwrittenTheSwedishWay() throws VpException {
    Diagram.Bars bars = (Diagram.Bars) read(object("staplar",
        "<ul data-roll='staplar'><li data-varde='-2.30'>Fellingsbro</li><li data-varde='16503'>Schablon</li></ul>"))
        .orElseThrow();
    assertEquals(List.of("−2,30", "16\u00a0503"), bars.bars().stream().map(Bar::text).toList());
  }

  @Test
  void isNoDiagramWithoutAnythingToDraw() throws VpException {
    assertEquals(Optional.empty(), read(object("staplar", "")));
    assertEquals(Optional.empty(), read(object("staplar", "<ul data-roll='staplar'></ul>")));
    assertEquals(Optional.empty(), read(object("staplar", "<ul><li data-varde='1'>utan roll</li></ul>")));
    assertEquals(Optional.empty(), read(object("cirkel", "<ul data-roll='staplar'><li data-varde='1'>x</li></ul>")));
    assertEquals(Optional.empty(), read(object("delar", "<ul data-roll='staplar'><li data-varde='-1'>x</li>"
        + "<li data-varde='0'>y</li><li data-varde='5' data-slag='summa'>z</li></ul>")));
    assertEquals(Optional.empty(), read(object("serie", "<ul data-roll='serie'><li data-ar='tjugo' data-varde='1'/>"
        + "<li data-ar='2024'/></ul><p data-roll='mal' data-fran='1'>Mål</p>")));
  }

  @Test
  void aSeriesKeepsTheFirstPointOfEveryYearInOrder() throws VpException {
    Diagram.Series series = (Diagram.Series) read(object("serie", "<ul data-roll='serie' data-egen='ja'>"
        + "<li data-ar='2024' data-varde='3'/><li data-ar='2022' data-varde='1'/>"
        + "<li data-ar='2024' data-varde='9'/><li data-ar='22' data-varde='5'/></ul>")).orElseThrow();
    assertEquals(List.of(new Point(2022, 1, "1"), new Point(2024, 3, "3")), series.lines().get(0).points());
  }

  @Test
  void aTargetWithOneBoundIsALine() throws VpException {
    Diagram.Series series = (Diagram.Series) read(object("serie", "<ul data-roll='serie'><li data-ar='2024' "
        + "data-varde='76'/></ul><p data-roll='mal' data-till='80'>Mål 80</p>")).orElseThrow();
    assertEquals(Optional.of(new Target(80, 80, "Mål 80")), series.target());
  }

  @Test
  void capsWhatATemplateCanAskToBeDrawn() throws VpException {
    String label = "x".repeat(10_000);
    Diagram.Bars bars = (Diagram.Bars) read(object("staplar", "<ul data-roll='staplar'>"
        + ("<li data-varde='1'>" + label + "</li>").repeat(1000) + "</ul>")).orElseThrow();
    assertTrue(bars.bars().size() <= 40);
    assertTrue(bars.bars().get(0).label().length() <= 200);
  }

  @Test
  void readsALabelOnOneLine() throws VpException {
    Diagram.Bars bars = (Diagram.Bars) read(object("staplar", "<ul data-roll='staplar'><li data-varde='1'>\n"
        + "   Kultur och\n   ideell sektor\t</li></ul>")).orElseThrow();
    assertEquals("Kultur och ideell sektor", bars.bars().get(0).label());
  }

  static String object(String kind, String content) {
    return "<object type='application/x-vp-diagram' data-typ='" + kind + "' alt='x'>" + content + "</object>";
  }

  static Optional<Diagram> read(String object) throws VpException {
    String xhtml = "<html xmlns='http://www.w3.org/1999/xhtml'><body>" + object + "</body></html>";
    Element element = (Element) Xhtml.parse(xhtml, "diagram.ftlx").getElementsByTagNameNS("*", "object").item(0);
    return DiagramReader.read(element);
  }
}
