package se.vp.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects findings while a run goes on; the result is sorted by place so the output is stable. */
public final class Diagnostics {

  private final List<Diagnostic> found = new ArrayList<>();

  public void report(Code code, Location location, String message) {
    report(code, location, message, Optional.empty());
  }

  public void report(Code code, Location location, String message, Optional<String> hint) {
    found.add(new Diagnostic(location, code.severity(), code, plain(message), hint.map(Diagnostics::plain)));
  }

  /** Findings are console lines: the no-break spaces that Swedish figures carry in documents go. */
  private static String plain(String text) {
    return text.replace('\u00a0', ' ');
  }

  public void addAll(List<Diagnostic> diagnostics) {
    found.addAll(diagnostics);
  }

  public boolean hasErrors() {
    return found.stream().anyMatch(d -> d.severity() == Severity.FEL);
  }

  public List<Diagnostic> sorted() {
    return found.stream().sorted().distinct().toList();
  }
}
