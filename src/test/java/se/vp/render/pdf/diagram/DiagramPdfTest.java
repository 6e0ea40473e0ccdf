package se.vp.render.pdf.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.vp.PdfConformance;
import se.vp.render.pdf.diagram.PdfFacts.Glyph;

/**
 * The diagrams as a committee gets them: on a slide of the deck, through the PDF writer. Each is
 * one Figure that a screen reader reads by its alt text, drawn as vectors and text, valid PDF/UA-1
 * and PDF/A-2a, with no text drawn over other text.
 */
class DiagramPdfTest {

  private static final List<String> EXAMPLES = List.of("vattenfall", "delar", "staplar", "serie", "serie-ett-ar");

  /** Figures and labels each example must show, as the template wrote them. */
  private static final Map<String, List<String>> SHOWN = Map.of(
      "vattenfall", List.of("146,8", "+4,6", "151,3", "Ramanslag 2025", "Ramanslag 2026", "Mnkr"),
      "delar", List.of("4 613", "2 665", "9 225", "16 503", "Resor och konferens", "kr/åa"),
      "staplar", List.of("38,2", "9,7", "Näringslivsutveckling", "Välfärd och folkhälsa"),
      "serie", List.of("2020", "2024", "7,2", "Mål 6,3–6,1 %", "Ska minska", "Örebro län", "Jönköping",
          "Värmland"),
      "serie-ett-ar", List.of("2024", "6,5", "Mål 6,3–6,1 %", "Ska minska"));

  @ParameterizedTest
  @ValueSource(strings = {"vattenfall", "delar", "staplar", "serie", "serie-ett-ar"})
  void isOneFigureWithTheAltTextAndNothingTaggedFromTheFallbackContent(String example) throws Exception {
    String xhtml = Slides.example(example);
    try (PDDocument document = Loader.loadPDF(Slides.pdf(xhtml))) {
      List<PDStructureElement> elements = PdfFacts.structure(document);
      List<PDStructureElement> figures = elements.stream().filter(e -> e.getStructureType().equals("Figure")).toList();
      assertEquals(1, figures.size());
      assertEquals(alt(xhtml), figures.get(0).getAlternateDescription());
      assertTrue(figures.get(0).getKids().stream().noneMatch(k -> k instanceof PDStructureElement));
      List<String> types = elements.stream().map(PDStructureElement::getStructureType).distinct().sorted().toList();
      assertEquals(List.of("Div", "Document", "Figure", "H1"), types, "no list or paragraph from the fallback content");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"vattenfall", "delar", "staplar", "serie", "serie-ett-ar"})
  void drawsItsFiguresAndLabelsAsTextAndItsShapesAsVectors(String example) throws Exception {
    try (PDDocument document = Loader.loadPDF(Slides.pdf(Slides.example(example)))) {
      String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
      for (String shown : SHOWN.get(example)) {
        assertTrue(text.contains(shown), example + " shows " + shown + " in:\n" + text);
      }
      assertEquals(0, PdfFacts.images(document), "no bitmaps");
      assertFalse(PdfFacts.formFillColours(document).isEmpty(), "shapes filled as paths");
    }
  }

  /** At the size of the examples, at the full width of a slide, and in a small column. */
  @ParameterizedTest
  @CsvSource({"vattenfall, 150mm, 80mm", "delar, 150mm, 80mm", "staplar, 150mm, 80mm", "serie, 150mm, 80mm",
      "serie-ett-ar, 150mm, 80mm", "vattenfall, 100%, 100mm", "delar, 100%, 100mm", "staplar, 100%, 100mm",
      "serie, 100%, 100mm", "vattenfall, 100mm, 60mm", "delar, 100mm, 60mm", "staplar, 100mm, 60mm",
      "serie, 100mm, 60mm", "serie-ett-ar, 100mm, 60mm"})
  void drawsNoTextOverOtherText(String example, String width, String height) throws Exception {
    try (PDDocument document = Loader.loadPDF(Slides.pdf(sized(example, width, height)))) {
      assertEquals(List.of(), overlaps(PdfFacts.glyphs(document)));
    }
  }

  /** Only a diagram smaller than a template would make cuts a label short. */
  @ParameterizedTest
  @CsvSource({"vattenfall, 150mm, 80mm", "delar, 150mm, 80mm", "staplar, 150mm, 80mm", "serie, 150mm, 80mm",
      "serie-ett-ar, 150mm, 80mm", "vattenfall, 100%, 100mm", "delar, 100%, 100mm", "staplar, 100%, 100mm",
      "serie, 100%, 100mm", "delar, 100mm, 60mm"})
  void cutsNoTextShort(String example, String width, String height) throws Exception {
    try (PDDocument document = Loader.loadPDF(Slides.pdf(sized(example, width, height)))) {
      String text = new PDFTextStripper().getText(document);
      assertFalse(text.contains("…"), text);
    }
  }

  private static String sized(String example, String width, String height) {
    return Slides.example(example).replace("width: 150mm; height: 80mm", "width: " + width + "; height: " + height);
  }

  @ParameterizedTest
  @ValueSource(strings = {"vattenfall", "delar", "staplar", "serie", "serie-ett-ar"})
  void conformsToPdfA2aAndPdfUa1(String example) throws Exception {
    PdfConformance.assertConforms(Slides.pdf(Slides.example(example)), example);
  }

  /** As the page's text does: ⇒ in DejaVu Sans of the label's weight, the rest in Liberation Sans. */
  @Test
  void drawsACharacterLiberationLacksInDejaVuSans() throws Exception {
    String bars = Slides.example("staplar").replace(">Folkhögskolor<", ">Folkhögskolor ⇒ bildning<")
        .replace("data-text=\"27,9\"", "data-text=\"27,9 ⇒\"");
    byte[] pdf = Slides.pdf(bars);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Folkhögskolor ⇒ bildning"), text);
      assertTrue(text.contains("27,9 ⇒"), text);
      assertFalse(text.contains("?"), text);
      List<Glyph> glyphs = PdfFacts.glyphs(document);
      List<String> arrows = glyphs.stream().filter(g -> g.text().equals("⇒")).map(Glyph::font).toList();
      assertEquals(2, arrows.size());
      assertTrue(arrows.stream().anyMatch(font -> font.endsWith("+DejaVuSans")), arrows.toString());
      assertTrue(arrows.stream().anyMatch(font -> font.endsWith("+DejaVuSans-Bold")), arrows.toString());
      assertTrue(glyphs.stream().filter(g -> !g.text().equals("⇒"))
          .allMatch(g -> g.font().contains("+LiberationSans")), glyphs.toString());
      assertEquals(List.of(), overlaps(glyphs));
    }
    PdfConformance.assertConforms(pdf, "⇒");
  }

  @Test
  void writesTheSameBytesEveryTime() throws Exception {
    String all = String.join("\n", EXAMPLES.stream().map(Slides::example).toList());
    assertArrayEquals(Slides.pdf(all), Slides.pdf(all));
  }

  @Test
  void takesItsMainColourFromTheColourSetOnTheDiagramInCss() throws Exception {
    String bars = Slides.example("staplar");
    try (PDDocument themed = Loader.loadPDF(Slides.pdf(bars));
        PDDocument restyled = Loader.loadPDF(Slides.pdf(bars.replace("style=\"", "style=\"color: #8b1a1a; ")));
        PDDocument inherited = Loader.loadPDF(Slides.pdf("<div style=\"color: #8b1a1a\">" + bars + "</div>"))) {
      assertTrue(PdfFacts.formFillColours(themed).contains("#0b3d5c"));
      assertTrue(PdfFacts.formFillColours(restyled).contains("#8b1a1a"));
      assertFalse(PdfFacts.formFillColours(restyled).contains("#0b3d5c"));
      assertEquals(PdfFacts.formFillColours(themed), PdfFacts.formFillColours(inherited),
          "the colour of the text around is not the bars'");
    }
  }

  @Test
  void anObjectWithoutAltTextShowsItsFallbackContentInstead() throws Exception {
    String xhtml = Slides.example("staplar").replaceFirst("alt=\"[^\"]*\"", "");
    byte[] pdf = Slides.pdf(xhtml);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> types = PdfFacts.structure(document).stream().map(PDStructureElement::getStructureType).toList();
      assertFalse(types.contains("Figure"));
      assertTrue(types.contains("LI"));
    }
    PdfConformance.assertConforms(pdf, "without alt");
  }

  static List<String> overlaps(List<Glyph> glyphs) {
    List<String> overlaps = new ArrayList<>();
    for (int i = 0; i < glyphs.size(); i++) {
      for (int j = i + 1; j < glyphs.size(); j++) {
        if (glyphs.get(i).overlaps(glyphs.get(j))) {
          overlaps.add(glyphs.get(i) + " over " + glyphs.get(j));
        }
      }
    }
    return overlaps;
  }

  private static String alt(String xhtml) {
    String alt = xhtml.substring(xhtml.indexOf("alt=\"") + 5);
    return alt.substring(0, alt.indexOf('"'));
  }
}
