package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.Validation;
import se.vp.browser.Browser;
import se.vp.model.ResolvedPlan;
import se.vp.view.Bildspel;
import se.vp.view.PlanViews;
import se.vp.view.Views;

/**
 * The committed plan's web edition, read as a citizen and a screen reader meet it: a page for
 * every målsättning the nämnd works under, every fokusområde and the economy, each with its uppdrag
 * and styrtal in words, links that lead somewhere, the structure WCAG asks for, charts a screen
 * reader can read, the same bytes every time, and nothing axe-core finds in headless Chromium.
 */
class WebEditionTest {

  @TempDir static Path folder;
  static RenderProject project;
  static Path webb;
  static Views.Plan view;
  /** Every page by its file name, parsed as a browser parses HTML. */
  static final Map<String, Document> PAGES = new LinkedHashMap<>();

  @BeforeAll
  static void renderTheCommittedPlan() throws Exception {
    project = RenderProject.create(folder);
    Renders.render(request(project.output));
    webb = project.output.resolve("webb");
    view = PlanViews.of(ResolvedPlan.of(Validation.of(project.planSource, project.root).plan().orElseThrow()));
    for (String name : files(webb)) {
      if (name.endsWith(".html")) {
        PAGES.put(name, Jsoup.parse(webb.resolve(name).toFile(), "UTF-8"));
      }
    }
  }

  private static RenderRequest request(Path output) {
    return new RenderRequest(project.planSource, project.templates, output, project.root, false, Optional.empty(),
        Optional.empty(), false, false, true, true);
  }

  @Test
  void writesAPageForTheStartEveryMalsattningOfTheNamndEveryFokusomradeAndTheEconomy() throws IOException {
    List<String> expected = new ArrayList<>(List.of("index.html", "ekonomi.html", "webb.css"));
    view.malsattningar().stream().filter(WebEditionTest::hasContent)
        .forEach(m -> expected.add("malsattning-" + m.nr() + ".html"));
    view.fokusomraden().forEach(f -> expected.add("fokusomrade-" + f.nummer().replace('.', '-') + ".html"));
    assertEquals(new TreeSet<>(expected), new TreeSet<>(files(webb)));
    assertTrue(expected.size() > 8, expected.toString());
  }

  @Test
  void everyLinkLeadsToAPageAndAnIdThatExistAndEveryPageLinksToEveryOther() {
    PAGES.forEach((name, page) -> {
      List<String> targets = new ArrayList<>();
      for (Element a : page.select("a")) {
        String href = a.attr("href");
        assertFalse(href.isEmpty(), name + ": a link without href: " + a);
        String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        String id = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
        Document target = file.isEmpty() ? page : PAGES.get(file);
        assertTrue(target != null, name + ": " + href + " leads to no page");
        assertTrue(id.isEmpty() || target.getElementById(id) != null, name + ": " + href + " leads to no id");
        targets.add(file.isEmpty() ? name : file);
      }
      assertTrue(targets.containsAll(PAGES.keySet()), name + " does not link to every page: " + targets);
      assertEquals(1, page.select("a[aria-current=page]").stream().map(a -> a.attr("href")).distinct().count(),
          name + " marks not one link as the current page");
    });
  }

  @Test
  void everyPageIsSwedishHtml5WithTitleSkipLinkLandmarksAndHeadingsInOrder() {
    List<String> titles = new ArrayList<>();
    PAGES.forEach((name, page) -> {
      assertTrue(page.childNodes().stream().anyMatch(n -> n.nodeName().equals("#doctype")), name);
      assertEquals("sv", page.selectFirst("html").attr("lang"), name);
      assertEquals("utf-8", page.selectFirst("meta[charset]").attr("charset"), name);
      assertFalse(page.title().isBlank(), name);
      titles.add(page.title());
      Element first = page.body().selectFirst("a[href]");
      assertEquals("#sidans-innehall", first.attr("href"), name + ": the first link skips to the content");
      assertEquals(1, page.select("main#sidans-innehall").size(), name);
      for (String landmark : List.of("header", "nav", "main", "footer")) {
        assertEquals(1, page.select(landmark).size(), name + ": " + landmark);
      }
      assertEquals(1, page.select("h1").size(), name);
      assertEquals(1, page.select("main h1").size(), name + ": the h1 is the page's own");
      int level = 0;
      for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
        int next = heading.tagName().charAt(1) - '0';
        assertTrue(next <= level + 1, name + ": " + heading.tagName() + " after h" + level + ": " + heading.text());
        level = next;
      }
    });
    assertEquals(titles.size(), new TreeSet<>(titles).size(), "every page has a title of its own: " + titles);
  }

  @Test
  void noPageNeedsOrRunsJavaScript() {
    PAGES.forEach((name, page) -> {
      assertEquals(0, page.select("script, noscript, iframe, object, embed").size(), name);
      page.getAllElements().forEach(e -> e.attributes().forEach(a -> {
        assertFalse(a.getKey().startsWith("on"), name + ": " + e);
        assertFalse(a.getValue().strip().toLowerCase().startsWith("javascript:"), name + ": " + e);
      }));
    });
  }

  @Test
  void everyDataTableHasACaptionAndHeaderCellsThatSayWhatTheyHead() {
    PAGES.forEach((name, page) -> page.select("table").forEach(table -> {
      assertFalse(table.select("> caption").text().isBlank(), name + ": a table without caption");
      table.select("th").forEach(th -> assertTrue(List.of("col", "row").contains(th.attr("scope")), name + ": " + th));
    }));
  }

  @Test
  void everyUppdragAndStyrtalStandsOnItsPageInWords() {
    for (Views.Malsattning m : view.malsattningar().stream().filter(WebEditionTest::hasContent).toList()) {
      String text = main("malsattning-" + m.nr() + ".html");
      m.styrtal().forEach(s -> assertTrue(text.contains(words(s.text())), m.nr() + ": " + s.text()));
      Stream.concat(m.uppdragTillNamnden().stream(), m.uppdragTillAlla().stream())
          .forEach(u -> assertTrue(text.contains(words(u.text())), m.nr() + ": " + u.text()));
      m.fokusomradenMedMal().forEach(f -> assertTrue(text.contains(words(f.namn())), m.nr() + ": " + f.namn()));
    }
    for (Views.Fokusomrade f : view.fokusomraden()) {
      String text = main("fokusomrade-" + f.nummer().replace('.', '-') + ".html");
      f.mal().ifPresent(mal -> assertTrue(text.contains(words(mal.text())), f.nummer() + ": " + mal.text()));
      f.styrtal().forEach(s -> assertTrue(text.contains(words(s.text())), f.nummer() + ": " + s.text()));
      Stream.concat(f.uppdragTillNamnden().stream(), f.uppdragTillForvaltningen().stream()).forEach(u -> {
        assertTrue(text.contains(words(u.text())), f.nummer() + ": " + u.text());
        u.nr().ifPresent(nr -> assertTrue(text.contains("Nr " + nr + "."), f.nummer() + ": Nr " + nr));
      });
    }
    String economy = main("ekonomi.html");
    Views.Ekonomi ekonomi = view.ekonomi().orElseThrow();
    assertTrue(economy.contains(words(ekonomi.ramanslag())), economy);
    ekonomi.fordelning().forEach(r -> assertTrue(economy.contains(words(r.omrade())), r.omrade()));
  }

  @Test
  void everyChartOfTheDeckIsAnSvgWithTitleDescriptionAndItsFiguresAsText() {
    List<Bildspel.Figur> figures = view.bildspel().bilder().stream().flatMap(b -> b.delar().stream())
        .flatMap(d -> d instanceof Bildspel.Spalter s ? s.spalter().stream().flatMap(c -> c.delar().stream())
            : Stream.of(d))
        .filter(Bildspel.Figur.class::isInstance).map(Bildspel.Figur.class::cast).toList();
    List<Element> svgs = PAGES.values().stream().flatMap(p -> p.select("svg").stream()).toList();
    assertEquals(figures.size(), svgs.size());
    assertFalse(svgs.isEmpty());
    for (Element svg : svgs) {
      Document page = svg.ownerDocument();
      assertEquals("img", svg.attr("role"));
      String[] labels = svg.attr("aria-labelledby").split(" ");
      assertEquals(2, labels.length, svg.attr("aria-labelledby"));
      Element title = page.getElementById(labels[0]);
      Element desc = page.getElementById(labels[1]);
      assertEquals("title", title.tagName());
      assertEquals("desc", desc.tagName());
      assertFalse(title.text().isBlank());
      assertFalse(svg.select("text").isEmpty(), "text stays text, not paths");
      Element table = svg.parent().selectFirst("table");
      for (Element cell : table.select("tbody td")) {
        assertTrue(desc.text().contains(cell.text()), desc.text() + " lacks " + cell.text());
      }
    }
    for (Bildspel.Figur figure : figures) {
      String alt = figure.diagram().alt();
      assertTrue(svgs.stream().anyMatch(svg -> words(svg.selectFirst("title").text()).equals(words(alt))), alt);
      figure.diagram().staplar().forEach(s -> assertTrue(svgs.stream().anyMatch(svg -> words(
          svg.parent().selectFirst("table").text()).contains(words(s.etikett() + " " + s.text()))), s.toString()));
    }
  }

  @Test
  void writesTheSameBytesEveryTime() throws Exception {
    Path again = project.root.resolve("igen");
    Renders.render(request(again));
    assertEquals(files(webb), files(again.resolve("webb")));
    for (String file : files(webb)) {
      assertArrayEquals(Files.readAllBytes(webb.resolve(file)), Files.readAllBytes(again.resolve("webb").resolve(file)),
          file);
    }
  }

  @Test
  void axeCoreFindsNoWcag21AaViolationOnAnyPageInChromium() {
    try (Browser browser = Browser.start()) {
      List<String> violations = new ArrayList<>();
      for (String name : PAGES.keySet()) {
        browser.open(webb.resolve(name));
        browser.axeViolations().forEach(v -> violations.add(name + ": " + v));
      }
      assertEquals(List.of(), violations);
    }
  }

  @Test
  void aReaderFindsAFokusomradeThroughTheTableOfContentsAndSkipsToItsContent() {
    Views.Fokusomrade f = view.fokusomraden().get(0);
    try (Browser browser = Browser.start()) {
      browser.open(webb.resolve("index.html"));
      assertEquals(view.dokument().titel() + " – " + view.dokument().namnd(), browser.title());
      browser.click(f.nummer() + " " + f.namn());
      browser.waitUntil("document.querySelector('main h1')", Duration.ofSeconds(10));
      assertTrue(browser.address().toString().endsWith("fokusomrade-" + f.nummer().replace('.', '-') + ".html"),
          browser.address().toString());
      assertTrue(browser.text().contains(f.namn()));
      // The skip link is out of sight until a keyboard user reaches it, and leads to the content.
      assertEquals(Boolean.TRUE, browser.evaluate(
          "const a = document.querySelector('a.hoppa'); return a.getBoundingClientRect().bottom <= 0;"));
      assertEquals(Boolean.TRUE, browser.evaluate("const a = document.querySelector('a.hoppa'); a.focus();"
          + " return a.getBoundingClientRect().top >= 0;"));
      browser.click("Hoppa till sidans innehåll");
      assertTrue(browser.address().toString().endsWith("#sidans-innehall"));
    }
  }

  private static boolean hasContent(Views.Malsattning m) {
    return !m.styrtal().isEmpty() || !m.uppdragTillNamnden().isEmpty() || !m.uppdragTillAlla().isEmpty()
        || !m.fokusomradenMedMal().isEmpty();
  }

  private static String main(String page) {
    Document document = PAGES.get(page);
    assertTrue(document != null, page + " is missing");
    return words(document.selectFirst("main").text());
  }

  /** The words of a text, its spaces all alike: the templates' typography binds some with no-break spaces. */
  private static String words(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
