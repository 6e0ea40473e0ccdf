package se.vp.render;

import java.util.List;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Severity;
import se.vp.model.Namndplan;

/** Every nämnd's plan as read and checked, with the findings: what a render is made from. */
public record CheckedPlans(List<Namndplan> plans, List<Diagnostic> findings) {

  public CheckedPlans {
    plans = List.copyOf(plans);
    findings = List.copyOf(findings);
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(d -> d.severity() == Severity.FEL);
  }
}
