package se.vp.check;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Suggestions;
import se.vp.model.Fokusomrade;
import se.vp.model.Forslag;
import se.vp.model.Malsattning;
import se.vp.model.Nummer;
import se.vp.model.Ref;
import se.vp.model.ResolvedPlan;
import se.vp.model.Styrtal;
import se.vp.model.Ursprung;

/** Every reference resolves to an item that exists, and no list names the same item twice. */
final class References implements Check {

  @Override
  public void check(ResolvedPlan resolved, Diagnostics out) {
    var plan = resolved.plan();
    RenumberedByHand unnamed = RenumberedByHand.of(resolved);
    for (Malsattning m : plan.malsattningar()) {
      styrtal(m.styrtal(), resolved, out);
      uppdrag(m.uppdrag(), resolved, out);
      ersatter(m.ursprung(), resolved, unnamed, out);
    }
    for (Fokusomrade f : plan.fokusomraden()) {
      if (resolved.malsattning(f.malsattning()).isEmpty()) {
        missing(new Ref(String.valueOf(f.malsattning()), f.malsattningAt()), "målsättning",
            resolved.malsattningNumbers(), out);
      }
      styrtal(f.styrtal(), resolved, out);
      uppdrag(f.uppdrag(), resolved, out);
      ersatter(f.ursprung(), resolved, unnamed, out);
      f.mal().ifPresent(mal -> ersatter(mal.ursprung(), resolved, unnamed, out));
    }
    for (Styrtal s : plan.styrtal()) {
      if (s.jamforbaraLan() && plan.fakta().jamforbaraLan().isEmpty()) {
        out.report(Code.VP203, s.text().at(), "styrtalet jämförs med jämförbara län, men plan.yaml anger inga",
            Optional.of("lägg till jämförbara-län i plan.yaml"));
      }
      ersatter(s.ursprung(), resolved, unnamed, out);
      s.utfall().forEach(u -> u.lan().stream().filter(l -> !plan.fakta().jamforbaraLan().contains(l.lan()))
          .forEach(l -> out.report(Code.VP203, l.at(), "länet " + l.lan() + " står inte bland jämförbara län i plan.yaml",
              Suggestions.didYouMean(l.lan(), plan.fakta().jamforbaraLan())
                  .or(() -> Optional.of("jämförbara län: " + String.join(", ", plan.fakta().jamforbaraLan()))))));
    }
    plan.uppdrag().forEach(u -> ersatter(u.ursprung(), resolved, unnamed, out));
    plan.fullmaktigesUppdrag().ifPresent(list -> list.uppdrag().forEach(listed -> {
      if (resolved.uppdragNr(listed.nr()).isEmpty()) {
        missing(new Ref(String.valueOf(listed.nr()), listed.at()), "uppdrag nr",
            resolved.uppdragNames().stream().filter(n -> n.matches("[0-9]+")).toList(), out);
      }
    }));
    plan.gemensamt().malsattningar().forEach(g -> {
      if (resolved.malsattning(g.malsattning()).isEmpty()) {
        missing(new Ref(String.valueOf(g.malsattning()), g.at()), "målsättning", resolved.malsattningNumbers(), out);
      }
    });
    plan.gemensamt().teman().forEach(t -> uppdrag(t.uppdrag(), resolved, out));
    plan.ekonomi().flatMap(e -> e.fordelning()).ifPresent(f ->
        resolve(f.rader().stream().flatMap(p -> p.omrade().stream()).toList(), r -> resolved.omrade(r).isPresent(),
            "område", resolved.omradeIds(), out));
    plan.forutsattningar().ifPresent(f ->
        resolve(f.omraden(), r -> resolved.omrade(r).isPresent(), "område", resolved.omradeIds(), out));
    plan.omraden().forEach(o -> o.presentationer().forEach(p ->
        fokusomraden(p.insatser().stream().map(i -> i.fokusomrade()).toList(), resolved, unnamed, out)));
  }

  private static void styrtal(List<Ref> refs, ResolvedPlan resolved, Diagnostics out) {
    resolve(refs, r -> resolved.styrtal(r).isPresent(), "styrtal", resolved.styrtalIds(), out);
  }

  private static void uppdrag(List<Ref> refs, ResolvedPlan resolved, Diagnostics out) {
    resolve(refs, r -> resolved.uppdrag(r).isPresent(), "uppdrag", resolved.uppdragNames(), out);
  }

  private static void ersatter(Ursprung ursprung, ResolvedPlan resolved, RenumberedByHand unnamed,
      Diagnostics out) {
    List<Ref> replaced = ursprung.forslag().map(Forslag::ersatter).orElse(List.of());
    fokusomraden(replaced, resolved, unnamed, out);
  }

  /**
   * References to fokusområden, by number. One that names no fokusområde, where exactly one
   * fokusområde beside where it would stand is named by nothing, is most likely a nummer changed by
   * hand: the hint is the command that takes the references along.
   */
  private static void fokusomraden(List<Ref> refs, ResolvedPlan resolved, RenumberedByHand unnamed,
      Diagnostics out) {
    resolve(refs, r -> resolved.fokusomrade(r).isPresent(), "fokusområde", resolved.fokusomradeNumbers(), out,
        r -> Nummer.parse(r.raw()).flatMap(unnamed::hint));
  }

  private static void resolve(List<Ref> refs, Predicate<Ref> exists, String kind, List<String> known, Diagnostics out) {
    resolve(refs, exists, kind, known, out, r -> Optional.empty());
  }

  /** As {@link #resolve}, with a hint of the kind's own before the names alike. */
  private static void resolve(List<Ref> refs, Predicate<Ref> exists, String kind, List<String> known, Diagnostics out,
      Function<Ref, Optional<String>> hint) {
    Set<String> seen = new HashSet<>();
    for (Ref ref : refs) {
      if (!seen.add(ref.raw())) {
        out.report(Code.VP215, ref.at(), kind + " " + ref.raw() + " står redan tidigare i listan",
            Optional.of("ta bort den ena"));
      } else if (!exists.test(ref)) {
        Optional<String> own = hint.apply(ref);
        if (own.isPresent()) {
          out.report(Code.VP203, ref.at(), kind + " " + ref.raw() + " finns inte i planen", own);
        } else {
          missing(ref, kind, known, out);
        }
      }
    }
  }

  private static void missing(Ref ref, String kind, List<String> known, Diagnostics out) {
    out.report(Code.VP203, ref.at(), kind + " " + ref.raw() + " finns inte i planen",
        Suggestions.didYouMean(ref.raw(), known).or(() -> Suggestions.numbers(ref.raw(), known)));
  }
}
