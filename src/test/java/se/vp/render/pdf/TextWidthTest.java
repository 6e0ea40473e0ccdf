package se.vp.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import se.vp.render.writer.TemplateOutput;
import se.vp.render.writer.Xhtml;
import se.vp.text.TextWidth;

/**
 * The deck measures its text before the PDF writer sets it; the two must break lines alike, or a
 * slide overflows. Random texts of the plan's words, set in columns of many widths, one to a page.
 */
class TextWidthTest {

  private static final String[] WORDS = ("Sjukfrånvaron bland nämndens medarbetare i länets fyra största kommuner ska "
      + "minska Andelen elever med behörighet till gymnasieskolans nationella program öka jämförelse senast "
      + "tillgängliga statistik Hållbart medarbetarengagemang (HME): Ska ligga på en hög nivå inom intervallet "
      + "77–80 för totalt HME. Bruttoregionalprodukt (BRP) per invånare (tkr/invånare) Örebro län 1 000 "
      + "kompetensförsörjningen Nr 27. innovationsstödssystemet Region").split(" ");

  @Test
  void measuresTheLinesThePdfWriterSets() throws Exception {
    Random random = new Random(11);
    List<String> texts = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    List<Boolean> bold = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0, n = 3 + random.nextInt(25); w < n; w++) {
        text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
      }
      texts.add(text.toString());
      widths.add(60 + random.nextInt(232));
      bold.add(random.nextBoolean());
      body.append("<div style=\"page-break-before: always; width: ").append(widths.get(i)).append("mm; font-weight: ")
          .append(bold.get(i) ? "bold" : "normal").append("\">").append(text).append("</div>");
    }
    String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"sv-SE\"><head><title>Mått</title>"
        + "<link rel=\"stylesheet\" href=\"tema.css\"/><style>@page { size: 338.67mm 190.5mm; margin: 10mm; } "
        + "body { font-size: 20pt; line-height: 1.3; margin: 0; word-wrap: break-word; }</style></head><body>" + body + "</body></html>";
    byte[] pdf = new PdfWriter(Path.of("templates"), "templates", false)
        .write(new TemplateOutput("t.ftlx", "t", xhtml, Xhtml.parse(xhtml, "t.ftlx"), Instant.EPOCH)).get(0).bytes();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (int i = 0; i < texts.size(); i++) {
        double column = widths.get(i) / 25.4 * 72;
        TextWidth font = bold.get(i) ? TextWidth.bold() : TextWidth.regular();
        int set = lines(document, i + 1);
        int measured = font.lines(texts.get(i), column, 20);
        String where = texts.get(i) + " in " + widths.get(i) + " mm";
        // The writer may also break after a dash, and goes on with a word too wide for the column on the
        // line begun; the measure does neither: there it may count more, never fewer.
        boolean tooWide = Arrays.stream(texts.get(i).split(" ")).anyMatch(w -> font.of(w, 20) > column);
        if (texts.get(i).contains("–") || tooWide) {
          assertTrue(measured >= set, where + ": " + measured + " < " + set);
        } else {
          assertEquals(set, measured, where);
        }
      }
    }
  }

  private static int lines(PDDocument document, int page) throws Exception {
    TreeSet<Float> baselines = new TreeSet<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        positions.forEach(p -> baselines.add((float) Math.round(p.getYDirAdj())));
      }
    };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(document);
    return baselines.size();
  }
}
