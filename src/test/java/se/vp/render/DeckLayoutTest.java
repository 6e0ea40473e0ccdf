package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.vp.Validation;
import se.vp.model.Plan;
import se.vp.model.ResolvedPlan;
import se.vp.render.pdf.PdfWriter;
import se.vp.render.writer.TemplateOutput;
import se.vp.render.writer.Xhtml;
import se.vp.synthetic.SyntheticPlans;
import se.vp.view.PlanViews;
import se.vp.view.TemplateModel;

/**
 * Every slide's text stays inside the slide, clear of its footer, however much a plan holds: the
 * committed plan and synthetic ones, whose fokusområden carry more and longer styrtal and uppdrag.
 */
class DeckLayoutTest {

  /** The slide's height less its bottom margin (190,5 mm − 18 mm), in points, and a little slack. */
  private static final float CONTENT_BOTTOM = (float) ((190.5 - 18) / 25.4 * 72) + 3;
  /** The slide's width less its right margin (338,67 mm − 20 mm), in points, and a little slack. */
  private static final float CONTENT_RIGHT = (float) ((338.67 - 20) / 25.4 * 72) + 3;
  /** The footer, the stamp and the slide number are set smaller than any text of a slide. */
  private static final float FURNITURE_SIZE = 13;

  @TempDir
  Path folder;

  /** Seed 0 is the committed plan; a negative seed the synthetic plan of the municipal shape. */
  @ParameterizedTest
  @ValueSource(longs = {0, 1, 2, 3, 4, -1, -2})
  void noSlideRunsIntoItsFooter(long seed) throws Exception {
    Plan plan;
    if (seed == 0) {
      plan = Validation.of(Path.of("plan-source"), Path.of("")).plan().orElseThrow();
    } else {
      SyntheticPlans.writeSingle(folder.resolve("plan-source"), Math.abs(seed), 1,
          seed < 0 ? SyntheticPlans.Shape.MUNICIPAL : SyntheticPlans.Shape.REGIONAL);
      plan = Validation.of(folder.resolve("plan-source"), folder).plan().orElseThrow();
    }
    String xhtml = new Templates(Path.of("templates"), "templates").render("bildspel.ftlx", TemplateModel.of(PlanViews.of(ResolvedPlan.of(plan))));
    byte[] pdf = new PdfWriter(Path.of("templates"), "templates", false).write(new TemplateOutput("bildspel.ftlx",
        "bildspel", xhtml, Xhtml.parse(xhtml, "bildspel.ftlx"), Instant.EPOCH)).get(0).bytes();
    int slides = xhtml.split("class=\"bild[ \"]", -1).length - 1;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertEquals(slides, document.getNumberOfPages(), "a slide whose text overflows spills onto a page of its own");
      List<String> overflowing = new ArrayList<>();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        TreeMap<Float, StringBuilder> lines = lines(document, page);
        float lowest = lines.isEmpty() ? 0 : lines.lastKey();
        if (lowest > CONTENT_BOTTOM) {
          overflowing.add("bild " + page + ": \"" + lines.lastEntry().getValue().toString().strip() + "\"");
        }
        for (StringBuilder line : lines.values()) {
          if (line.indexOf(OUTSIDE) >= 0) {
            overflowing.add("bild " + page + " till höger: \"" + line.toString().strip() + "\"");
          }
        }
      }
      assertTrue(overflowing.isEmpty(), "text below the slide's content area: " + overflowing);
    }
  }

  private static final String OUTSIDE = "\u2192|";

  /** The page's text by baseline, from the top, without the furniture; a glyph right of the slide's area is marked. */
  private static TreeMap<Float, StringBuilder> lines(PDDocument document, int page) throws IOException {
    TreeMap<Float, StringBuilder> lines = new TreeMap<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition position : positions) {
          if (position.getFontSizeInPt() < FURNITURE_SIZE) {
            continue;
          }
          float baseline = Math.round(position.getYDirAdj() * 2) / 2f;
          StringBuilder line = lines.computeIfAbsent(baseline, y -> new StringBuilder());
          line.append(position.getXDirAdj() + position.getWidthDirAdj() > CONTENT_RIGHT ? OUTSIDE : "")
              .append(position.getUnicode());
        }
      }
    };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(document);
    return lines;
  }
}
