package se.vp.model;

/**
 * One nämnd's plan. In a region, {@code id} is the nämnd's folder name under namnder/; a
 * plan-source with a single nämnd gives the empty id.
 */
public record Namndplan(String id, Plan plan) {

  public boolean inRegion() {
    return !id.isEmpty();
  }
}
