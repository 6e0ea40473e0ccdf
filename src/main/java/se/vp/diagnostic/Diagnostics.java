package se.vp.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects findings while a run goes on; the result is sorted by place so the output is stable. */
public final class Diagnostics {

  private final List<Diagnostic> found = new ArrayList<>();

  public void report(Code code, Location location, String message) {
    found.add(new Diagnostic(location, code.severity(), code, message, Optional.empty()));
  }

  public void report(Code code, Location location, String message, Optional<String> hint) {
    found.add(new Diagnostic(location, code.severity(), code, message, hint));
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
