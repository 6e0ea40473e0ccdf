package se.vp.check;

import java.util.Optional;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Suggestions;
import se.vp.locale.Svenska;
import se.vp.model.Beslut;
import se.vp.model.Fokusomrade;
import se.vp.model.Forslag;
import se.vp.model.Forslagstyp;
import se.vp.model.Organ;
import se.vp.model.Ref;
import se.vp.model.ResolvedPlan;
import se.vp.model.Ursprung;

/**
 * Every item says where it comes from, and what it says holds together: no decision from a year
 * after the plan, no proposal for another year, nothing proposed new that is already decided or
 * kept that never was, merges that remove what they replace, and nothing proposed removed that
 * the plan still uses as in force.
 */
final class Provenance implements Check {

  @Override
  public void check(ResolvedPlan resolved, Diagnostics out) {
    var plan = resolved.plan();
    int year = plan.fakta().ar();
    plan.malsattningar().forEach(m -> consistent(m.ursprung(), "målsättning " + m.nr(), m.at(), year, resolved, out));
    for (Fokusomrade f : plan.fokusomraden()) {
      consistent(decidedAtMal(f), "fokusområde " + f.nummer(), f.at(), year, resolved, out);
      f.mal().ifPresent(mal -> {
        consistent(mal.ursprung(), "målet för fokusområde " + f.nummer(), mal.text().at(), year, resolved, out);
        if (!mal.ursprung().isKnown() && !f.ursprung().isKnown()) {
          missing(mal.text().at(), "målet för fokusområde " + f.nummer(), out);
        }
      });
    }
    plan.styrtal().forEach(s -> {
      consistent(s.ursprung(), "styrtalet", s.text().at(), year, resolved, out);
      if (!s.ursprung().isKnown()) {
        missing(s.text().at(), "styrtalet", out);
      }
    });
    plan.uppdrag().forEach(u -> {
      consistent(u.ursprung(), "uppdraget", u.text().at(), year, resolved, out);
      if (!u.ursprung().isKnown()) {
        missing(u.text().at(), "uppdraget", out);
      }
    });
    plan.fullmaktigesUppdrag().ifPresent(list -> knownBody(list.beslut(), resolved, out));
    removedStillInForce(resolved, out);
  }

  /** A decision names a body the plan knows: FM and DN, or those it declares under beslutande-organ. */
  private static void knownBody(Beslut beslut, ResolvedPlan resolved, Diagnostics out) {
    var plan = resolved.plan();
    if (plan.organ(beslut.av()).isPresent()) {
      return;
    }
    var known = plan.organ().stream().map(Organ::forkortning).toList();
    String hint = Suggestions.didYouMean(beslut.av(), known).map(s -> s + " Annars: ").orElse("")
        + "ange organet under beslutande-organ i plan.yaml, med förkortning och namn";
    out.report(Code.VP203, beslut.at(), "beslutet är fattat av " + beslut.av() + ", som planen inte känner: den känner "
        + Svenska.lista(known), Optional.of(hint));
  }

  private static void consistent(Ursprung ursprung, String what, Location at, int year, ResolvedPlan resolved,
      Diagnostics out) {
    Optional<Beslut> beslut = ursprung.beslut();
    Optional<Forslag> forslag = ursprung.forslag();
    beslut.ifPresent(b -> knownBody(b, resolved, out));
    beslut.filter(b -> b.ar() > year).ifPresent(b -> out.report(Code.VP210, b.at(),
        what + " sägs beslutat " + b.ar() + ", efter planens år " + year));
    forslag.filter(f -> f.ar() != year).ifPresent(f -> out.report(Code.VP210, f.at(),
        "förslaget gäller " + f.ar() + " men planen gäller " + year,
        Optional.of("ett förslag från en tidigare plan är antingen beslutat eller borttaget")));
    if (forslag.isEmpty()) {
      return;
    }
    Forslag f = forslag.get();
    if (f.typ() == Forslagstyp.NYTT && beslut.isPresent()) {
      out.report(Code.VP210, f.at(), what + " föreslås som nytt men är redan beslutat ("
          + beslut.get().av() + " " + beslut.get().ar() + ")",
          Optional.of("använd typ behåll eller ändra, eller ta bort beslut"));
    }
    if ((f.typ() == Forslagstyp.BEHALL || f.typ() == Forslagstyp.ANDRA) && beslut.isEmpty()) {
      out.report(Code.VP210, f.at(), what + " föreslås att " + (f.typ() == Forslagstyp.BEHALL ? "behållas" : "ändras")
          + " men har inget beslut att utgå från", Optional.of("ange beslut, eller använd typ nytt"));
    }
    if (f.typ() == Forslagstyp.SLA_IHOP) {
      for (Ref replaced : f.ersatter()) {
        resolved.fokusomrade(replaced)
            .filter(old -> !old.ursprung().isProposedRemoved())
            .ifPresent(old -> out.report(Code.VP210, replaced.at(),
                what + " ersätter fokusområde " + old.nummer() + ", men det föreslås inte tas bort",
                Optional.of("ge fokusområde " + old.nummer() + " förslag med typ ta-bort")));
      }
    }
  }

  /**
   * A fokusområde's own ursprung, where a proposal to keep or change the area rests on its mål's
   * decision when the area has none of its own: the deck tags a decided area at its mål.
   */
  private static Ursprung decidedAtMal(Fokusomrade f) {
    boolean keepsOrChanges = f.ursprung().forslag()
        .filter(p -> p.typ() == Forslagstyp.BEHALL || p.typ() == Forslagstyp.ANDRA).isPresent();
    if (!keepsOrChanges || f.ursprung().beslut().isPresent()) {
      return f.ursprung();
    }
    return new Ursprung(f.mal().flatMap(m -> m.ursprung().beslut()), f.ursprung().forslag());
  }

  private static void missing(Location at, String what, Diagnostics out) {
    out.report(Code.VP212, at, what + " saknar ursprung: varken beslut eller förslag anges",
        Optional.of("ange till exempel beslut: {av: DN, år: 2025}"));
  }

  /** A removed styrtal or uppdrag that an area in force still lists. */
  private static void removedStillInForce(ResolvedPlan resolved, Diagnostics out) {
    for (Fokusomrade f : resolved.plan().fokusomraden()) {
      if (f.ursprung().isProposedRemoved()) {
        continue;
      }
      f.styrtal().forEach(ref -> resolved.styrtal(ref).filter(s -> s.ursprung().isProposedRemoved())
          .ifPresent(s -> removed(ref, "styrtalet " + s.id(), "fokusområde " + f.nummer(), out)));
      f.uppdrag().forEach(ref -> resolved.uppdrag(ref).filter(u -> u.ursprung().isProposedRemoved())
          .ifPresent(u -> removed(ref, "uppdraget " + ref.raw(), "fokusområde " + f.nummer(), out)));
    }
    resolved.plan().omraden().forEach(o -> o.presentationer().forEach(p -> p.insatser().forEach(insats ->
        resolved.fokusomrade(insats.fokusomrade()).filter(fo -> fo.ursprung().isProposedRemoved())
            .ifPresent(fo -> removed(insats.fokusomrade(), "fokusområde " + fo.nummer(), "området " + o.namn(), out)))));
  }

  private static void removed(Ref ref, String what, String where, Diagnostics out) {
    out.report(Code.VP211, ref.at(), what + " föreslås tas bort men används fortfarande av " + where,
        Optional.of("ta bort referensen, eller ändra förslaget"));
  }
}
