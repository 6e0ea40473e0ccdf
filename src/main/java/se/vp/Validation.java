package se.vp;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import se.vp.check.PlanChecks;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Severity;
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

  public long errors() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.FEL).count();
  }

  public long warnings() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.VARNING).count();
  }
}
