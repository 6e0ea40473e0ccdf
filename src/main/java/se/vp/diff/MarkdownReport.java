package se.vp.diff;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import se.vp.diagnostic.Diagnostic;
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

  /**
   * GitHub refuses comments over 65 536 characters. A longer report is shortened to fit, with room
   * for the note that says what was left out.
   */
  static final int MAX_LENGTH = 60_000;

  /** The hidden line that says the comment is shortened, for CI to add a link to the whole report. */
  public static final String SHORTENED = "<!-- vp:diff förkortad -->";

  private MarkdownReport() {}

  public static String of(Comparison comparison) {
    return of(comparison, MAX_LENGTH);
  }

  /**
   * The report, or, when it is longer than {@code maxLength}, a summary of the changes under each
   * heading, the changes that fit, and where the rest stands.
   */
  static String of(Comparison comparison, int maxLength) {
    String title = comparison.after().dokument().titel();
    StringBuilder head = new StringBuilder(MARKER).append('\n');
    head.append("### Ändringar i ").append(escape(title)).append("\n\n");
    head.append("Förslaget jämfört med ").append(escape(comparison.base()))
        .append(comparison.baseDate().isEmpty() ? "" : " (" + escape(comparison.baseDate()) + ")")
        .append(": ").append(comparison.summary()).append(".\n");
    comparison.proposal().ifPresent(proposal -> head.append("Förslaget är ").append(escape(proposal.label()))
        .append(" (").append(escape(proposal.date())).append(")")
        .append(proposal.uncommitted() ? ", med ändringar som inte är incheckade" : "").append(".\n"));
    head.append(unproposed(comparison.unproposed()));
    Map<String, List<Change>> groups = ChangeView.byCategory(comparison.changes());
    // Written only as far as a comment takes: a plan of thousands of changes is not written whole.
    StringBuilder whole = new StringBuilder(head);
    for (Map.Entry<String, List<Change>> group : groups.entrySet()) {
      whole.append("\n#### ").append(group.getKey()).append("\n\n");
      for (int i = 0; i < group.getValue().size() && whole.length() <= maxLength; i++) {
        whole.append(change(group.getValue().get(i)));
      }
    }
    if (whole.length() <= maxLength) {
      return whole.toString();
    }
    List<Change> ordered = groups.values().stream().flatMap(List::stream).toList();
    StringBuilder md = new StringBuilder(head.toString().replaceFirst("\n", "\n" + SHORTENED + "\n"));
    md.append("\nRapporten är för lång för en kommentar. Ändringarna per avsnitt:\n\n| Avsnitt | Ändringar |\n|---|---|\n");
    groups.forEach((heading, changes) -> md.append("| ").append(heading).append(" | ")
        .append(Comparison.summary(changes)).append(" |\n"));
    // Room for the closing note, whatever it counts: the note is a line of some 300 characters.
    int room = maxLength - REST_ROOM;
    int shown = 0;
    for (Map.Entry<String, List<Change>> group : groups.entrySet()) {
      StringBuilder section = new StringBuilder("\n#### ").append(group.getKey()).append("\n\n");
      int inGroup = 0;
      for (Change change : group.getValue()) {
        String entry = change(change);
        if (md.length() + section.length() + entry.length() > room) {
          break;
        }
        section.append(entry);
        inGroup++;
      }
      if (inGroup > 0) {
        md.append(section);
      }
      shown += inGroup;
      if (inGroup < group.getValue().size()) {
        break;
      }
    }
    return md.append(rest(ordered.subList(shown, ordered.size()))).toString();
  }

  private static final int REST_ROOM = 1_000;

  /** How many VP242 findings the head names; a comment keeps room for the changes themselves. */
  static final int MAX_UNPROPOSED = 20;

  /**
   * The decided items the proposal changes or removes without a förslag, first, since the
   * committee's förslag table will not list them: a reviewer reads it before the changes.
   */
  private static String unproposed(List<Diagnostic> findings) {
    if (findings.isEmpty()) {
      return "";
    }
    StringBuilder md = new StringBuilder("\n**Beslutat som ändras utan förslag** (VP242): förslagen till nämnden"
        + " säger inte att detta ändras.\n\n");
    findings.stream().limit(MAX_UNPROPOSED).forEach(d -> md.append("- ").append(escape(d.location().file()))
        .append(d.location().line() > 0 ? " rad " + d.location().line() : "").append(": ").append(escape(d.message()))
        .append('\n'));
    if (findings.size() > MAX_UNPROPOSED) {
      md.append("- … och ").append(findings.size() - MAX_UNPROPOSED)
          .append(" till; alla står i loggen från mvn vp:diff.\n");
    }
    return md.append("\nmvn vp:diff -Dvp.skrivForslag=true skriver förslagen.\n").toString();
  }

  /** What was left out, counted by kind, and where it stands. */
  private static String rest(List<Change> left) {
    return "\n" + (left.isEmpty() ? "" : "… och " + left.size() + (left.size() == 1 ? " ändring" : " ändringar") + " till ("
        + Comparison.summary(left) + "). ")
        + "Hela rapporten står i ändringar.pdf och ändringar.docx bland handlingarna; på en pull request i"
        + " körningens artefakt handlingar.\n";
  }

  /**
   * One change: its kind and label, then each field that differs. A field named as the change is
   * (a section's "ramanslag") goes on the change's own line, so no label stands twice.
   */
  private static String change(Change change) {
    StringBuilder md = new StringBuilder("- **").append(change.type().word()).append("** ").append(escape(change.label()));
    List<Change.Field> fields = change.fields();
    if (Renumbering.saysAll(change)) {
      return md.append('\n').toString();
    }
    if (fields.size() == 1 && fields.get(0).name().equalsIgnoreCase(change.label())) {
      return md.append(field(fields.get(0), "  ").replaceFirst("^", ":")).toString();
    }
    md.append('\n');
    for (Change.Field field : fields) {
      md.append("  - ").append(escape(field.name())).append(':').append(field(field, "    "));
    }
    return md.toString();
  }

  /** After the field's name: " text\n", or a list of its entries below it, each indented so. */
  private static String field(Change.Field field, String indent) {
    if (!field.isList()) {
      return " " + field.figures().map(f -> escape(f.text())).orElseGet(() -> words(field.words())) + "\n";
    }
    StringBuilder list = new StringBuilder("\n");
    for (ListEntries.Entry entry : field.entries()) {
      if (entry.fate() != ListEntries.Fate.KVAR) {
        list.append(indent).append("- ").append(words(entry.pieces())).append(" (").append(entry.fate().word())
            .append(entry.note().isEmpty() ? "" : " " + entry.note()).append(")\n");
      }
    }
    return list.toString();
  }

  private static String words(List<WordDiff.Piece> pieces) {
    StringBuilder text = new StringBuilder();
    WordDiff.Kind last = WordDiff.Kind.LIKA;
    for (WordDiff.Piece piece : pieces) {
      String escaped = escape(piece.text());
      // "<del>151,3</del> <ins>151,9</ins>": what goes and what comes are read as two words; a
      // comma or full stop put in belongs to the word before it.
      if (last == WordDiff.Kind.BORT && piece.kind() == WordDiff.Kind.NY && !piece.text().isBlank()
          && !Character.isWhitespace(piece.text().charAt(0)) && ",.;:!?)".indexOf(piece.text().charAt(0)) < 0) {
        text.append(' ');
      }
      last = piece.kind();
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
