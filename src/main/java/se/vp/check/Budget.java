package se.vp.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.locale.Svenska;
import se.vp.model.Amount;
import se.vp.model.Ekonomi.Fordelningspost;
import se.vp.model.Ekonomi.Post;
import se.vp.model.Ekonomi;
import se.vp.model.ResolvedPlan;

/**
 * The budget adds up, with rounding understood (see {@link Rounding}): last year's frame plus the
 * index adjustment is this year's, the adjustment is its percentage of last year's frame, the
 * parts of the adjustment and of the schablon add to their totals, a deficit and its measures
 * give the remaining requirement, and the distribution with the reserves uses the whole frame.
 * Amounts the source does not give are reported as missing, never assumed.
 */
final class Budget implements Check {

  @Override
  public void check(ResolvedPlan resolved, Diagnostics out) {
    resolved.plan().ekonomi().ifPresent(ekonomi -> check(ekonomi, resolved, out));
  }

  private static void check(Ekonomi ekonomi, ResolvedPlan resolved, Diagnostics out) {
    Ekonomi.Ramanslag ram = ekonomi.ramanslag();
    ram.index().ifPresent(index -> index.mnkr().ifPresent(mnkr -> ram.foregaendeAr().ifPresent(previous -> {
      List<Amount> terms = new ArrayList<>(List.of(previous, mnkr));
      ram.reduceringskrav().filter(r -> r.value().signum() != 0)
          .map(r -> new Amount(r.value().negate(), r.at())).ifPresent(terms::add);
      sum(terms, ram.mnkr(), "ramanslaget", Svenska::mnkr, out);
      if (!Rounding.percentHolds(index.procent(), previous, mnkr)) {
        out.report(Code.VP222, mnkr.at(),
            index.index().map(name -> name + " ").orElse("Indexuppräkningen ")
                + Svenska.procent(index.procent().value()) + " av " + Svenska.mnkr(previous.value()) + " är "
                + Svenska.mnkr(index.procent().value().multiply(previous.value()).movePointLeft(2)
                    .setScale(mnkr.value().scale(), java.math.RoundingMode.HALF_UP))
                + ", inte " + Svenska.mnkr(mnkr.value()));
      }
    })));
    ekonomi.modell().ifPresent(model -> {
      if (!model.upprakning().isEmpty()) {
        ram.index().flatMap(Ekonomi.Indexupprakning::mnkr).ifPresent(mnkr ->
            sum(amounts(model.upprakning()), mnkr, "uppräkningens delar", Svenska::mnkr, out));
      }
      model.schablonanslag().filter(s -> !s.delar().isEmpty()).ifPresent(s ->
          sum(amounts(s.delar()), s.krPerArsarbetare(), "schablonanslagets delar", Svenska::kr, out));
    });
    ekonomi.fordelning().ifPresent(fordelning -> {
      fordelning.rader().forEach(post -> post.atgardskrav().ifPresent(krav -> {
        Amount remaining = new Amount(krav.mnkr().value().negate(), krav.mnkr().at());
        if (!Rounding.sumHolds(List.of(krav.underskott(), krav.effekt()), remaining)) {
          out.report(Code.VP220, krav.mnkr().at(),
              "underskottet " + Svenska.tal(krav.underskott().value()) + " och effekten "
                  + Svenska.tal(krav.effekt().value()) + " ger ett åtgärdskrav på "
                  + Svenska.mnkr(krav.underskott().value().add(krav.effekt().value()).negate())
                  + ", inte " + Svenska.mnkr(krav.mnkr().value()));
        }
      }));
      if (fordelning.rader().isEmpty()) {
        out.report(Code.VP221, fordelning.at(), "fördelningen av ramanslaget har varken områden eller poster",
            Optional.of("ange områden: eller poster: med mnkr, eller ta bort fördelning"));
        return;
      }
      List<Fordelningspost> unknown = fordelning.rader().stream().filter(p -> p.mnkr().isEmpty()).toList();
      unknown.forEach(post -> out.report(Code.VP221, post.at(),
          "beloppet för " + resolved.namn(post) + " saknas, så fördelningen kan inte stämmas av mot ramanslaget "
              + Svenska.mnkr(ram.mnkr().value()),
          Optional.of("ange mnkr för " + (post.omrade().isPresent() ? "området" : "posten"))));
      if (!unknown.isEmpty()) {
        out.report(Code.VP223, fordelning.at(), unknown.size() + " av " + fordelning.rader().size()
            + " " + fordelning.slag() + " saknar belopp, så beslutsunderlaget föreslår inte fördelningen av"
            + " ramanslaget utan att förvaltningen återkommer med ett förslag",
            Optional.of("ange mnkr för varje " + fordelning.kolumn().toLowerCase(Locale.ROOT).replace("eller", "och")));
      } else {
        List<Amount> parts = new ArrayList<>();
        fordelning.rader().forEach(p -> parts.add(p.mnkr().get()));
        List<Amount> reserves = ekonomi.modell().map(m -> amounts(m.reserver())).orElse(List.of());
        parts.addAll(reserves);
        sum(parts, ram.mnkr(), reserves.isEmpty() ? "fördelningen" : "fördelningen med reserverna", Svenska::mnkr, out);
      }
    });
    ekonomi.upprakningPerForening().ifPresent(t -> emptyTable(t, "tabellen över uppräkning per förening", out));
    ekonomi.utrymmeForSatsningar().ifPresent(t -> emptyTable(t, "tabellen över utrymme för satsningar", out));
  }

  private static void emptyTable(Ekonomi.Tabell table, String what, Diagnostics out) {
    if (table.rader().isEmpty()) {
      out.report(Code.VP221, table.at(), what + " har inga rader", Optional.of("fyll i raderna med namn och mnkr"));
    }
  }

  private static List<Amount> amounts(List<Post> posts) {
    return posts.stream().map(Post::belopp).toList();
  }

  private static void sum(List<Amount> terms, Amount total, String what, Function<java.math.BigDecimal, String> unit,
      Diagnostics out) {
    if (!Rounding.sumHolds(terms, total)) {
      String expression = terms.stream().map(t -> Svenska.tal(t.value())).collect(Collectors.joining(" + "))
          .replace("+ −", "− ");
      out.report(Code.VP220, total.at(), what + " summerar inte: " + expression + " = "
          + unit.apply(Rounding.sum(terms)) + ", inte " + unit.apply(total.value()),
          Optional.of("avrundning förklarar mindre än " + Svenska.tal(Rounding.slack(terms, total))));
    }
  }
}
