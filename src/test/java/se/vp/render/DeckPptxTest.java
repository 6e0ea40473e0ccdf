package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.DocxConformance;
import se.vp.model.Ekonomi;
import se.vp.model.Plan;
import se.vp.text.TextWidth;

/**
 * The committed plan's deck as PowerPoint, checked against the PDF deck of the same render: the
 * same slides with the same text, each from a layout of the reference, valid OOXML, nothing past
 * its room, charts whose workbook holds plan-source's figures, and notes naming the sources.
 */
class DeckPptxTest {

  private static final double MM = 72 / 25.4;
  /** Where the content ends: the footer's line, as bildspel.css has it. */
  private static final double CONTENT_BOTTOM = (190.5 - 18) * MM;
  private static final double EMU_PER_POINT = 12700;
  private static final Pattern SHAPE = Pattern.compile("<p:(sp|graphicFrame)>.*?</p:\\1>", Pattern.DOTALL);
  private static final Pattern PARAGRAPH = Pattern.compile("<a:p>(.*?)</a:p>", Pattern.DOTALL);

  /** The committed plan's footer and stamp, on every page of the PDF deck. */
  private static final String FURNITURE =
      "Region Örebro län · Regional tillväxtnämnd · Verksamhetsplan med budget 2026 förslag";

  @TempDir static Path folder;
  static RenderResult result;
  static byte[] pptx;
  static List<String> slides;
  static List<String> pdfPages;
  static Plan plan;

  @BeforeAll
  static void renderTheCommittedPlan() throws Exception {
    RenderProject project = RenderProject.create(folder);
    result = Renders.render(new RenderRequest(project.planSource, project.templates, project.output, project.root,
        false, Optional.empty()));
    pptx = Files.readAllBytes(project.output.resolve("bildspel.pptx"));
    slides = new ArrayList<>();
    for (int i = 1; entry("ppt/slides/slide" + i + ".xml") != null; i++) {
      slides.add(entry("ppt/slides/slide" + i + ".xml"));
    }
    pdfPages = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(project.output.resolve("bildspel.pdf").toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      // The cards and columns are floats, whose text the content stream holds in no reading order.
      stripper.setSortByPosition(true);
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pdfPages.add(stripper.getText(pdf));
      }
    }
    plan = se.vp.Validation.of(Path.of("plan-source"), Path.of("")).plan().orElseThrow();
  }

  private static String entry(String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(pptx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    return null;
  }

  @Test
  void hasTheSlidesOfThePdfDeckInItsOrderWithTheSameWords() {
    assertEquals(Optional.empty(), result.failure());
    assertEquals(pdfPages.size(), slides.size());
    for (int i = 0; i < slides.size(); i++) {
      List<String> pptxWords = new ArrayList<>(words(content(slides.get(i))));
      List<String> pdfWords = new ArrayList<>(words(pdfPages.get(i)));
      // The furniture is the master's: the footer's words, the slide number and the stamp.
      for (String word : words(FURNITURE)) {
        pdfWords.remove(word);
      }
      pdfWords.remove(String.valueOf(i + 1));
      // The same words, each as often; a chart's words are drawn in the PDF and are data in the PowerPoint.
      if (slides.get(i).contains("graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"")) {
        List<String> left = new ArrayList<>(pdfWords);
        for (String word : pptxWords) {
          assertTrue(left.remove(word), "bild " + (i + 1) + ": " + word + " saknas i PDF:en");
        }
      } else {
        assertEquals(pdfWords.stream().sorted().toList(), pptxWords.stream().sorted().toList(), "bild " + (i + 1));
      }
    }
  }

  /** The slide's text in reading order, without its footer, number and stamp. */
  private static String content(String slide) {
    StringBuilder text = new StringBuilder();
    Matcher shape = SHAPE.matcher(slide);
    while (shape.find()) {
      String xml = shape.group();
      if (xml.contains("type=\"ftr\"") || xml.contains("type=\"sldNum\"") || xml.contains("idx=\"20\"")) {
        continue;
      }
      Matcher run = Pattern.compile("<a:t>(.*?)</a:t>|<a:br|</a:p>").matcher(xml);
      while (run.find()) {
        text.append(run.group(1) == null ? " " : unescape(run.group(1)));
      }
      text.append(' ');
    }
    return text.toString();
  }

  private static String unescape(String xml) {
    return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
  }

  /**
   * Words as both read them: case, bullets and list numbers aside, a no-break space a space, and a
   * dash joined to what follows it, since the PDF may break a line after an en dash ("77–" "80").
   */
  private static List<String> words(String text) {
    return Arrays.stream(text.replace('\u00a0', ' ').replaceAll("–\\s+", "–").toLowerCase(Locale.ROOT)
            .split("\\s+"))
        .filter(w -> !w.isEmpty() && !w.equals("•") && !w.equals("–") && !w.matches("\\d{1,2}\\."))
        .toList();
  }

  @Test
  void everyPartIsValidOoxml() throws Exception {
    assertEquals(List.of(), DocxConformance.violations(pptx));
  }

  /**
   * Text stands in the layouts' placeholders, never in a text box of its own, a shape without text
   * is marked as decoration, and every run is Swedish.
   */
  @Test
  void textIsInPlaceholdersInSwedishAndEveryGraphicHasAlternativeText() {
    for (int i = 0; i < slides.size(); i++) {
      String slide = slides.get(i);
      Matcher shape = SHAPE.matcher(slide);
      while (shape.find()) {
        String xml = shape.group();
        if (xml.startsWith("<p:sp>")) {
          boolean decoration = xml.matches("(?s).*decorative[^>]*val=\"(1|true)\".*");
          assertTrue(xml.contains("<p:txBody>") ? xml.contains("<p:ph") : decoration,
              "bild " + (i + 1) + ": en textruta utan platshållare eller en form som inte är dekor");
        } else {
          assertTrue(Pattern.compile("descr=\"[^\"]{10,}\"").matcher(xml).find(), "bild " + (i + 1) + ": alt-text");
        }
      }
      Matcher run = Pattern.compile("<a:(rPr|endParaRPr)\\b[^>]*>").matcher(slide);
      while (run.find()) {
        assertTrue(run.group().contains("lang=\"sv-SE\""), "bild " + (i + 1) + ": " + run.group());
      }
    }
  }

  @Test
  void eachKindOfSlideTakesItsLayout() throws Exception {
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
      List<String> layouts = show.getSlides().stream().map(s -> s.getSlideLayout().getName()).toList();
      assertEquals("Titel", layouts.get(0));
      assertEquals("Tabell", layouts.get(1), "the tidplan");
      assertEquals("Avslutning", layouts.get(layouts.size() - 1));
      assertTrue(layouts.containsAll(List.of("Avsnitt", "Rubrik och innehåll", "Två spalter", "Tre spalter",
          "Nyckeltal", "Diagram")), layouts.toString());
    }
  }

  /**
   * Every placeholder's text, measured again with the font the PDF embeds at the sizes its runs
   * give, fits its box, and every box ends above the footer.
   */
  @Test
  void nothingRunsPastItsRoomOrIntoTheFooter() {
    for (int i = 0; i < slides.size(); i++) {
      Matcher shape = SHAPE.matcher(slides.get(i));
      while (shape.find()) {
        String xml = shape.group();
        Matcher box = Pattern.compile("<a:off x=\"(\\d+)\" y=\"(\\d+)\"/>\\s*<a:ext cx=\"(\\d+)\" cy=\"(\\d+)\"/>")
            .matcher(xml);
        if (!box.find() || xml.contains("type=\"ctrTitle\"")) {
          continue;
        }
        double top = Long.parseLong(box.group(2)) / EMU_PER_POINT;
        double width = Long.parseLong(box.group(3)) / EMU_PER_POINT;
        double height = Long.parseLong(box.group(4)) / EMU_PER_POINT;
        assertTrue(top + height <= CONTENT_BOTTOM + 1, "bild " + (i + 1) + " går in i sidfoten: " + (top + height));
        if (xml.startsWith("<p:sp>")) {
          double needed = measured(xml, width);
          assertTrue(needed <= height + 1,
              "bild " + (i + 1) + ": texten behöver " + needed + " pt, rutan har " + height);
        }
      }
    }
  }

  /**
   * A placeholder's text height: each paragraph's runs broken into words at their own size and
   * weight (a tag with its padding), wrapped at spaces, so many lines at 1,3 times the paragraph's
   * largest size, and the space after it.
   */
  private static double measured(String shape, double width) {
    double height = 0;
    Matcher paragraph = PARAGRAPH.matcher(shape);
    while (paragraph.find()) {
      String p = paragraph.group(1);
      Matcher margin = Pattern.compile("marL=\"(\\d+)\"").matcher(p);
      double indent = margin.find() ? Long.parseLong(margin.group(1)) / EMU_PER_POINT : 0;
      double size = 0;
      List<Double> words = new ArrayList<>();
      Matcher run = Pattern.compile(
          "<a:r><a:rPr[^>]*sz=\"(\\d+)\"[^>]*b=\"(\\d)\"[^>]*>(.*?)</a:rPr><a:t>(.*?)</a:t></a:r>").matcher(p);
      while (run.find()) {
        double runSize = Integer.parseInt(run.group(1)) / 100.0;
        TextWidth font = run.group(2).equals("1") ? TextWidth.bold() : TextWidth.regular();
        boolean tag = run.group(3).contains("<a:highlight>");
        size = tag ? size : Math.max(size, runSize);
        for (String word : unescape(run.group(4)).split(" ")) {
          if (!word.isEmpty()) {
            words.add(font.of(word.replace('\u00a0', ' '), runSize) + (tag ? 0.9 * runSize : 0));
          }
        }
      }
      if (words.isEmpty()) {
        continue;
      }
      int lines = Math.max(1, TextWidth.lines(words, TextWidth.regular().of(" ", size), width - indent));
      Matcher after = Pattern.compile("<a:spcAft><a:spcPts val=\"(\\d+)\"").matcher(p);
      height += lines * size * 1.3 + (after.find() ? Integer.parseInt(after.group(1)) / 100.0 : 0);
    }
    return height;
  }

  /** The frame's chart opens in PowerPoint's editor on plan-source's figures: the workbook holds them. */
  @Test
  void theFramesChartHoldsTheFiguresOfPlanSourceInItsWorkbook() throws Exception {
    Ekonomi.Ramanslag frame = plan.ekonomi().orElseThrow().ramanslag();
    List<Double> expected = List.of(frame.foregaendeAr().orElseThrow().value().doubleValue(),
        frame.index().orElseThrow().mnkr().orElseThrow().value().doubleValue(), frame.mnkr().value().doubleValue());
    boolean found = false;
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
      for (XSLFSlide slide : show.getSlides()) {
        for (var part : slide.getRelations()) {
          if (part instanceof XSLFChart chart) {
            try (XSSFWorkbook workbook = chart.getWorkbook()) {
              List<Double> figures = new ArrayList<>();
              workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> {
                if (cell.getColumnIndex() == 1 && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                  figures.add(cell.getNumericCellValue());
                }
              }));
              found |= figures.size() >= 3 && figures.subList(0, 3).equals(expected);
            }
          }
        }
      }
    }
    assertTrue(found, "no chart's workbook holds " + expected);
  }

  @Test
  void theNotesNameTheFilesASlideComesFrom() throws Exception {
    String fokusomrade = null;
    for (int i = 0; i < slides.size(); i++) {
      String notes = entry("ppt/notesSlides/notesSlide" + (i + 1) + ".xml");
      assertTrue(notes != null && notes.contains("Bild " + (i + 1)), "bild " + (i + 1));
      if (slides.get(i).contains("Fokusområde 4.1.1")) {
        fokusomrade = notes;
      }
    }
    assertTrue(fokusomrade != null && fokusomrade.contains("plan-source/fokusomraden/4-1-1-innovationssystem.yaml")
        && fokusomrade.contains("plan-source/uppdrag/"), String.valueOf(fokusomrade));
  }

  /** LibreOffice Impress opens the deck and makes a PDF of as many pages; CI installs it (.ci/run). */
  @Test
  void libreOfficeOpensTheDeckWithEverySlide() throws Exception {
    Path work = folder.resolve("libreoffice");
    Files.createDirectories(work);
    Files.write(work.resolve("bildspel.pptx"), pptx);
    Process process;
    try {
      process = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + work.resolve("profil"),
          "--convert-to", "pdf", "--outdir", work.toString(), work.resolve("bildspel.pptx").toString())
          .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
    } catch (IOException e) {
      assertFalse("true".equals(System.getenv("VP_REQUIRE_TOOLS")), "VP_REQUIRE_TOOLS is set but soffice is missing");
      return;
    }
    assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish");
    try (PDDocument converted = Loader.loadPDF(work.resolve("bildspel.pdf").toFile())) {
      assertEquals(slides.size(), converted.getNumberOfPages());
    }
  }
}
