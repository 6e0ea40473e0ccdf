package se.vp.diagnostic;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding about the plan, printed compiler style so that CI and editors can mark the line:
 * {@code plan-source/uppdrag/x.yaml:4:3: fel: okänd nyckel 'nummer' – menade du 'nr'? [VP101]}.
 */
public record Diagnostic(Location location, Severity severity, Code code, String message, Optional<String> hint)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::location)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  public String text() {
    return hint.map(h -> message + " – " + h).orElse(message);
  }

  /** The finding as one line of the log, whatever its text holds (see {@link OneLine}). */
  public String format() {
    return location + ": " + severity.word() + ": " + OneLine.text(text()) + " [" + code + "]";
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return format();
  }
}
