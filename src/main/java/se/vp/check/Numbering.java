package se.vp.check;

import java.util.Optional;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.model.Fokusomrade;
import se.vp.model.ResolvedPlan;

/** A fokusområde is numbered under its own målsättning, and under an area that exists. */
final class Numbering implements Check {

  @Override
  public void check(ResolvedPlan resolved, Diagnostics out) {
    RenumberedByHand byHand = RenumberedByHand.of(resolved);
    for (Fokusomrade f : resolved.plan().fokusomraden()) {
      if (f.nummer().malsattning() != f.malsattning()) {
        out.report(Code.VP204, f.at(),
            "fokusområde " + f.nummer() + " hör till målsättning " + f.malsattning()
                + " men är numrerat under målsättning " + f.nummer().malsattning(),
            Optional.of("numrera det " + f.malsattning() + "." + f.nummer().delar().get(1)
                + " eller ändra målsättning till " + f.nummer().malsattning()));
      }
      f.nummer().overordnat().ifPresent(parent -> {
        if (resolved.fokusomrade(parent.toString()).isEmpty()) {
          out.report(Code.VP205, f.at(), "fokusområde " + parent + " saknas, men " + f.nummer() + " ligger under det",
              byHand.hint(parent).or(() -> Optional.of("lägg till en fil för " + parent + " i fokusomraden/")));
        }
      });
    }
  }
}
