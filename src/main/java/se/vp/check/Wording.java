package se.vp.check;

import java.util.Optional;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.model.Forslag;
import se.vp.model.ResolvedPlan;
import se.vp.model.Text;
import se.vp.model.Ursprung;
import se.vp.text.WordDiff;

/**
 * Where the plan keeps a second wording of a text (the council's wording of an uppdrag, a
 * slide's heading for a målsättning, a proposal's wording), the two should say the same. The seed
 * has three such pairs; the plan keeps both and this rule shows the difference.
 */
final class Wording implements Check {

  @Override
  public void check(ResolvedPlan resolved, Diagnostics out) {
    var plan = resolved.plan();
    plan.fullmaktigesUppdrag().ifPresent(list -> list.uppdrag().forEach(listed ->
        listed.lydelse().ifPresent(lydelse -> resolved.uppdragNr(listed.nr()).ifPresent(u ->
            compare(lydelse, u.text(), "fullmäktiges lydelse av uppdrag Nr " + listed.nr(), out)))));
    plan.gemensamt().malsattningar().forEach(bild ->
        bild.rubrik().ifPresent(rubrik -> resolved.malsattning(bild.malsattning()).ifPresent(m ->
            m.titel().ifPresent(titel -> compare(rubrik, titel, "rubriken för målsättning " + m.nr(), out)))));
    plan.fokusomraden().forEach(f -> f.mal().ifPresent(mal ->
        proposal(mal.ursprung(), mal.text(), "förslagets lydelse av målet för fokusområde " + f.nummer(), out)));
    plan.styrtal().forEach(s -> proposal(s.ursprung(), s.text(), "förslagets lydelse av styrtalet", out));
    plan.uppdrag().forEach(u -> proposal(u.ursprung(), u.text(), "förslagets lydelse av uppdraget", out));
  }

  private static void proposal(Ursprung ursprung, Text text, String what, Diagnostics out) {
    ursprung.forslag().flatMap(Forslag::lydelse).ifPresent(lydelse -> compare(lydelse, text, what, out));
  }

  private static void compare(Text other, Text text, String what, Diagnostics out) {
    if (!WordDiff.sameWording(other.value(), text.value())) {
      out.report(Code.VP208, other.at(),
          what + " skiljer sig från texten i " + where(text.at()) + ": "
              + WordDiff.firstDifference(other.value(), text.value()),
          Optional.of("bestäm en lydelse och ta bort den andra"));
    }
  }

  private static String where(Location at) {
    return at.file() + ":" + at.line();
  }
}
