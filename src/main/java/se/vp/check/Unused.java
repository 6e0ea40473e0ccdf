package se.vp.check;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.model.Omrade;
import se.vp.model.ResolvedPlan;
import se.vp.model.Styrtal;
import se.vp.model.Uppdrag;

/** A styrtal, uppdrag or område that nothing refers to appears in no handling: likely forgotten. */
final class Unused implements Check {

  /**
   * Adds what a plan's lists name an uppdrag by: its uppdrag lists' references, and the numbers on
   * its list of the council's uppdrag. By id and by number: of two files with the same number,
   * neither is "unused" (VP202 says what is wrong).
   */
  static void addPlaced(ResolvedPlan resolved, Set<String> placed) {
    resolved.uppdragPlacements().forEach(p -> placed.add(p.ref().raw()));
    resolved.plan().fullmaktigesUppdrag()
        .ifPresent(l -> l.uppdrag().forEach(listed -> placed.add(String.valueOf(listed.nr()))));
  }

  static boolean isPlaced(Uppdrag u, Set<String> placed) {
    return placed.contains(u.id()) || u.nr().map(nr -> placed.contains(String.valueOf(nr))).orElse(false);
  }

  @Override
  public void check(ResolvedPlan resolved, Diagnostics out) {
    var plan = resolved.plan();
    for (Styrtal s : plan.styrtal()) {
      // One proposed removed stays in the plan for the decision's sake only (and VP211 wants it unlisted).
      if (resolved.places(s).isEmpty() && !s.ursprung().isProposedRemoved()) {
        out.report(Code.VP214, s.text().at(),
            "styrtalet " + s.id() + " används inte av någon målsättning eller något fokusområde",
            Optional.of("lägg dess id i en styrtal-lista, eller ta bort filen"));
      }
    }
    Set<String> uppdrag = new HashSet<>();
    addPlaced(resolved, uppdrag);
    for (Uppdrag u : plan.uppdrag()) {
      if (u.shared()) {
        // Most of the council's uppdrag in a region go to other nämnder.
        continue;
      }
      if (!isPlaced(u, uppdrag) && !u.ursprung().isProposedRemoved()) {
        out.report(Code.VP214, u.text().at(), "uppdraget " + u.nr().map(nr -> "Nr " + nr).orElse(u.id())
                + " ligger inte under något fokusområde, någon målsättning eller något tema",
            Optional.of("lägg det i en uppdrag-lista, eller ta bort filen"));
      }
    }
    Set<String> omraden = new HashSet<>();
    plan.forutsattningar().ifPresent(f -> f.omraden().forEach(r -> omraden.add(r.raw())));
    plan.ekonomi().flatMap(e -> e.fordelning())
        .ifPresent(f -> f.rader().forEach(p -> p.omrade().ifPresent(r -> omraden.add(r.raw()))));
    for (Omrade o : plan.omraden()) {
      if (!omraden.contains(o.id())) {
        out.report(Code.VP214, o.at(), "området " + o.namn() + " presenteras inte och får ingen del av ramanslaget",
            Optional.of("lägg dess id i forutsattningar.yaml eller ekonomi.yaml"));
      }
    }
  }
}
