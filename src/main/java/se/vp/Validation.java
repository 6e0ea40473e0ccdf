package se.vp;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import se.vp.check.PlanChecks;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.format.FormattedFile;
import se.vp.format.PlanFormatter;
import se.vp.model.Plan;
import se.vp.source.PlanLoader;

/**
 * The result of reading and checking a plan: the plan when every file could be read, and every
 * finding in a stable order. This is the core's entry point; it knows nothing of Maven.
 */
public record Validation(Optional<Plan> plan, List<Diagnostic> diagnostics) {

  public Validation {
    diagnostics = List.copyOf(diagnostics);
  }

  /** Reads plan-source and checks it; paths in findings are relative to {@code displayBase}. */
  public static Validation of(Path planSource, Path displayBase) {
    Diagnostics out = new Diagnostics();
    Optional<Plan> plan = PlanLoader.load(planSource, displayBase, out);
    plan.ifPresent(p -> PlanChecks.run(p, out));
    return new Validation(plan, out.sorted());
  }

  /**
   * As {@link #of}, and also warns about every file not in the canonical form that mvn vp:fmt
   * writes (VP019), at its first line that would change, as spotless:check does. A file that
   * already has an error gets no such warning: the error is what the editor has to fix first.
   */
  public static Validation withFormatCheck(Path planSource, Path displayBase) {
    Validation validation = of(planSource, displayBase);
    Diagnostics out = new Diagnostics();
    out.addAll(validation.diagnostics());
    java.util.Set<String> withErrors = validation.diagnostics().stream()
        .filter(d -> d.severity() == Severity.FEL).map(d -> d.location().file()).collect(java.util.stream.Collectors.toSet());
    for (FormattedFile file : PlanFormatter.check(planSource, displayBase).files()) {
      if (withErrors.contains(file.display())) {
        continue;
      }
      out.report(Code.VP019, new Location(file.display(), file.firstChangedLine(), 1),
          "filen är inte formaterad som mvn vp:fmt skriver den", Optional.of("kör mvn vp:fmt"));
    }
    return new Validation(validation.plan(), out.sorted());
  }

  public long errors() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.FEL).count();
  }

  public long warnings() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.VARNING).count();
  }
}
