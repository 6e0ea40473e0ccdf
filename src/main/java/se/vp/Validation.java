package se.vp;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.vp.check.PlanChecks;
import se.vp.check.RegionChecks;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Severity;
import se.vp.format.PlanFormatter;
import se.vp.model.Namndplan;
import se.vp.model.Plan;
import se.vp.render.CheckedPlans;
import se.vp.render.Timings.Stage;
import se.vp.render.Timings;
import se.vp.source.PlanLoader;

/**
 * The result of reading and checking plan-source: every nämnd's plan when every file could be
 * read, and every finding in a stable order, once even when a file the nämnder share gives it in
 * each. This is the core's entry point; it knows nothing of Maven.
 */
public record Validation(List<Namndplan> plans, List<Diagnostic> diagnostics) {

  public Validation {
    plans = List.copyOf(plans);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Reads plan-source and checks it; paths in findings are relative to {@code displayBase}. */
  public static Validation of(Path planSource, Path displayBase) {
    return of(planSource, displayBase, Optional.empty(), new Timings());
  }

  /** As {@link #of(Path, Path)}, for one nämnd of a region only when {@code namnd} is given. */
  public static Validation of(Path planSource, Path displayBase, Optional<String> namnd, Timings timings) {
    Diagnostics out = new Diagnostics();
    List<Namndplan> plans = timings.time(Stage.LASA, () -> PlanLoader.loadAll(planSource, displayBase, namnd, out));
    timings.time(Stage.KONTROLLERA, () -> {
      plans.forEach(p -> PlanChecks.run(p.resolved(), out));
      if (namnd.isEmpty()) {
        RegionChecks.run(plans, out);
      }
      return null;
    });
    return new Validation(plans, out.sorted());
  }

  /**
   * As {@link #of}, and also warns about every file not in the canonical form that mvn vp:fmt
   * writes (VP019), at its first line that would change, as spotless:check does. A file that
   * already has an error gets no such warning: the error is what the editor has to fix first.
   */
  public static Validation withFormatCheck(Path planSource, Path displayBase) {
    return withFormatCheck(planSource, displayBase, Optional.empty());
  }

  /** As {@link #withFormatCheck(Path, Path)}, for one nämnd of a region when it is given. */
  public static Validation withFormatCheck(Path planSource, Path displayBase, Optional<String> namnd) {
    Validation validation = of(planSource, displayBase, namnd, new Timings());
    Diagnostics out = new Diagnostics();
    out.addAll(validation.diagnostics());
    Set<String> withErrors = validation.diagnostics().stream()
        .filter(d -> d.severity() == Severity.FEL).map(d -> d.location().file()).collect(Collectors.toSet());
    out.addAll(PlanFormatter.findings(PlanFormatter.check(planSource, displayBase)).stream()
        .filter(d -> !withErrors.contains(d.location().file())).toList());
    return new Validation(validation.plans(), out.sorted());
  }

  /** The plans and findings a render is made from. */
  public CheckedPlans checked() {
    return new CheckedPlans(plans, diagnostics);
  }

  /** The plan, when plan-source holds exactly one nämnd's. */
  public Optional<Plan> plan() {
    return Namndplan.single(plans);
  }

  public long errors() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.FEL).count();
  }

  public long warnings() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.VARNING).count();
  }
}
