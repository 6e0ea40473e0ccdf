package se.vp.check;

import java.util.List;
import se.vp.diagnostic.Diagnostics;
import se.vp.model.ResolvedPlan;

/** Runs every rule about the plan as a whole; each file has already passed its schema. */
public final class PlanChecks {

  private static final List<Check> CHECKS = List.of(
      new UniqueNumbers(),
      new References(),
      new Numbering(),
      new CouncilList(),
      new Wording(),
      new DuplicateStyrtal(),
      new DuplicateUppdrag(),
      new Provenance(),
      new StyrtalDirection(),
      new Budget(),
      new Dates(),
      new DecisionDocument(),
      new MissingValues(),
      new Unused(),
      new Characters());

  private PlanChecks() {}

  public static void run(ResolvedPlan plan, Diagnostics out) {
    CHECKS.forEach(check -> check.check(plan, out));
  }
}
