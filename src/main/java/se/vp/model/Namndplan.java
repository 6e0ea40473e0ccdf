package se.vp.model;

import java.util.List;
import java.util.Optional;

/**
 * One nämnd's plan, its references resolved. In a region, {@code id} is the nämnd's folder name
 * under namnder/; a plan-source with a single nämnd gives the empty id.
 */
public record Namndplan(String id, ResolvedPlan resolved) {

  public Plan plan() {
    return resolved.plan();
  }

  public boolean inRegion() {
    return !id.isEmpty();
  }

  /** The plan, when there is exactly one nämnd's. */
  public static Optional<Plan> single(List<Namndplan> plans) {
    return plans.size() == 1 ? Optional.of(plans.get(0).plan()) : Optional.empty();
  }
}
