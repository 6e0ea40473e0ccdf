package se.vp;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Severity;

/**
 * What a run of vp's core gives a user: every finding, the files it wrote (or created, or
 * formatted), what it has to tell in lines of its own ({@code report}, printed as they are, such
 * as the Markdown of a comparison, and {@code notes}), and, when the run failed, why in one
 * sentence that ends with what to do. A run never fails without saying so here; {@code cause} is
 * the library's exception behind a failure, for whoever asks for internals.
 */
public record Outcome(List<Diagnostic> findings, List<String> report, List<Path> written, List<String> notes,
    Optional<String> failure, Optional<Throwable> cause) {

  public Outcome {
    findings = List.copyOf(findings);
    report = List.copyOf(report);
    written = List.copyOf(written);
    notes = List.copyOf(notes);
  }

  public long errors() {
    return findings.stream().filter(d -> d.severity() == Severity.FEL).count();
  }

  public long warnings() {
    return findings.stream().filter(d -> d.severity() == Severity.VARNING).count();
  }
}
