package se.vp.render.pdf.diagram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import se.vp.PdfConformance;
import se.vp.render.diagram.Diagram;

/**
 * Templates come from pull requests, so a diagram's data may be anything: missing, unparsable,
 * negative, huge, gapped, absurdly long. Whatever it is, reading and drawing never throw, never
 * hang, and never write a coordinate a PDF cannot hold; what cannot be drawn is left out. Random
 * elements are drawn straight into the PDF's Graphics2D, from a fixed seed so CI is reproducible;
 * a few hand-picked ones go the whole way through the PDF writer and veraPDF.
 */
class BadDataTest {

  private static final List<String> FIGURES = List.of("", "1", "-1", "0", "146.8", "4.6", "-2.3", "16503",
      "9999999999999999", "-9999999999999999", "0.000000000001", "1e9", "abc", "NaN", "Infinity", "1,5", " 12 ");
  private static final List<String> TEXTS = List.of("", "146,8", "+4,6", "−2,3", "16\u00a0503", "Ramanslag 2025",
      "Kompetensförsörjning och utbildning", "x".repeat(300), "漢字", "שלום", "a\tb\nc", "&amp;",
      "Lönekostnadsökningar");
  private static final List<String> KINDS = List.of("vattenfall", "delar", "staplar", "serie", "", "cirkel");
  private static final List<String> SLAG = List.of("varde", "okning", "minskning", "summa", "del", "", "x");
  private static final List<String> YEARS =
      List.of("2020", "2021", "2022", "2023", "2024", "", "x", "0000", "9999", "24");

  // Random cases only: the pools above are the edge cases; jqwik's combinations of them would outnumber the tries.
  @Property(tries = 300, seed = "20261130", edgeCases = EdgeCasesMode.NONE)
  void drawsWhatItCanOfAnyDataAndNeverThrows(@ForAll("objects") String object, @ForAll("sizes") float width,
      @ForAll("sizes") float height) {
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      Optional<Diagram> diagram = DiagramReaderTest.read(object);
      if (diagram.isPresent()) {
        String content = draw(diagram.get(), width, height);
        assertFalse(content.contains("NaN") || content.contains("Infinity"), content);
      }
    });
  }

  /** Every example at every width and a few heights: a layout that runs out of room draws less, never loops. */
  @Test
  void drawsEveryExampleAtEverySize() {
    Graphics2D graphics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (String example : List.of("vattenfall", "delar", "staplar", "serie", "serie-ett-ar")) {
        Diagram diagram = DiagramReaderTest.read(Slides.example(example)).orElseThrow();
        for (double width = 1; width <= 500; width += 1) {
          for (double height : new double[] {20, 60, 120, 227, 400}) {
            DiagramDrawer.paint(diagram, new Canvas(graphics, width, height, Palette.of(Palette.THEME)));
          }
        }
      }
    });
  }

  @Test
  void badDataOnASlideStillMakesAValidPdf() throws Exception {
    String slide = String.join("\n",
        DiagramReaderTest.object("staplar",
            "<ul data-roll='staplar'><li>utan värde</li><li data-varde='x'>x</li></ul>"),
        DiagramReaderTest.object("vattenfall", "<ul data-roll='staplar'><li data-varde='-9999999999999999' "
            + "data-slag='minskning'>stort</li><li data-varde='9999999999999999' data-slag='summa'>summa</li></ul>"),
        DiagramReaderTest.object("delar", "<ul data-roll='staplar'><li data-varde='-3'>negativ</li>"
            + "<li data-varde='0.000000000001'>liten</li><li data-varde='9999999999999999'>stor</li></ul>"),
        DiagramReaderTest.object("serie", "<ul data-roll='serie' data-egen='ja' data-namn='Län'><li data-ar='2020' "
            + "data-varde='1'/><li data-ar='2024' data-varde='x'/><li data-ar='2023' data-varde='3'/></ul>"
            + "<ul data-roll='serie'><li data-ar='2021' data-varde='-5' data-text='漢字'/></ul>"
            + "<p data-roll='mal' data-fran='x' data-till='2'>Mål</p>"
            + "<p data-roll='riktning' data-riktning='upp'>?</p>"),
        DiagramReaderTest.object("serie", ""))
        .replace("alt='x'", "alt='x' style='display: block; width: 60mm; height: 30mm'");
    PdfConformance.assertConforms(Slides.pdf(slide), "bad data");
  }

  @Test
  void aDiagramWithoutASizeDrawsNothing() throws Exception {
    String unsized = Slides.example("staplar").replaceFirst("style=\"[^\"]*\"", "");
    PdfConformance.assertConforms(Slides.pdf(unsized), "no size");
  }

  /** The drawing's content stream, drawn as the PDF writer draws it, but with text as outlines. */
  private static String draw(Diagram diagram, float width, float height) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, width, height);
      DiagramDrawer.paint(diagram, new Canvas(graphics, width, height, Palette.of(Palette.THEME)));
      graphics.dispose();
      return new String(graphics.getXFormObject().getContentStream().toByteArray(), StandardCharsets.ISO_8859_1);
    }
  }

  @Provide
  Arbitrary<Float> sizes() {
    return Arbitraries.of(0.5f, 1f, 12f, 120f, 425f, 2000f);
  }

  @Provide
  Arbitrary<String> objects() {
    Arbitrary<String> item = Combinators.combine(Arbitraries.of(FIGURES), Arbitraries.of(TEXTS), Arbitraries.of(SLAG),
        Arbitraries.of(YEARS), Arbitraries.of(TEXTS)).as((figure, text, slag, year, label) ->
        "<li data-varde='" + figure + "' data-text='" + text + "' data-slag='" + slag + "' data-ar='" + year + "'>"
            + label + "</li>");
    Arbitrary<String> list = Combinators.combine(Arbitraries.of("staplar", "serie", ""),
        Arbitraries.of("ja", "nej", ""), Arbitraries.of(TEXTS), item.list().ofMaxSize(45))
        .as((role, own, name, items) -> "<ul data-roll='" + role + "' data-egen='" + own + "' data-namn='" + name
            + "'>" + String.join("", items) + "</ul>");
    Arbitrary<String> target = Combinators.combine(Arbitraries.of(FIGURES), Arbitraries.of(FIGURES),
        Arbitraries.of(TEXTS)).as((from, to, text) ->
        "<p data-roll='mal' data-fran='" + from + "' data-till='" + to + "'>" + text + "</p>");
    Arbitrary<String> direction = Combinators.combine(Arbitraries.of("öka", "minska", "", "upp"),
        Arbitraries.of(TEXTS)).as((way, text) -> "<p data-roll='riktning' data-riktning='" + way + "'>" + text
            + "</p>");
    Arbitrary<String> child = Arbitraries.oneOf(list, list, list, target, direction);
    return Combinators.combine(Arbitraries.of(KINDS), Arbitraries.of(TEXTS), child.list().ofMaxSize(14)).as(
        (kind, unit, children) -> "<object type='application/x-vp-diagram' data-typ='" + kind + "' data-enhet='"
            + unit + "' alt='x'>" + String.join("", children) + "</object>");
  }
}
