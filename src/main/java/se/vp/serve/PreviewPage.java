package se.vp.serve;

import static se.vp.render.ooxml.PackageParts.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.vp.Outcome;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Severity;

/**
 * The preview page, made on the server from the latest render: the findings grouped by file, each
 * linked to its line in VS Code, then each nämnd's handlingar, their pages as pictures and the
 * files to download. The page's script only fetches this again when a render ends.
 */
final class PreviewPage {

  /** What the page is made from: the latest render, and where the findings' paths start. */
  record Content(Renders.Snapshot snapshot, Path displayBase) {}

  /** A PDF's page count, from the preview's pictures. */
  interface Pages {
    int count(OutputFiles.Listed pdf);
  }

  /** Where the page finds what the render's first step wrote for the browser: the web edition. */
  static final String FOR_BROWSER = "/visning/";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
  /** The handlingar in the order the page shows them, by the base name of their files. */
  private static final Map<String, String> DOCUMENTS = ordered("bildspel", "Bildspelet", "sammanstallning",
      "Sammanställningen", "beslutsunderlag", "Beslutsunderlaget", "ändringar", "Ändringsrapporten");
  private static final Map<String, String> FORMATS = ordered("pdf", "PDF", "docx", "Word", "pptx", "PowerPoint", "md",
      "Markdown");

  private PreviewPage() {}

  private static Map<String, String> ordered(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** Where a file stands on the page: by handling, then by format. */
  private static int rank(OutputFiles.Listed file) {
    String name = file.path().substring(file.path().lastIndexOf('/') + 1);
    return 10 * List.copyOf(DOCUMENTS.keySet()).indexOf(baseName(name)) + List.copyOf(FORMATS.keySet())
        .indexOf(extension(name));
  }

  /** The whole page, with the content of the render it is made after. */
  static String page(Content content, Pages pages) {
    return """
        <!DOCTYPE html>
        <html lang="sv">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Förhandsvisning – vp</title>
        <link rel="stylesheet" href="/_vp/forhandsvisning.css">
        <script src="/_vp/forhandsvisning.js" defer></script>
        </head>
        <body>
        <a class="hoppa" href="#innehall">Hoppa till innehållet</a>
        <header>
        <h1>Förhandsvisning av verksamhetsplanen</h1>
        <p id="status" role="status">%s</p>
        </header>
        <main id="innehall" data-rendering="%d">
        %s</main>
        <footer><p>vp:serve visar handlingarna i output/ och uppdaterar sidan när en fil i plan-source/ eller templates/
         sparas. Ctrl-C i terminalen avslutar.</p></footer>
        </body>
        </html>
        """.formatted(escape(status(content.snapshot())), content.snapshot().number(),
            content(content, pages));
  }

  /** One line for the status and the event that tells the page a render ended. */
  static String status(Renders.Snapshot snapshot) {
    if (snapshot.number() == 0) {
      return "Planen renderas för första gången …";
    }
    Outcome outcome = snapshot.outcome();
    String counts = outcome.errors() + " fel, " + outcome.warnings()
        + (outcome.warnings() == 1 ? " varning" : " varningar");
    String when = " kl. " + TIME.format(snapshot.ended()) + " på " + seconds(snapshot.took()) + " s: " + counts + ".";
    if (!snapshot.documents()) {
      return "Kontrollerad" + when + " Dokumenten renderas …";
    }
    if (outcome.failure().isPresent()) {
      return (outcome.errors() > 0 ? "Kontrollerad" : "Renderad") + when
          + " Handlingarna nedan är de senaste som kunde skrivas.";
    }
    return "Renderad" + when;
  }

  /** What the page's main part holds: the findings first, then the handlingar. */
  static String content(Content content, Pages pages) {
    StringBuilder html = new StringBuilder();
    findings(content, html);
    handlingar(content.snapshot(), pages, html);
    return html.toString();
  }

  private static void findings(Content content, StringBuilder html) {
    Outcome outcome = content.snapshot().outcome();
    html.append("<section class=\"fynd\" aria-labelledby=\"fynd-rubrik\" tabindex=\"0\">\n")
        .append("<h2 id=\"fynd-rubrik\">Fynd</h2>\n");
    if (content.snapshot().number() == 0) {
      html.append("<p>Planen kontrolleras och renderas; fynden visas här när den första renderingen är klar.</p>\n");
      html.append("</section>\n");
      return;
    }
    if (outcome.errors() > 0) {
      html.append("<p class=\"stopp\">Planen har ")
          .append(outcome.errors() == 1 ? "ett fel" : outcome.errors() + " fel")
          .append(", så handlingarna nedan är från den senaste renderingen utan fel. Rätta och spara, så renderas"
              + " planen om.</p>\n");
    } else {
      outcome.failure().ifPresent(why -> html.append("<p class=\"stopp\">").append(escape(why)).append("</p>\n"));
    }
    if (outcome.findings().isEmpty() && outcome.failure().isEmpty()) {
      html.append("<p>Inga fel och inga varningar.</p>\n");
    }
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    outcome.findings().stream().sorted((a, b) -> a.severity() == b.severity() ? a.compareTo(b)
        : a.severity() == Severity.FEL ? -1 : 1).forEach(d -> byFile.computeIfAbsent(d.location().file(),
        f -> new ArrayList<>()).add(d));
    byFile.forEach((file, found) -> {
      html.append("<h3>").append(escape(file)).append("</h3>\n<ul>\n");
      for (Diagnostic d : found) {
        html.append("<li class=\"").append(d.severity() == Severity.FEL ? "fel" : "varning").append("\"><a href=\"")
            .append(escape(editorLink(content.displayBase(), d))).append("\">")
            .append(d.location().line() == 0 ? "öppna filen" : "rad " + d.location().line() + ", kolumn "
                + d.location().column())
            .append("</a> <strong>").append(d.severity().word()).append("</strong> ").append(escape(d.code().name()))
            .append(": ").append(escape(d.message()));
        d.hint().ifPresent(hint -> html.append(" (").append(escape(hint)).append(")"));
        html.append("</li>\n");
      }
      html.append("</ul>\n");
    });
    html.append("</section>\n");
  }

  /** Opens the file at the finding's line in VS Code. */
  static String editorLink(Path displayBase, Diagnostic d) {
    Path file = displayBase.toAbsolutePath().normalize().resolve(d.location().file()).normalize();
    StringBuilder link = new StringBuilder("vscode://file");
    for (Path part : file) {
      link.append('/').append(URLEncoder.encode(part.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
    }
    if (d.location().line() > 0) {
      link.append(':').append(d.location().line()).append(':').append(Math.max(1, d.location().column()));
    }
    return link.toString();
  }

  private static void handlingar(Renders.Snapshot snapshot, Pages pages, StringBuilder html) {
    Map<String, List<OutputFiles.Listed>> byFolder = new LinkedHashMap<>();
    for (OutputFiles.Listed file : snapshot.files()) {
      int slash = file.path().indexOf('/');
      String folder = slash < 0 ? "" : file.path().substring(0, slash);
      String name = slash < 0 ? file.path() : file.path().substring(slash + 1);
      if (DOCUMENTS.containsKey(baseName(name)) && FORMATS.containsKey(extension(name))) {
        byFolder.computeIfAbsent(folder, f -> new ArrayList<>()).add(file);
      }
    }
    if (byFolder.isEmpty()) {
      html.append("<section aria-labelledby=\"handlingar\">\n<h2 id=\"handlingar\">Handlingar</h2>\n")
          .append("<p>output/ har inga handlingar ännu; de visas här när planen har renderats utan fel.</p>\n")
          .append("</section>\n");
    }
    int index = 0;
    for (Map.Entry<String, List<OutputFiles.Listed>> entry : byFolder.entrySet()) {
      String folder = entry.getKey();
      List<OutputFiles.Listed> listed = entry.getValue().stream().sorted(java.util.Comparator.comparingInt(
          PreviewPage::rank)).toList();
      String id = "handlingar-" + ++index;
      html.append("<section aria-labelledby=\"").append(id).append("\">\n<h2 id=\"").append(id).append("\">")
          .append(folder.isEmpty() ? "Handlingar" : "Handlingar för " + escape(folder)).append("</h2>\n");
      html.append("<ul class=\"filer\">\n");
      for (OutputFiles.Listed file : listed) {
        String name = file.path().substring(folder.isEmpty() ? 0 : folder.length() + 1);
        html.append("<li><a href=\"").append(escape(fileLink(file))).append("\">")
            .append(DOCUMENTS.get(baseName(name))).append(" (").append(FORMATS.get(extension(name))).append(", ")
            .append(size(file.size())).append(")</a></li>\n");
      }
      html.append("</ul>\n");
      String webb = (folder.isEmpty() ? "" : folder + "/") + "webb/index.html";
      snapshot.forBrowser().stream().filter(page -> page.path().equals(webb)).findFirst().ifPresent(page -> html
          .append("<h3>Webbversionen</h3>\n<iframe class=\"webb\" title=\"Webbversionen av planen").append(folder
              .isEmpty() ? "" : " för " + escape(folder)).append("\" src=\"").append(FOR_BROWSER).append(encode(webb))
          .append("?v=").append(page.version()).append("\"></iframe>\n"));
      for (OutputFiles.Listed file : listed) {
        String name = file.path().substring(folder.isEmpty() ? 0 : folder.length() + 1);
        if (extension(name).equals("pdf")) {
          pagePictures(file, DOCUMENTS.get(baseName(name)), pages.count(file), html);
        }
      }
      html.append("</section>\n");
    }
  }

  private static void pagePictures(OutputFiles.Listed pdf, String title, int count, StringBuilder html) {
    boolean deck = pdf.path().endsWith("bildspel.pdf");
    html.append("<h3>").append(title).append("</h3>\n<ol class=\"sidor").append(deck ? " bilder" : "").append("\">\n");
    for (int page = 1; page <= count; page++) {
      String alt = title + ", " + (deck ? "bild " : "sida ") + page + " av " + count;
      html.append("<li><a href=\"").append(escape(fileLink(pdf))).append("#page=").append(page).append("\"><img src=\"")
          .append(escape("/sida/" + encode(pdf.path()) + "/" + page + ".png?v=" + pdf.version()))
          .append("\" alt=\"").append(escape(alt)).append("\" loading=\"lazy\"></a></li>\n");
    }
    html.append("</ol>\n");
  }

  private static String fileLink(OutputFiles.Listed file) {
    return "/filer/" + encode(file.path()) + "?v=" + file.version();
  }

  private static String encode(String path) {
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/")) {
      parts.add(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return String.join("/", parts);
  }

  private static String baseName(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  private static String size(long bytes) {
    return bytes < 1024 * 1024 ? Math.max(1, Math.round(bytes / 1024.0)) + " kB"
        : String.format(Locale.forLanguageTag("sv-SE"), "%.1f MB", bytes / (1024.0 * 1024));
  }

  private static String seconds(java.time.Duration took) {
    return String.format(Locale.forLanguageTag("sv-SE"), "%.1f", took.toMillis() / 1000.0);
  }

}
