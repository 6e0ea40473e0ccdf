package se.vp.check;

import se.vp.model.Placement;

/** A place in the plan as a finding's sentence names it: "fokusområde 4.1.2", "målsättning 4". */
final class Places {

  private Places() {}

  static String phrase(Placement.Place place) {
    if (place instanceof Placement.InMalsattning m) {
      return "målsättning " + m.malsattning().nr();
    }
    if (place instanceof Placement.InFokusomrade f) {
      return "fokusområde " + f.fokusomrade().nummer();
    }
    return "\"" + ((Placement.InTema) place).tema().rubrik() + "\"";
  }
}
