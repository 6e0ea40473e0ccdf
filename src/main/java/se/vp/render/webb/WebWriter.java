package se.vp.render.webb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.VpException;
import se.vp.render.diagram.Diagram;
import se.vp.render.diagram.DiagramReader;
import se.vp.render.pdf.diagram.DiagramSvg;
import se.vp.render.writer.DocumentWriter;
import se.vp.render.writer.OutputFile;
import se.vp.render.writer.TemplateFile;
import se.vp.render.writer.TemplateOutput;

/**
 * The web edition: webb.ftlx writes the whole site as one XHTML document, each page a
 * {@code <section class="sida">} with an id and a {@code data-titel}; this writer makes each page a
 * file of its own in webb/, the first index.html, with what stands before and after the pages (the
 * header, the table of contents, the footer) on every page, the page's own content in
 * {@code <main>}, and a skip link to it. A link to an id becomes a link to the page that holds it.
 * Diagrams become inline SVG, painted as the PDF paints them, with their figures as a table.
 *
 * <p>The template comes from a pull request: what would run or load anything in a reader's browser
 * (scripts, frames, objects, event attributes, links other than http, https, mailto and the site's
 * own) is left out, and the file names are slugs of the ids, plain ASCII, never a path.
 */
public final class WebWriter implements DocumentWriter {

  /** The folder of the site in the nämnd's folder of output/. */
  public static final String FOLDER = "webb/";
  /** The stylesheet every page links to, copied from templates/, where the region may restyle it. */
  public static final String STYLESHEET = "webb.css";
  /** Far more than a site's stylesheet needs; it is copied into every nämnd's webb/. */
  public static final int MAX_STYLESHEET_BYTES = 1 << 20;
  /** The id of every page's {@code <main>}, which the skip link leads to. */
  static final String MAIN = "sidans-innehall";

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String DIAGRAM = "application/x-vp-diagram";
  private static final Set<String> LEFT_OUT = Set.of("script", "noscript", "style", "iframe", "frame", "frameset",
      "embed", "applet", "object", "base", "link", "meta", "template", "head", "title", "form", "input", "button",
      "textarea", "select");
  private static final Pattern SAFE_URL = Pattern.compile("(?i)(https?://|mailto:)[^\\s\"<>]*");
  private static final Pattern HEIGHT = Pattern.compile("\\bhojd-(\\d{1,3})\\b");
  private static final int MAX_SLUG = 60;
  /**
   * What stands around the pages is written on each of them, so a hostile template's output could
   * grow with the square of its pages; the site is refused beyond these, far above any plan's.
   */
  static final int MAX_PAGES = 1000;
  static final long MAX_CHARACTERS = 50_000_000;
  /** The SVG's width in its own units: a slide's content, so its text keeps the size the painters chose. */
  private static final double SVG_WIDTH = 660;
  private static final double UNITS_PER_MM = 660 / 234.0;

  private final Path templates;
  private final String templatesDisplay;
  private Optional<byte[]> stylesheet;

  public WebWriter(Path templates, String templatesDisplay) {
    this.templates = templates;
    this.templatesDisplay = templatesDisplay;
  }

  @Override
  public String name() {
    return "HTML";
  }

  @Override
  public List<OutputFile> write(TemplateOutput document) throws VpException {
    Element html = document.xhtml().getDocumentElement();
    Optional<Element> body = children(html).stream().filter(e -> name(e).equals("body")).findFirst();
    if (body.isEmpty()) {
      throw new VpException(new Diagnostic(Location.ofFile(templatesDisplay + "/" + document.template()),
          Severity.FEL, Code.VP301, "mallen för webbutgåvan skrev ingen <body>", Optional.empty()), null);
    }
    List<Element> parts = children(body.get());
    List<Element> pages = parts.stream().filter(WebWriter::isPage).toList();
    if (pages.isEmpty()) {
      pages = List.of(body.get());
    }
    Site site = new Site(html, pages);
    List<Element> before = new ArrayList<>();
    List<Element> after = new ArrayList<>();
    if (pages.get(0) != body.get()) {
      int first = parts.indexOf(pages.get(0));
      int last = parts.indexOf(pages.get(pages.size() - 1));
      for (int i = 0; i < parts.size(); i++) {
        if (i < first) {
          before.add(parts.get(i));
        } else if (i > last) {
          after.add(parts.get(i));
        }
      }
    }
    if (pages.size() > MAX_PAGES) {
      throw tooLarge(document, "fler än " + MAX_PAGES + " sidor");
    }
    List<OutputFile> files = new ArrayList<>();
    long characters = 0;
    for (Element page : pages) {
      String text = site.page(page, before, after);
      characters += text.length();
      if (characters > MAX_CHARACTERS) {
        throw tooLarge(document, "sidor om mer än " + MAX_CHARACTERS / 1_000_000 + " miljoner tecken");
      }
      files.add(new OutputFile(FOLDER + site.file(page), text.getBytes(StandardCharsets.UTF_8)));
    }
    stylesheet().ifPresent(css -> files.add(new OutputFile(FOLDER + STYLESHEET, css)));
    return files;
  }

  /**
   * templates/webb.css, read once per render: it is published with the site, so a link is refused
   * as everywhere in templates/ (it would publish the file it points to), and so is a file larger
   * than {@link #MAX_STYLESHEET_BYTES}. None, and the pages have no stylesheet.
   */
  private synchronized Optional<byte[]> stylesheet() throws VpException {
    if (stylesheet == null) {
      stylesheet = readStylesheet();
    }
    return stylesheet;
  }

  private Optional<byte[]> readStylesheet() throws VpException {
    try {
      return TemplateFile.read(templates, templatesDisplay, STYLESHEET, "webbutgåvans stilmall", "stilmallen själv",
          MAX_STYLESHEET_BYTES);
    } catch (IOException e) {
      throw new VpException(new Diagnostic(Location.ofFile(templatesDisplay + "/" + STYLESHEET), Severity.FEL,
          Code.VP301, "webbutgåvans stilmall kan inte läsas", Optional.empty()), e);
    }
  }

  private VpException tooLarge(TemplateOutput document, String what) {
    return new VpException(new Diagnostic(Location.ofFile(templatesDisplay + "/" + document.template()), Severity.FEL,
        Code.VP307, "webbutgåvan blir " + what + ", mer än någon plan behöver",
        Optional.of("det som står före och efter sidornas <section class=\"sida\"> skrivs på varje sida")), null);
  }

  private static boolean isPage(Element e) {
    return name(e).equals("section") && List.of(e.getAttribute("class").split("\\s+")).contains("sida");
  }

  /** The pages, their files, and which page holds which id. */
  private static final class Site {

    private final String lang;
    private final String title;
    private final String description;
    private final Map<Element, String> files = new HashMap<>();
    private final Map<String, Element> pageOfId = new HashMap<>();

    Site(Element html, List<Element> pages) {
      String declared = html.getAttribute("lang").strip();
      this.lang = declared.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*") ? declared : "sv";
      Optional<Element> head = children(html).stream().filter(e -> name(e).equals("head")).findFirst();
      this.title = head.flatMap(h -> children(h).stream().filter(e -> name(e).equals("title")).findFirst())
          .map(t -> t.getTextContent().strip()).orElse("");
      this.description = head.flatMap(h -> children(h).stream()
          .filter(e -> name(e).equals("meta") && e.getAttribute("name").equals("description")).findFirst())
          .map(m -> m.getAttribute("content").strip()).orElse("");
      Set<String> taken = new HashSet<>();
      for (int i = 0; i < pages.size(); i++) {
        Element page = pages.get(i);
        String slug = i == 0 ? "index" : slug(page.getAttribute("id"), i + 1);
        String unique = slug;
        for (int n = 2; !taken.add(unique); n++) {
          unique = slug + "-" + n;
        }
        files.put(page, unique + ".html");
        ids(page, page);
      }
    }

    private void ids(Element element, Element page) {
      String id = element.getAttribute("id");
      if (!id.isEmpty()) {
        pageOfId.putIfAbsent(id, page);
      }
      children(element).forEach(child -> ids(child, page));
    }

    String file(Element page) {
      return files.get(page);
    }

    String page(Element page, List<Element> before, List<Element> after) {
      String heading = page.getAttribute("data-titel").strip();
      String pageTitle = heading.isEmpty() || heading.equals(title) ? title
          : title.isEmpty() ? heading : heading + " – " + title;
      Html out = new Html();
      out.raw("<!DOCTYPE html>").line();
      out.start("html", "lang", lang).line();
      out.start("head").line();
      out.start("meta", "charset", "utf-8").line();
      out.start("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").line();
      out.element("title", pageTitle).line();
      if (!description.isEmpty()) {
        out.start("meta", "name", "description", "content", description).line();
      }
      out.start("link", "rel", "stylesheet", "href", STYLESHEET).line();
      out.end("head").line();
      out.start("body").line();
      out.element("a", "Hoppa till sidans innehåll", "class", "hoppa", "href", "#" + MAIN).line();
      PageWriter writer = new PageWriter(this, page, out);
      before.forEach(writer::node);
      out.line().start("main", "id", MAIN);
      if (page.getOwnerDocument().getDocumentElement() != page) {
        writer.children(page);
      }
      out.end("main").line();
      after.forEach(writer::node);
      out.line().end("body").line().end("html").line();
      return out.toString();
    }

    /** Where a link to the id leads from the page: the page's file, the id in it; empty when no page has it. */
    Optional<String> link(String id, Element from) {
      Element page = pageOfId.get(id);
      if (page == null) {
        return Optional.empty();
      }
      if (page.getAttribute("id").equals(id)) {
        return Optional.of(files.get(page));
      }
      return Optional.of(page == from ? "#" + id : files.get(page) + "#" + id);
    }

    boolean isPage(String id, Element page) {
      return page.getAttribute("id").equals(id);
    }
  }

  /** Writes one page's elements: what is kept, links made to lead to pages, diagrams made SVG. */
  private static final class PageWriter {

    private final Site site;
    private final Element page;
    private final Html out;
    private int diagrams;

    PageWriter(Site site, Element page, Html out) {
      this.site = site;
      this.page = page;
      this.out = out;
    }

    void children(Node parent) {
      for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
        node(child);
      }
    }

    void node(Node node) {
      switch (node.getNodeType()) {
        case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.text(node.getNodeValue());
        case Node.ELEMENT_NODE -> element((Element) node);
        default -> { }
      }
    }

    private void element(Element e) {
      String name = name(e);
      boolean html = e.getNamespaceURI() == null || XHTML.equals(e.getNamespaceURI());
      if (name.equals("object") && DIAGRAM.equals(e.getAttribute("type"))) {
        diagram(e);
        return;
      }
      if (!html || LEFT_OUT.contains(name) || !name.matches("[a-z][a-z0-9]*")) {
        return;
      }
      out.open(name);
      NamedNodeMap attributes = e.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        attribute(e, (Attr) attributes.item(i));
      }
      out.close();
      if (!Html.VOID.contains(name)) {
        children(e);
        out.end(name);
      }
    }

    private void attribute(Element e, Attr attribute) {
      String name = attribute.getName().toLowerCase(Locale.ROOT);
      String value = attribute.getValue();
      if (name.startsWith("xmlns") || name.contains(":") || name.startsWith("on") || name.equals("src")
          || name.equals("srcset") || name.equals("action") || name.equals("formaction")
          || !name.matches("[a-z][a-z0-9-]*")) {
        return;
      }
      if (name.equals("href")) {
        href(value);
        return;
      }
      out.attribute(name, value);
    }

    /** The site's own links lead to the page that holds their id; http, https and mailto stay as they are. */
    private void href(String value) {
      String link = value.strip();
      if (link.startsWith("#")) {
        String id = link.substring(1);
        Optional<String> target = site.link(id, page);
        if (target.isPresent()) {
          out.attribute("href", target.get());
          if (site.isPage(id, page)) {
            out.attribute("aria-current", "page");
          }
        }
      } else if (SAFE_URL.matcher(link).matches()) {
        out.attribute("href", link);
      }
    }

    /**
     * A diagram as a figure: the SVG with the template's alt text as its title and the figures as
     * its description, and the figures as a table beneath, for a reader who wants the numbers. A
     * diagram without alt text, or that makes no picture, is its alt text or nothing, as in the PDF. A
     * {@code data-rubrik} on the element is the figure's visible caption.
     */
    private void diagram(Element e) {
      String alt = e.getAttribute("alt").strip();
      Optional<Diagram> read = DiagramReader.read(e);
      if (read.isEmpty()) {
        if (!alt.isEmpty()) {
          out.element("p", alt);
        }
        return;
      }
      Figures figures = Figures.of(read.get());
      String id = "diagram-" + ++diagrams;
      out.start("figure", "class", "diagram");
      String caption = e.getAttribute("data-rubrik").strip();
      if (!caption.isEmpty()) {
        out.element("figcaption", caption);
      }
      if (!alt.isEmpty()) {
        Matcher height = HEIGHT.matcher(e.getAttribute("class"));
        int mm = height.find() ? Math.max(30, Math.min(200, Integer.parseInt(height.group(1)))) : 80;
        String svg = DiagramSvg.of(read.get(), SVG_WIDTH, Math.round(mm * UNITS_PER_MM), id);
        int open = svg.indexOf('>');
        out.raw(svg.substring(0, open))
            .attribute("role", "img").attribute("aria-labelledby", id + "-titel " + id + "-beskrivning").raw(">")
            .element("title", alt, "id", id + "-titel")
            .element("desc", figures.sentence(), "id", id + "-beskrivning")
            .raw(svg.substring(open + 1));
      }
      out.start("details", "class", "siffror").start("summary").text("Siffrorna i diagrammet").end("summary");
      table(figures, !caption.isEmpty() ? caption : alt.isEmpty() ? "Siffror" : alt);
      figures.notes().forEach(note -> out.element("p", note));
      out.end("details").end("figure");
    }

    private void table(Figures figures, String caption) {
      out.start("table").element("caption", caption).start("thead").start("tr");
      figures.header().forEach(h -> out.element("th", h, "scope", "col"));
      out.end("tr").end("thead").start("tbody");
      for (List<String> row : figures.rows()) {
        out.start("tr").element("th", row.get(0), "scope", "row");
        row.subList(1, row.size()).forEach(cell -> out.element("td", cell));
        out.end("tr");
      }
      out.end("tbody").end("table");
    }
  }

  private static List<Element> children(Node parent) {
    List<Element> elements = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element) {
        elements.add(element);
      }
    }
    return elements;
  }

  private static String name(Element e) {
    return (e.getLocalName() != null ? e.getLocalName() : e.getNodeName()).toLowerCase(Locale.ROOT);
  }

  /** A page's file name from its id: ASCII letters, digits and hyphens, "malsattning-4" from "målsättning 4". */
  static String slug(String id, int number) {
    String folded = Normalizer.normalize(id, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (folded.length() > MAX_SLUG) {
      folded = folded.substring(0, MAX_SLUG).replaceAll("-+$", "");
    }
    return folded.isEmpty() || folded.equals("index") ? "sida-" + number : folded;
  }
}
