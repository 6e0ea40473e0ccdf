package se.vp.check;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.model.Mottagare;
import se.vp.model.Namndplan;
import se.vp.model.ResolvedPlan;
import se.vp.model.Uppdrag;

/**
 * The rules about a region as a whole, which no nämnd's plan can tell alone: an uppdrag the council
 * gives to a nämnd that no nämnd of the region has placed is in no handling (VP214, as in one plan).
 */
public final class RegionChecks {

  private RegionChecks() {}

  /** The nämnder's plans, every one of the region: with one nämnd picked out, the others are not known. */
  public static void run(List<Namndplan> plans, Diagnostics out) {
    if (plans.isEmpty() || !plans.get(0).inRegion()) {
      return;
    }
    Set<String> placed = new HashSet<>();
    Map<String, Uppdrag> toANamnd = new TreeMap<>();
    for (Namndplan namnd : plans) {
      ResolvedPlan resolved = namnd.resolved();
      Unused.addPlaced(resolved, placed);
      resolved.plan().uppdrag().stream().filter(u -> u.shared() && u.mottagare() == Mottagare.NAMNDEN)
          .forEach(u -> toANamnd.putIfAbsent(u.id(), u));
    }
    for (Uppdrag u : toANamnd.values()) {
      if (!Unused.isPlaced(u, placed)) {
        out.report(Code.VP214, u.text().at(), "fullmäktiges uppdrag " + u.nr().map(nr -> "Nr " + nr).orElse(u.id())
                + " ges till en nämnd, men ingen nämnd i regionen har det under ett fokusområde, en målsättning"
                + " eller ett tema",
            Optional.of("lägg det i uppdrag-listan hos den nämnd som fått det, eller ta bort filen om fullmäktige"
                + " inte har gett det"));
      }
    }
  }
}
