package se.vp.diff;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import se.vp.diagnostic.OneLine;
import se.vp.text.WordDiff;

/**
 * The changes as Markdown for a pull-request comment. Every text from the plan is escaped: it can
 * neither format nor link (also not as a bare URL, www. or an e-mail address), mention (@),
 * reference issues (#12, GH-12), carry HTML or reorder itself with bidi controls.
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

  /**
   * Text as text. HTML characters become entities and Markdown's marks are escaped. What GitHub
   * links in plain text is broken by U+2060 WORD JOINER, written as the entity {@value #JOINER}:
   * it shows nothing, so the comment reads as the plan does, but no pattern runs across it. GitHub
   * finds mentions and references in the rendered text, after entities are read, so an entity
   * alone would not do. It goes after '@' (mentions, e-mail addresses) and '#' (#12, owner/repo#12),
   * after "GH-" before a digit, inside "www." and before the ':' of a scheme ("https://",
   * "mailto:"). Line breaks (also U+2028, U+2029) become spaces; other control characters and the
   * bidi controls, which could make the comment read otherwise than the plan, are shown by their
   * code, ⟨U+202E⟩, as in the log.
   */
  static String escape(String text) {
    String flat = LINE_BREAKS.matcher(text).replaceAll(" ");
    StringBuilder escaped = new StringBuilder();
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '@' -> escaped.append("&#64;").append(JOINER);
        case '#' -> escaped.append("&#35;").append(JOINER);
        case ':' -> escaped.append(isScheme(flat, i) ? JOINER + ":" : ":");
        case '.' -> escaped.append(startsWord(flat, i - 3, "www") ? JOINER + "." : ".");
        case '-' -> escaped.append(startsWord(flat, i - 2, "gh")
            && (i + 1 == flat.length() || isAsciiDigit(flat.charAt(i + 1))) ? "-" + JOINER : "-");
        // Texts never start a line here, so only marks that act mid-line need escaping.
        case '\\', '`', '*', '_', '{', '}', '[', ']', '|', '~' -> escaped.append('\\').append(c);
        default -> escaped.append(OneLine.hidden(c) ? String.format("⟨U+%04X⟩", (int) c) : String.valueOf(c));
      }
    }
    return escaped.toString();
  }

  private static final String JOINER = "&#8288;";

  private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u2028\\u2029]+");

  /**
   * A ':' after a letter and not before a space: "https://", "mailto:a". A word is escaped in
   * pieces (the words of a change), so one that ends a piece counts too.
   */
  private static boolean isScheme(String text, int colon) {
    return colon > 0 && isAsciiLetter(text.charAt(colon - 1))
        && (colon + 1 == text.length() || !Character.isWhitespace(text.charAt(colon + 1)));
  }

  /** Whether the word at {@code at} is {@code word} (in any case) and starts there. */
  private static boolean startsWord(String text, int at, String word) {
    return at >= 0 && text.regionMatches(true, at, word, 0, word.length())
        && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
