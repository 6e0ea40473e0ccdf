package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.vp.Validation;
import se.vp.model.Plan;
import se.vp.model.ResolvedPlan;
import se.vp.render.ReadingOrder.Element;
import se.vp.render.pdf.PdfWriter;
import se.vp.render.writer.TemplateOutput;
import se.vp.render.writer.Xhtml;
import se.vp.view.Kalla;
import se.vp.view.PlanViews;
import se.vp.view.TemplateModel;

/**
 * The committed plan's A4 documents as a screen reader meets them: the running header and footer,
 * the page numbers and the FÖRSLAG stamp are no content; a caption is its table's first child; no
 * heading level is skipped; no element is empty; a header row drawn again on a continued page is
 * read once; the title block is laid out, not a table; and the economy's label/value tables have
 * row headers.
 */
class A4StructureTest {

  private static final String HEADER = "Region Örebro län · Regional tillväxtnämnd";
  private static final Pattern RUNNING = Pattern.compile("<head>.*?</head>|<div class=\"sid(huvud|fot)\">.*?</div>",
      Pattern.DOTALL);

  /** A structure element, where it stands and what it holds, in reading order. */
  record Tagged(String type, int parent, int kids, String scope, String text) {}

  record Handling(String xhtml, List<Tagged> tree, List<String> furniture, String footer) {}

  static final Map<String, Handling> handlings = new HashMap<>();

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void renderTheA4Documents() throws Exception {
    Plan plan = Validation.of(Path.of("plan-source"), Path.of("")).plan().orElseThrow();
    Map<String, Object> model = new HashMap<>((Map<String, Object>) TemplateModel.of(PlanViews.of(ResolvedPlan.of(plan))));
    model.put("kalla", TemplateModel.of(Kalla.inteIGit()));
    Templates templates = new Templates(Path.of("templates"), "templates");
    for (String name : List.of("beslutsunderlag", "sammanstallning")) {
      String xhtml = templates.render(name + ".ftlx", model);
      byte[] pdf = new PdfWriter(Path.of("templates"), "templates", false).write(new TemplateOutput(name + ".ftlx",
          name, xhtml, Xhtml.parse(xhtml, name + ".ftlx"), Instant.EPOCH)).get(0).bytes();
      try (PDDocument document = Loader.loadPDF(pdf)) {
        List<Element> elements = ReadingOrder.elements(document);
        List<Tagged> tree = new ArrayList<>();
        walk(document.getDocumentCatalog().getStructureTreeRoot(), -1, elements, tree);
        List<String> furniture = new ArrayList<>();
        for (PDPage page : document.getPages()) {
          furniture.add(artifactText(page));
        }
        String footer = Pattern.compile("<div class=\"sidfot\">(.*?)</div>").matcher(xhtml).results()
            .findFirst().orElseThrow().group(1);
        handlings.put(name, new Handling(xhtml, tree, furniture, footer));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"beslutsunderlag", "sammanstallning"})
  void theRunningHeaderTheFooterThePageNumberAndTheStampAreNoContentButAreOnEveryPage(String name) {
    Handling handling = handlings.get(name);
    String content = handling.tree().get(0).text();
    String body = normalize(RUNNING.matcher(handling.xhtml()).replaceAll(" ").replaceAll("<[^>]*>", " "));
    for (String furniture : List.of(HEADER, handling.footer(), "Sida ", "FÖRSLAG")) {
      assertEquals(count(body, furniture), count(content, furniture), "\"" + furniture + "\" is read as content: " + content);
    }
    List<String> pages = handling.furniture();
    for (int page = 0; page < pages.size(); page++) {
      String furniture = pages.get(page);
      assertTrue(furniture.contains(HEADER) && furniture.contains(handling.footer()) && furniture.contains("FÖRSLAG")
          && furniture.contains("Sida " + (page + 1) + " av " + pages.size()), "sida " + (page + 1) + ": " + furniture);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"beslutsunderlag", "sammanstallning"})
  void everyCaptionIsTheFirstChildOfItsTable(String name) {
    Handling handling = handlings.get(name);
    List<Tagged> tree = handling.tree();
    long captions = 0;
    for (int i = 0; i < tree.size(); i++) {
      if (tree.get(i).type().equals("Caption")) {
        captions++;
        int parent = tree.get(i).parent();
        assertEquals("Table", tree.get(parent).type(), "the caption \"" + tree.get(i).text() + "\" stands in a "
            + tree.get(parent).type());
        assertEquals(parent, i - 1, "the caption \"" + tree.get(i).text() + "\" is not its table's first child");
      }
    }
    assertEquals(count(handling.xhtml(), "<caption"), captions);
  }

  @ParameterizedTest
  @ValueSource(strings = {"beslutsunderlag", "sammanstallning"})
  void theTitleIsTheFirstHeadingAndNoHeadingLevelIsSkipped(String name) {
    List<Tagged> headings = handlings.get(name).tree().stream().filter(e -> e.type().matches("H[1-6]")).toList();
    assertEquals("H1", headings.get(0).type());
    int level = 0;
    for (Tagged heading : headings) {
      int next = heading.type().charAt(1) - '0';
      assertTrue(next <= level + 1, heading.type() + " \"" + heading.text() + "\" after a heading of level " + level);
      level = next;
    }
  }

  /** The council's list runs over two pages; the header row drawn again on the second is furniture. */
  @Test
  void aHeaderRowDrawnAgainOnAContinuedPageIsReadOnce() {
    Handling handling = handlings.get("sammanstallning");
    handling.tree().stream().filter(e -> e.type().equals("TH"))
        .forEach(h -> assertFalse(h.text().matches("(.+) \\1"), "a header read twice: " + h.text()));
    assertTrue(handling.furniture().get(1).contains("Nr Uppdrag Ligger under Ursprung"), handling.furniture().get(1));
  }

  /** An empty cell stays: it keeps its row as wide as the others. */
  @ParameterizedTest
  @ValueSource(strings = {"beslutsunderlag", "sammanstallning"})
  void noElementIsEmpty(String name) {
    List<String> empty = handlings.get(name).tree().stream()
        .filter(e -> e.kids() == 0 && !e.type().matches("TD|TH")).map(Tagged::type).toList();
    assertEquals(List.of(), empty);
  }

  @Test
  void theTitleBlockIsLaidOutNotATable() {
    Handling handling = handlings.get("beslutsunderlag");
    List<Tagged> tables = handling.tree().stream().filter(e -> e.type().equals("Table")).toList();
    assertEquals(count(handling.xhtml(), "<table") - count(handling.xhtml(), "role=\"presentation\""), tables.size());
    assertTrue(handling.tree().get(0).text().contains("TJÄNSTESKRIVELSE"));
    handling.tree().stream().filter(e -> e.type().matches("Table|THead|TBody|TR|TH|TD"))
        .forEach(e -> assertFalse(e.text().contains("TJÄNSTESKRIVELSE"), "the title block is tagged " + e.type()));
  }

  @Test
  void theEconomysLabelsAreRowHeaders() {
    Handling handling = handlings.get("beslutsunderlag");
    List<Tagged> tree = handling.tree();
    for (String caption : List.of("Ramanslag netto", "Schablonanslag per årsarbetare")) {
      int table = tree.stream().filter(e -> e.type().equals("Caption") && e.text().equals(caption))
          .findFirst().orElseThrow().parent();
      int rows = 0;
      for (int row = 0; row < tree.size(); row++) {
        List<Integer> cells = children(tree, row);
        if (tree.get(row).type().equals("TR") && within(tree, row, table) && cells.size() > 1) {
          rows++;
          Tagged first = tree.get(cells.get(0));
          assertEquals("TH Row", first.type() + " " + first.scope(), caption + ": \"" + first.text() + "\"");
          assertEquals("TD", tree.get(cells.get(1)).type());
        }
      }
      assertTrue(rows >= 2, caption + " has " + rows + " rows");
    }
    List<Tagged> headers = tree.stream().filter(e -> e.type().equals("TH")).toList();
    assertEquals(count(handling.xhtml(), "<th scope=\"row\""), headers.stream().filter(h -> h.scope().equals("Row")).count());
    assertEquals(count(handling.xhtml(), "<th ") + count(handling.xhtml(), "<th>"), headers.size());
    headers.stream().filter(h -> !h.scope().equals("Row"))
        .forEach(h -> assertEquals("Column", h.scope(), "the header \"" + h.text() + "\" has no scope"));
  }

  private static List<Integer> children(List<Tagged> tree, int parent) {
    List<Integer> children = new ArrayList<>();
    for (int i = parent + 1; i < tree.size(); i++) {
      if (tree.get(i).parent() == parent) {
        children.add(i);
      }
    }
    return children;
  }

  private static boolean within(List<Tagged> tree, int element, int ancestor) {
    for (int at = tree.get(element).parent(); at >= 0; at = tree.get(at).parent()) {
      if (at == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The structure elements in the order ReadingOrder gives them, each with its parent's index. */
  private static void walk(PDStructureNode node, int parent, List<Element> elements, List<Tagged> tree) {
    int self = parent;
    if (node instanceof PDStructureElement element) {
      self = tree.size();
      COSDictionary attributes = element.getCOSObject().getCOSDictionary(COSName.A);
      String scope = attributes == null ? "" : String.valueOf(attributes.getNameAsString(COSName.getPDFName("Scope")));
      tree.add(new Tagged(element.getStructureType(), parent, element.getKids().size(), scope,
          elements.get(self).text()));
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureNode child) {
        walk(child, self, elements, tree);
      }
    }
  }

  private static String artifactText(PDPage page) throws IOException {
    return normalize(ReadingOrder.artifactText(page));
  }

  private static String normalize(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
  }

  private static long count(String text, String part) {
    return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
  }
}
