package se.vp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.VpException;

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

  /** A run that wrote or found nothing to stop for, with what it has to say. */
  public static Outcome done(List<String> notes) {
    return new Outcome(List.of(), List.of(), List.of(), notes, Optional.empty(), Optional.empty());
  }

  /**
   * The outcome of a run that checked the plan: it fails on an error, and on a warning when the
   * project says so, naming the command that checks again; otherwise it ends with the count.
   */
  static Outcome checked(List<Diagnostic> findings, boolean failOnWarning, String rerun, List<String> report,
      List<Path> written, List<String> notes) {
    Outcome counted = new Outcome(findings, report, written, notes, Optional.empty(), Optional.empty());
    if (counted.errors() > 0) {
      return counted.failing(counted.counts() + ". Rätta felen och kör " + rerun + " igen.");
    }
    if (failOnWarning && counted.warnings() > 0) {
      return counted.failing(counted.counts() + ", och vp.failOnWarning är satt. Rätta varningarna och kör " + rerun
          + " igen.");
    }
    List<String> all = new ArrayList<>(notes);
    all.add(counted.counts() + ".");
    return new Outcome(findings, report, written, all, Optional.empty(), Optional.empty());
  }

  /** A run stopped by a finding of its own, counted with the plan's findings before it. */
  static Outcome failed(List<Diagnostic> findings, VpException failure, String unchanged) {
    List<Diagnostic> all = new ArrayList<>(findings);
    all.add(failure.diagnostic());
    return stopped(all.stream().sorted().toList(), unchanged).withCause(failure.getCause());
  }

  /** A run stopped by its findings, saying what it left as it was. */
  static Outcome stopped(List<Diagnostic> findings, String unchanged) {
    Outcome counted = new Outcome(findings, List.of(), List.of(), List.of(), Optional.empty(), Optional.empty());
    return counted.failing(counted.counts() + ". " + unchanged);
  }

  Outcome failing(String why) {
    return new Outcome(findings, report, written, notes, Optional.of(why), cause);
  }

  private Outcome withCause(Throwable why) {
    return new Outcome(findings, report, written, notes, failure, Optional.ofNullable(why));
  }

  /** "1 fel, 13 varningar". */
  String counts() {
    return count(errors(), "fel", "fel") + ", " + count(warnings(), "varning", "varningar");
  }

  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  public long errors() {
    return findings.stream().filter(d -> d.severity() == Severity.FEL).count();
  }

  public long warnings() {
    return findings.stream().filter(d -> d.severity() == Severity.VARNING).count();
  }
}
