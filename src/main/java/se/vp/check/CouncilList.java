package se.vp.check;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.model.FullmaktigesLista;
import se.vp.model.Placement;
import se.vp.model.ResolvedPlan;
import se.vp.model.Uppdrag;

/**
 * The council's list of uppdrag to the committee and the plan agree: every numbered uppdrag the
 * plan gives the committee is on the list, and everything on the list is placed in the plan. The
 * seed's summary counts 17 while giving Nr 20 to the committee under 4.1.2: this is the rule that
 * catches it.
 */
final class CouncilList implements Check {

  @Override
  public void check(ResolvedPlan resolved, Diagnostics out) {
    Optional<FullmaktigesLista> list = resolved.plan().fullmaktigesUppdrag();
    if (list.isEmpty()) {
      return;
    }
    Set<Integer> listed = new HashSet<>();
    list.get().uppdrag().forEach(l -> listed.add(l.nr()));
    Set<Integer> placed = new HashSet<>();
    Set<Integer> reported = new HashSet<>();
    for (Placement placement : resolved.uppdragPlacements()) {
      Optional<Uppdrag> uppdrag = resolved.uppdrag(placement.ref());
      if (uppdrag.isEmpty() || uppdrag.get().nr().isEmpty()) {
        continue;
      }
      int nr = uppdrag.get().nr().get();
      placed.add(nr);
      if (uppdrag.get().mottagare().includesNamnden() && !listed.contains(nr) && reported.add(nr)) {
        out.report(Code.VP206, placement.ref().at(),
            "uppdrag Nr " + nr + " ges till nämnden under " + Places.phrase(placement.place())
                + " men står inte i fullmäktiges lista (fullmaktiges-uppdrag.yaml), som därmed räknar "
                + listed.size() + " uppdrag",
            Optional.of("lägg till Nr " + nr + " i listan om fullmäktige har gett nämnden uppdraget"));
      }
    }
    list.get().uppdrag().stream()
        .filter(l -> resolved.uppdragNr(l.nr()).isPresent() && !placed.contains(l.nr()))
        .forEach(l -> out.report(Code.VP207, l.at(),
            "uppdrag Nr " + l.nr() + " står i fullmäktiges lista men ligger inte under något fokusområde, "
                + "någon målsättning eller något gemensamt tema",
            Optional.of("lägg numret i uppdrag-listan där det hör hemma")));
  }
}
