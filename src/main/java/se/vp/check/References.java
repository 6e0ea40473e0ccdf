package se.vp.check;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Suggestions;
import se.vp.model.Fokusomrade;
import se.vp.model.Forslag;
import se.vp.model.Malsattning;
import se.vp.model.Ref;
import se.vp.model.Styrtal;
import se.vp.model.Ursprung;

/** Every reference resolves to an item that exists, and no list names the same item twice. */
final class References implements Check {

  @Override
  public void check(PlanIndex index, Diagnostics out) {
    var plan = index.plan;
    for (Malsattning m : plan.malsattningar()) {
      styrtal(m.styrtal(), index, out);
      uppdrag(m.uppdrag(), index, out);
      ersatter(m.ursprung(), index, out);
    }
    for (Fokusomrade f : plan.fokusomraden()) {
      if (index.malsattning(f.malsattning()).isEmpty()) {
        missing(new Ref(String.valueOf(f.malsattning()), f.malsattningAt()), "målsättning",
            index.malsattningNumbers(), out);
      }
      styrtal(f.styrtal(), index, out);
      uppdrag(f.uppdrag(), index, out);
      ersatter(f.ursprung(), index, out);
      f.mal().ifPresent(mal -> ersatter(mal.ursprung(), index, out));
    }
    for (Styrtal s : plan.styrtal()) {
      if (s.jamforbaraLan() && plan.fakta().jamforbaraLan().isEmpty()) {
        out.report(Code.VP203, s.text().at(), "styrtalet jämförs med jämförbara län, men plan.yaml anger inga",
            Optional.of("lägg till jämförbara-län i plan.yaml"));
      }
      ersatter(s.ursprung(), index, out);
    }
    plan.uppdrag().forEach(u -> ersatter(u.ursprung(), index, out));
    plan.fullmaktigesUppdrag().ifPresent(list -> list.uppdrag().forEach(listed -> {
      if (index.uppdragNr(listed.nr()).isEmpty()) {
        missing(new Ref(String.valueOf(listed.nr()), listed.at()), "uppdrag nr",
            index.uppdragNames().stream().filter(n -> n.matches("[0-9]+")).toList(), out);
      }
    }));
    plan.gemensamt().malsattningar().forEach(g -> {
      if (index.malsattning(g.malsattning()).isEmpty()) {
        missing(new Ref(String.valueOf(g.malsattning()), g.at()), "målsättning", index.malsattningNumbers(), out);
      }
    });
    plan.gemensamt().teman().forEach(t -> uppdrag(t.uppdrag(), index, out));
    plan.ekonomi().flatMap(e -> e.fordelning()).ifPresent(f ->
        resolve(f.omraden().stream().map(p -> p.omrade()).toList(), r -> index.omrade(r.raw()).isPresent(),
            "område", index.omradeIds(), out));
    plan.forutsattningar().ifPresent(f ->
        resolve(f.omraden(), r -> index.omrade(r.raw()).isPresent(), "område", index.omradeIds(), out));
    plan.omraden().forEach(o -> o.presentationer().forEach(p ->
        resolve(p.insatser().stream().map(i -> i.fokusomrade()).toList(),
            r -> index.fokusomrade(r.raw()).isPresent(), "fokusområde", index.fokusomradeNumbers(), out)));
  }

  private static void styrtal(List<Ref> refs, PlanIndex index, Diagnostics out) {
    resolve(refs, r -> index.styrtal(r.raw()).isPresent(), "styrtal", index.styrtalIds(), out);
  }

  private static void uppdrag(List<Ref> refs, PlanIndex index, Diagnostics out) {
    resolve(refs, r -> index.uppdrag(r).isPresent(), "uppdrag", index.uppdragNames(), out);
  }

  private static void ersatter(Ursprung ursprung, PlanIndex index, Diagnostics out) {
    List<Ref> replaced = ursprung.forslag().map(Forslag::ersatter).orElse(List.of());
    resolve(replaced, r -> index.fokusomrade(r.raw()).isPresent(), "fokusområde", index.fokusomradeNumbers(), out);
  }

  private static void resolve(List<Ref> refs, Predicate<Ref> exists, String kind, List<String> known, Diagnostics out) {
    Set<String> seen = new HashSet<>();
    for (Ref ref : refs) {
      if (!seen.add(ref.raw())) {
        out.report(Code.VP215, ref.at(), kind + " " + ref.raw() + " står redan tidigare i listan",
            Optional.of("ta bort den ena"));
      } else if (!exists.test(ref)) {
        missing(ref, kind, known, out);
      }
    }
  }

  private static void missing(Ref ref, String kind, List<String> known, Diagnostics out) {
    out.report(Code.VP203, ref.at(), kind + " " + ref.raw() + " finns inte i planen",
        Suggestions.didYouMean(ref.raw(), known));
  }
}
