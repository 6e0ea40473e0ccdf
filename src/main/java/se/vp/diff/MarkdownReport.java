package se.vp.diff;

import java.util.List;
import java.util.Map;
import se.vp.text.WordDiff;

/**
 * The changes as Markdown for a pull-request comment. Every text from the plan is escaped: it can
 * neither format nor link, mention (@), reference issues (#) or carry HTML.
 */
public final class MarkdownReport {

  /** The hidden line by which CI finds and updates its earlier comment. */
  public static final String MARKER = "<!-- vp:diff -->";

  /** GitHub refuses comments over 65 536 characters; the rest is in the PDF and DOCX. */
  static final int MAX_LENGTH = 60_000;

  private MarkdownReport() {}

  public static String of(Comparison comparison) {
    String title = comparison.after().dokument().titel();
    StringBuilder md = new StringBuilder(MARKER).append('\n');
    md.append("### Ändringar i ").append(escape(title)).append("\n\n");
    md.append("Förslaget jämfört med ").append(escape(comparison.base()))
        .append(comparison.baseDate().isEmpty() ? "" : " (" + escape(comparison.baseDate()) + ")")
        .append(": ").append(comparison.summary()).append(".\n");
    int written = 0;
    for (Map.Entry<String, List<Change>> group : ChangeView.byCategory(comparison.changes()).entrySet()) {
      StringBuilder section = new StringBuilder("\n#### ").append(group.getKey()).append("\n\n");
      for (Change change : group.getValue()) {
        section.append("- **").append(change.type().word()).append("** ").append(escape(change.label())).append('\n');
        for (Change.Field field : change.fields()) {
          section.append("  - ").append(escape(field.name())).append(": ").append(words(field)).append('\n');
        }
      }
      if (md.length() + section.length() > MAX_LENGTH) {
        md.append("\n… och ").append(comparison.changes().size() - written)
            .append(" ändringar till; alla står i output/ändringar.pdf och output/ändringar.docx.\n");
        return md.toString();
      }
      md.append(section);
      written += group.getValue().size();
    }
    return md.toString();
  }

  private static String words(Change.Field field) {
    StringBuilder text = new StringBuilder();
    for (WordDiff.Piece piece : field.words()) {
      String escaped = escape(piece.text());
      switch (piece.kind()) {
        case NY -> text.append("<ins>").append(escaped).append("</ins>");
        case BORT -> text.append("<del>").append(escaped).append("</del>");
        case LIKA -> text.append(escaped);
      }
    }
    return text.toString().strip();
  }

  /** Text as text: HTML characters, mentions and issue references as entities, Markdown escaped. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.replaceAll("[\\r\\n]+", " ").toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '@' -> escaped.append("&#64;");
        case '#' -> escaped.append("&#35;");
        // Texts never start a line here, so only marks that act mid-line need escaping.
        case '\\', '`', '*', '_', '{', '}', '[', ']', '|', '~' -> escaped.append('\\').append(c);
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
