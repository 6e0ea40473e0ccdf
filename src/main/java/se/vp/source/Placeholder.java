package se.vp.source;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.model.Status;

/**
 * The texts vp:new writes for the editor to replace, "… (skriv uppdragets text här)". One class
 * writes them and recognises them, so that vp:validate finds every one left in a plan before it
 * is printed in the handlingar as if it were the committee's words.
 */
public final class Placeholder {

  /** Bounded, so a long text from a pull request costs no more than one pass. */
  private static final Pattern PATTERN = Pattern.compile("(?:… )?\\(skriv [^()\\n]{1,100}? här\\)");

  private Placeholder() {}

  /** The placeholder for what the editor is to write, such as "uppdragets text". */
  public static String of(String what) {
    return "… (skriv " + what + " här)";
  }

  /** The first placeholder in a text: where it starts and what it says. */
  public static Optional<Found> find(CharSequence text) {
    Matcher matcher = PATTERN.matcher(text);
    return matcher.find() ? Optional.of(new Found(matcher.start(), matcher.group())) : Optional.empty();
  }

  /**
   * Every placeholder left in a nämnd's files, at its own place: a warning while the plan is an
   * utkast (VP219), an error once it is handed in as förslag or beslutad (VP241), since the
   * handlingar would then print it as the committee's words.
   */
  static void report(List<SourceDocument> documents, Status status, Diagnostics out) {
    for (SourceDocument document : documents) {
      report(document.root(), status, out);
    }
  }

  private static void report(YamlNode node, Status status, Diagnostics out) {
    if (node instanceof YamlMap map) {
      map.entries().forEach(entry -> report(entry.value(), status, out));
    } else if (node instanceof YamlList list) {
      list.items().forEach(item -> report(item, status, out));
    } else if (node instanceof YamlScalar scalar && scalar.placeholder().isPresent()) {
      String left = find(scalar.text()).map(Found::text).orElse(scalar.text());
      if (status == Status.UTKAST) {
        out.report(Code.VP219, scalar.placeholder().get(), "texten från vp:new står kvar: '" + left + "'",
            Optional.of("skriv planens egen text i dess ställe; i en plan med status förslag eller beslutad är det ett fel"));
      } else {
        out.report(Code.VP241, scalar.placeholder().get(),
            "planen har status " + status.word() + ", men texten från vp:new står kvar: '" + left + "'",
            Optional.of("skriv planens egen text i dess ställe"));
      }
    }
  }

  /** A placeholder found at {@code start} (a char index) of a text. */
  public record Found(int start, String text) {}
}
