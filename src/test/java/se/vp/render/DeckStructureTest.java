package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.vp.Validation;
import se.vp.model.Plan;
import se.vp.model.ResolvedPlan;
import se.vp.render.ReadingOrder.Element;
import se.vp.render.pdf.PdfWriter;
import se.vp.render.writer.TemplateOutput;
import se.vp.render.writer.Xhtml;
import se.vp.view.PlanViews;
import se.vp.view.TemplateModel;

/**
 * The committed plan's deck as a screen reader meets it: its structure tree, in which the title
 * comes first, every slide opens with its heading, no heading level is skipped, only tables of
 * figures are tables, every chart says its figures in words, and the stamp, the footer and the
 * slide number are no content.
 */
class DeckStructureTest {

  private static final String FOOTER = "Region Örebro län · Regional tillväxtnämnd · Verksamhetsplan med budget 2026";

  static String xhtml;
  static List<Element> elements;
  static List<String> artifacts;

  @BeforeAll
  static void renderTheDeck() throws Exception {
    Plan plan = Validation.of(Path.of("plan-source"), Path.of("")).plan().orElseThrow();
    xhtml = new Templates(Path.of("templates"), "templates").render("bildspel.ftlx",
        TemplateModel.of(PlanViews.of(ResolvedPlan.of(plan))));
    byte[] pdf = new PdfWriter(Path.of("templates"), "templates", false).write(new TemplateOutput("bildspel.ftlx",
        "bildspel", xhtml, Xhtml.parse(xhtml, "bildspel.ftlx"), Instant.EPOCH)).get(0).bytes();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      elements = ReadingOrder.elements(document);
      artifacts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        artifacts.add(artifactText(page));
      }
    }
  }

  @Test
  void theTitleComesFirstAndIsTheOnlyFirstLevelHeading() {
    List<Element> headings = headings();
    assertEquals("H1", headings.get(0).type());
    assertTrue(headings.get(0).text().contains("Verksamhetsplan med budget 2026"), headings.get(0).text());
    assertEquals(1, headings.stream().filter(h -> h.type().equals("H1")).count());
  }

  @Test
  void noHeadingLevelIsSkipped() {
    int level = 0;
    for (Element heading : headings()) {
      int next = heading.type().charAt(1) - '0';
      assertTrue(next <= level + 1, heading.type() + " \"" + heading.text() + "\" after a heading of level " + level);
      level = next;
    }
  }

  @Test
  void everySlideOpensWithItsHeading() {
    int slides = 0;
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i).type().equals("Sect")) {
        slides++;
        Element first = elements.get(i + 1);
        assertTrue(first.type().matches("H[12]"), "bild " + slides + " opens with " + first.type() + ": " + first.text());
      }
    }
    assertEquals(count("<div class=\"bild "), slides);
  }

  @Test
  void theStampTheFooterAndTheSlideNumberAreNoContentButAreOnEverySlide() {
    String content = elements.get(0).text();
    assertFalse(content.contains(FOOTER), "the footer is read as content");
    assertFalse(content.contains("FÖRSLAG"), "the stamp is read as content");
    for (int page = 0; page < artifacts.size(); page++) {
      String furniture = artifacts.get(page);
      assertTrue(furniture.contains(FOOTER) && furniture.contains("FÖRSLAG") && furniture.contains(String.valueOf(page + 1)),
          "bild " + (page + 1) + ": " + furniture);
    }
  }

  @Test
  void onlyTablesOfFiguresAreTablesAndEachHasItsHeaders() {
    List<Element> tables = elements.stream().filter(e -> e.type().equals("Table")).toList();
    assertEquals(count("<table"), tables.size(), "columns and the timeline are laid out, not tables");
    assertEquals(count("<th "), elements.stream().filter(e -> e.type().equals("TH")).count());
  }

  @Test
  void everyChartSaysItsFiguresInWords() {
    List<Element> figures = elements.stream().filter(e -> e.type().equals("Figure")).toList();
    assertEquals(count("<object"), figures.size());
    figures.forEach(f -> assertTrue(f.alt() != null && f.alt().length() > 20, "a chart without its figures: " + f.alt()));
  }

  private static List<Element> headings() {
    return elements.stream().filter(e -> e.type().matches("H[1-6]")).toList();
  }

  private static long count(String tag) {
    return Pattern.compile(Pattern.quote(tag)).matcher(xhtml).results().count();
  }

  private static String artifactText(PDPage page) throws IOException {
    return ReadingOrder.artifactText(page).replace('\u00a0', ' ');
  }
}
