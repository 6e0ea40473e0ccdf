package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.docx4j.TraversalUtil;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.vp.DocxConformance;
import se.vp.PdfConformance;
import se.vp.locale.Svenska;
import se.vp.model.FullmaktigesLista;
import se.vp.model.Plan;
import se.vp.render.pdf.PdfWriter;

/** The committed plan rendered once, and what a committee receives checked from every side. */
class RenderTest {

  private static final List<String> FILES = List.of(
      "beslutsunderlag.docx", "beslutsunderlag.pdf", "bildspel.pdf", "bildspel.pptx", "sammanstallning.docx",
      "sammanstallning.pdf");

  @TempDir static Path folder;
  static RenderResult result;
  static Path output;
  static Plan plan;
  static RenderProject project;

  @BeforeAll
  static void renderTheCommittedPlan() throws Exception {
    project = RenderProject.create(folder);
    output = project.output;
    result = Renders.render(new RenderRequest(project.planSource, project.templates, output, project.root,
        true, Optional.empty()));
    plan = se.vp.Validation.of(Path.of("plan-source"), Path.of("")).plan().orElseThrow();
  }

  @Test
  void writesEveryHandlingInItsFormatsAndAPreviewOfEveryPage() throws IOException {
    List<String> names = new ArrayList<>(result.written().stream().map(p -> p.getFileName().toString()).toList());
    List<String> expected = new ArrayList<>(FILES);
    expected.add(PdfWriter.PREVIEWS);
    expected.add("webb");
    assertEquals(expected.stream().sorted().toList(), names.stream().sorted().toList());
    for (String pdf : List.of("bildspel", "sammanstallning", "beslutsunderlag")) {
      try (PDDocument document = Loader.loadPDF(output.resolve(pdf + ".pdf").toFile());
          Stream<Path> previews = Files.list(output.resolve(PdfWriter.PREVIEWS))) {
        assertEquals(document.getNumberOfPages(),
            previews.filter(p -> p.getFileName().toString().startsWith(pdf + "-")).count(), pdf);
      }
    }
  }

  /** The beslutsunderlag summarises and refers to these for the whole plan. */
  @ParameterizedTest
  @ValueSource(strings = {"bildspel", "sammanstallning"})
  void everyPdfHoldsEveryStyrtalAndUppdragOfThePlan(String handling) throws IOException {
    String text = normalize(pdfText(handling));
    List<String> missing = new ArrayList<>();
    plan.styrtal().forEach(s -> {
      if (!text.contains(normalize(Svenska.typografi(s.text().value())))) {
        missing.add("styrtal " + s.id());
      }
    });
    plan.uppdrag().forEach(u -> {
      Optional<String> councilWording = plan.fullmaktigesUppdrag().map(FullmaktigesLista::uppdrag).orElse(List.of())
          .stream().filter(l -> u.nr().isPresent() && l.nr() == u.nr().get()).findFirst()
          .flatMap(l -> l.lydelse()).map(l -> l.value());
      boolean found = text.contains(normalize(Svenska.typografi(u.text().value())))
          || councilWording.map(w -> text.contains(normalize(Svenska.typografi(w)))).orElse(false);
      if (!found) {
        missing.add("uppdrag " + u.id());
      }
    });
    assertEquals(List.of(), missing, handling);
  }

  @Test
  void countsTheCouncilsUppdragToTheCommittee() throws IOException {
    assertTrue(normalize(pdfText("bildspel")).contains("Sammanfattning av uppdrag till regional tillväxtnämnd (17 st)"));
    assertTrue(normalize(pdfText("sammanstallning")).contains("Sammanfattning av uppdrag till regional tillväxtnämnd (17 st)"));
    assertTrue(normalize(pdfText("sammanstallning"))
        .contains("Uppdrag till nämnden i planen som inte står i fullmäktiges lista (1 st)"));
  }

  @Test
  void everyStyrtalShowsItsIdAndTheListsSayTheyAreNotFromGit() throws IOException {
    String pdf = normalize(pdfText("sammanstallning"));
    String docx = normalize(UntrustedInputTest.zipEntry(output.resolve("sammanstallning.docx"), "word/document.xml")
        .replaceAll("</w:p>", " ").replaceAll("<[^>]+>", ""));
    for (var s : plan.styrtal()) {
      assertTrue(pdf.contains("Id: " + s.id()), s.id());
      assertTrue(docx.contains("Id: " + s.id()), s.id());
    }
    // The temporary copy of the plan is in no repository.
    String sentence = "plan-source ligger inte i git, så uppgifterna kan inte knytas till någon incheckning.";
    assertTrue(pdf.contains(sentence), pdf);
    assertTrue(docx.contains(sentence), docx);
  }

  @Test
  void everySlideFitsOnItsOwnPage() throws Exception {
    String xhtml = new Templates(Path.of("templates"), "templates").render("bildspel.ftlx",
        se.vp.view.TemplateModel.of(se.vp.view.PlanViews.of(se.vp.model.ResolvedPlan.of(plan))));
    int slides = xhtml.split("class=\"bild[ \"]", -1).length - 1;
    try (PDDocument document = Loader.loadPDF(output.resolve("bildspel.pdf").toFile())) {
      assertEquals(slides, document.getNumberOfPages(), "a slide whose text overflows spills onto a page of its own");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"bildspel", "sammanstallning", "beslutsunderlag"})
  void marksTheProposedPlanOnEveryPage(String handling) throws IOException {
    try (PDDocument document = Loader.loadPDF(output.resolve(handling + ".pdf").toFile())) {
      PDFTextStripper stripper = stripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertTrue(stripper.getText(document).contains("FÖRSLAG"), handling + " page " + page);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"bildspel", "sammanstallning", "beslutsunderlag"})
  void pdfsConformToPdfA2aAndPdfUa1(String handling) throws Exception {
    PdfConformance.assertConforms(Files.readAllBytes(output.resolve(handling + ".pdf")), handling);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sammanstallning", "beslutsunderlag"})
  void docxsAreValidIso29500TransitionalInEveryPart(String handling) throws Exception {
    DocxConformance.assertConforms(Files.readAllBytes(output.resolve(handling + ".docx")), handling + ".docx");
  }


  @Test
  void pdfsCarryTitleAuthorAndLanguage() throws IOException {
    try (PDDocument document = Loader.loadPDF(output.resolve("beslutsunderlag.pdf").toFile())) {
      assertEquals("Verksamhetsplan med budget 2026 – tjänsteskrivelse", document.getDocumentInformation().getTitle());
      assertEquals("Regional tillväxtnämnd", document.getDocumentInformation().getAuthor());
      assertEquals("sv-SE", document.getDocumentCatalog().getLanguage());
      assertFalse(document.getDocumentCatalog().getDocumentOutline().children().iterator().next().getTitle().isBlank());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sammanstallning", "beslutsunderlag"})
  void docxHasHeadingsInHeadingStylesListsAsWordListsAndTablesWithHeaderRows(String handling) throws Exception {
    WordprocessingMLPackage docx = WordprocessingMLPackage.load(output.resolve(handling + ".docx").toFile());
    List<P> paragraphs = new ArrayList<>();
    List<Tbl> tables = new ArrayList<>();
    new TraversalUtil(docx.getMainDocumentPart().getContent(), new TraversalUtil.CallbackImpl() {
      @Override
      public List<Object> apply(Object o) {
        if (o instanceof P p) {
          paragraphs.add(p);
        } else if (o instanceof Tbl t) {
          tables.add(t);
        }
        return null;
      }
    });
    assertTrue(paragraphs.stream().anyMatch(p -> style(p).equals("Heading1")), "a Heading 1");
    assertTrue(paragraphs.stream().anyMatch(p -> style(p).equals("Heading2")), "a Heading 2");
    assertTrue(paragraphs.stream().filter(p -> style(p).startsWith("Heading")).noneMatch(p -> p.getPPr().getNumPr() != null));
    assertFalse(tables.isEmpty());
    for (Tbl table : tables) {
      assertEquals("pct", table.getTblPr().getTblW().getType(), "tables span the text width");
      Tr first = (Tr) table.getContent().stream().filter(o -> o instanceof Tr).findFirst().orElseThrow();
      assertTrue(first.getTrPr() != null, "rows are kept whole");
    }
    if (handling.equals("beslutsunderlag")) {
      assertEquals(5 + 2 + 3, paragraphs.stream().filter(p -> style(p).startsWith("ListBullet")).count(),
          "the tidplan's five dates, the economy's two notes, the three parts of the beslutsunderlag");
      List<P> numbered = paragraphs.stream().filter(p -> style(p).equals("ListNumber")).toList();
      assertEquals(3, numbered.size(), "the decision's three points");
      assertTrue(numbered.stream().allMatch(p -> p.getPPr().getNumPr() != null), "numbered lists restart at 1");
    }
  }

  /** The view writes "⇒" in an åtgärdskrav; Liberation lacks it, so it was printed "#" before the fallback font. */
  @ParameterizedTest
  @ValueSource(strings = {"bildspel", "beslutsunderlag"})
  void printsTheArrowThatTheMainFontsLackInTheFallbackFont(String handling) throws IOException {
    try (PDDocument document = Loader.loadPDF(output.resolve(handling + ".pdf").toFile())) {
      String text = normalize(stripper().getText(document));
      assertTrue(text.contains("Underskott −2,3 + 1,2 effekt 2026 ⇒ åtgärdskrav 1,1 Mnkr"), text);
      assertFalse(text.contains("#"), text);
      List<String> fonts = fontNames(document);
      assertTrue(fonts.stream().anyMatch(name -> name.endsWith("+DejaVuSans")), fonts.toString());
    }
  }

  @Test
  void namesTheFallbackFontForTheArrowInTheDocx() throws Exception {
    WordprocessingMLPackage docx = WordprocessingMLPackage.load(output.resolve("beslutsunderlag.docx").toFile());
    List<R> arrows = new ArrayList<>();
    new TraversalUtil(docx.getMainDocumentPart().getContent(), new TraversalUtil.CallbackImpl() {
      @Override
      public List<Object> apply(Object o) {
        if (o instanceof R r && XmlUtils.marshaltoString(r, true, false).contains("⇒")) {
          arrows.add(r);
        }
        return null;
      }
    });
    assertEquals(1, arrows.size());
    assertEquals("DejaVu Sans", arrows.get(0).getRPr().getRFonts().getAscii());
  }

  @Test
  void writesTheSameBytesEveryTime() throws Exception {
    Path again = folder.resolve("igen");
    Renders.render(new RenderRequest(project.planSource, project.templates, again, project.root, false,
        Optional.empty()));
    for (String file : FILES) {
      assertArrayEquals(Files.readAllBytes(output.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
    }
  }

  private static String style(P p) {
    return p.getPPr() == null || p.getPPr().getPStyle() == null ? "Normal" : p.getPPr().getPStyle().getVal();
  }

  private static List<String> fontNames(PDDocument document) throws IOException {
    List<String> names = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      for (COSName font : page.getResources().getFontNames()) {
        names.add(page.getResources().getFont(font).getName());
      }
    }
    return names;
  }

  @Test
  void decidesInTheNamndsOwnDefiniteFormAndNeverLowerCasesItsName() throws IOException {
    String text = normalize(pdfText("beslutsunderlag"));
    assertTrue(text.contains("Regionala tillväxtnämnden beslutar att"), text);
    assertTrue(text.contains("fastställa verksamhetsplan med budget 2026 för Regionala tillväxtnämnden,"), text);
    assertTrue(text.contains("Regionala tillväxtnämnden får 17 uppdrag av fullmäktige"), text);
    assertFalse(text.contains("för regional tillväxtnämnd"), text);
  }

  /** The committed plan gives no amount per område: the decision cannot distribute the frame yet (VP223). */
  @Test
  void proposesNoDistributionWhileAnOmradeLacksItsAmount() throws IOException {
    String text = normalize(pdfText("beslutsunderlag"));
    assertTrue(text.contains("uppdra åt förvaltningen att återkomma med förslag till fördelning av ramanslaget om 151,3 Mnkr"), text);
    assertFalse(text.contains("fördela ramanslaget"), text);
    assertTrue(text.contains("Underlag för fördelning av ramanslaget 2026"), text);
  }

  /** The ärendebeskrivning counts and refers to the bilagor instead of repeating the whole plan. */
  @Test
  void summarisesThePlanAndRefersToTheBilagor() throws IOException {
    String text = normalize(pdfText("beslutsunderlag"));
    assertTrue(text.contains("bilaga 2, sammanställningen"), text);
    assertTrue(text.contains("Bilaga 1: Verksamhetsplan med budget 2026 –bildspel (bildspel.pdf)"), text);
    assertTrue(text.contains("Totalt 5 24 18 10"), text);
    assertTrue(text.contains("en ökning med 4,5 Mnkr (3,1 %) mot 146,8 Mnkr för 2025"), text);
    assertFalse(text.contains("Omvärldsfaktorer"), text);
    try (PDDocument document = Loader.loadPDF(output.resolve("beslutsunderlag.pdf").toFile())) {
      assertTrue(document.getNumberOfPages() <= 5, document.getNumberOfPages() + " pages");
    }
  }

  /** What a plan in status förslag lacks is shown as a field to fill in, never left out (VP240). */
  @Test
  void showsTheTitleBlocksMissingFieldsToBeFilledIn() throws IOException {
    String text = normalize(pdfText("beslutsunderlag"));
    for (String field : List.of("Datum: [fyll i]", "Diarienummer: [fyll i]", "Handläggare: [fyll i]", "E-post: [fyll i]",
        "Förvaltning: Regional utveckling", "Sammanträde: 18 november 2025", "Konsekvenser [fyll i]", "Skickas till [fyll i]")) {
      assertTrue(text.contains(field), field + " in " + text);
    }
  }

  /** The deck follows the council's list (41 before 38); a controller looks a number up in the lists. */
  @Test
  void listsTheCouncilsUppdragByNumberInTheSammanstallning() throws IOException {
    String text;
    try (PDDocument document = Loader.loadPDF(output.resolve("sammanstallning.pdf").toFile())) {
      text = stripper().getText(document);
    }
    List<Integer> numbers = new ArrayList<>();
    java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^(\\d{2}) Att ").matcher(
        text.substring(0, text.indexOf("Uppdrag till nämnden i planen som inte står")));
    while (row.find()) {
      numbers.add(Integer.parseInt(row.group(1)));
    }
    assertEquals(numbers.stream().sorted().toList(), numbers);
    assertTrue(numbers.containsAll(List.of(38, 41)), numbers.toString());
  }

  /** The council's list runs over two pages; its header row heads both, drawn again but tagged once. */
  @Test
  void repeatsATablesHeaderRowOnEveryPageItContinuesOn() throws IOException {
    try (PDDocument document = Loader.loadPDF(output.resolve("sammanstallning.pdf").toFile())) {
      PDFTextStripper stripper = stripper();
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      String second = stripper.getText(document);
      assertTrue(second.lines().map(String::strip).filter(l -> !l.isEmpty()).skip(1).findFirst().orElse("")
          .startsWith("Nr Uppdrag Ligger under Ursprung"), second);
      List<String> headerRows = ReadingOrder.elements(document).stream()
          .filter(e -> e.type().equals("THead") && e.text().startsWith("Nr")).map(ReadingOrder.Element::text).toList();
      assertFalse(headerRows.isEmpty());
      headerRows.forEach(row -> assertEquals("Nr Uppdrag Ligger under Ursprung", row));
    }
  }

  /** A short table is kept whole: the distribution's FUM row and total do not stand alone on a page. */
  @Test
  void keepsTheDistributionTableWholeOnOnePage() throws IOException {
    try (PDDocument document = Loader.loadPDF(output.resolve("beslutsunderlag.pdf").toFile())) {
      List<String> pages = new ArrayList<>();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        PDFTextStripper stripper = stripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document));
      }
      int caption = indexOf(pages, "fördelning av ramanslaget 2026");
      assertTrue(caption >= 0, pages.toString());
      assertEquals(caption, indexOf(pages, "Välfärd och folkhälsa"));
      assertEquals(caption, indexOf(pages, "\nFUM "));
    }
  }

  private static int indexOf(List<String> pages, String text) {
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }

  /** The text as a screen reader reads it, which the PDF/UA tagging must get right. */
  /** Each handling's text in reading order, read once: several tests ask the same document. */
  private static final Map<String, String> PDF_TEXTS = new HashMap<>();

  private static String pdfText(String handling) throws IOException {
    String text = PDF_TEXTS.get(handling);
    if (text == null) {
      try (PDDocument document = Loader.loadPDF(output.resolve(handling + ".pdf").toFile())) {
        text = ReadingOrder.text(document);
      }
      PDF_TEXTS.put(handling, text);
    }
    return text;
  }

  /** Text in reading order: a bold "Nr 27." is drawn apart from the rest of its line. */
  private static PDFTextStripper stripper() {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    return stripper;
  }

  /** Line breaks and no-break spaces do not change a text; a line may break after a range's dash. */
  static String normalize(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").replace("– ", "–").strip();
  }
}
