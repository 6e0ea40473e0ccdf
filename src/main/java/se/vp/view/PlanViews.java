package se.vp.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import se.vp.locale.Svenska;
import se.vp.model.Amount;
import se.vp.model.Ekonomi;
import se.vp.model.Fakta;
import se.vp.model.Fokusomrade;
import se.vp.model.Forslagstyp;
import se.vp.model.FullmaktigesLista;
import se.vp.model.Handelsetyp;
import se.vp.model.Malsattning;
import se.vp.model.Mottagare;
import se.vp.model.Nummer;
import se.vp.model.Omrade;
import se.vp.model.Plan;
import se.vp.model.Punkt;
import se.vp.model.Ref;
import se.vp.model.Status;
import se.vp.model.Styrtal;
import se.vp.model.Uppdrag;
import se.vp.view.Taggar.Slag;

/** Builds the view of a checked plan: the one place where the plan is turned into what is shown. */
public final class PlanViews {

  private final Plan plan;
  private final int ar;
  private final Map<String, Styrtal> styrtalById = new LinkedHashMap<>();
  private final Map<String, Uppdrag> uppdragById = new LinkedHashMap<>();
  private final Map<Integer, Uppdrag> uppdragByNr = new LinkedHashMap<>();
  private final Map<String, Fokusomrade> fokusByNummer = new LinkedHashMap<>();
  private final Map<String, List<String>> platserForStyrtal = new LinkedHashMap<>();
  private final Map<String, List<String>> platserForUppdrag = new LinkedHashMap<>();

  private PlanViews(Plan plan) {
    this.plan = plan;
    this.ar = plan.fakta().ar();
    plan.styrtal().forEach(s -> styrtalById.putIfAbsent(s.id(), s));
    plan.uppdrag().forEach(u -> {
      uppdragById.putIfAbsent(u.id(), u);
      u.nr().ifPresent(nr -> uppdragByNr.putIfAbsent(nr, u));
    });
    plan.fokusomraden().stream().sorted(Comparator.comparing(Fokusomrade::nummer))
        .forEach(f -> fokusByNummer.putIfAbsent(f.nummer().toString(), f));
    for (Malsattning m : plan.malsattningar()) {
      m.styrtal().forEach(r -> place(platserForStyrtal, r.raw(), "Målsättning " + m.nr()));
      m.uppdrag().forEach(r -> uppdrag(r).ifPresent(u -> place(platserForUppdrag, u.id(), "Målsättning " + m.nr())));
    }
    for (Fokusomrade f : fokusByNummer.values()) {
      f.styrtal().forEach(r -> place(platserForStyrtal, r.raw(), "Fokusområde " + f.nummer()));
      f.uppdrag().forEach(r -> uppdrag(r).ifPresent(u -> place(platserForUppdrag, u.id(), "Fokusområde " + f.nummer())));
    }
    plan.gemensamt().teman().forEach(t ->
        t.uppdrag().forEach(r -> uppdrag(r).ifPresent(u -> place(platserForUppdrag, u.id(), t.rubrik()))));
  }

  /** The view of a plan that has passed every check without errors. */
  public static Views.Plan of(Plan plan) {
    return new PlanViews(plan).build();
  }

  private static void place(Map<String, List<String>> places, String id, String place) {
    places.computeIfAbsent(id, k -> new ArrayList<>()).add(place);
  }

  private Views.Plan build() {
    List<Views.Malsattning> malsattningar = plan.malsattningar().stream()
        .sorted(Comparator.comparingInt(Malsattning::nr)).map(m -> malsattning(m, m.titel().value())).toList();
    return new Views.Plan(
        dokument(),
        plan.tidplan().stream().map(h -> new Views.Handelse(Svenska.dag(h.datum()), Svenska.datum(h.datum()),
            h.typ().word(), h.rubrik(), h.text(), Svenska.mening(h.rubrik(), h.text()))).toList(),
        plan.omvarld().omvarldsfaktorer(),
        plan.omvarld().internaUtmaningar(),
        malsattningar,
        fokusByNummer.values().stream()
            .filter(f -> f.mal().isPresent() && !f.ursprung().isProposedRemoved())
            .map(this::fokusomrade).toList(),
        sammanslagningar(),
        plan.gemensamt().malsattningar().stream().flatMap(bild -> plan.malsattningar().stream()
            .filter(m -> m.nr() == bild.malsattning()).findFirst()
            .map(m -> malsattning(m, bild.rubrik().map(r -> r.value()).orElse(m.titel().value()))).stream()).toList(),
        plan.gemensamt().teman().stream().map(t -> new Views.Tema(t.rubrik(), uppdragViews(t.uppdrag(), u -> true))).toList(),
        sammanfattning(),
        fokusByNummer.values().stream().filter(f -> !f.ursprung().isProposedRemoved())
            .flatMap(f -> uppdragViews(f.uppdrag(), u -> u.mottagare() == Mottagare.FORVALTNINGEN).stream()).toList(),
        allaStyrtal(),
        forslag(),
        plan.ekonomi().map(this::ekonomi),
        plan.forutsattningar().map(this::forutsattningar));
  }

  private Views.Dokument dokument() {
    Fakta f = plan.fakta();
    return new Views.Dokument(
        f.organisation(),
        f.namnd().namn(),
        f.namnd().bestamdForm(),
        f.namnd().forkortning(),
        f.forvaltning(),
        f.ar(),
        f.titel() + " " + f.ar(),
        f.status().word(),
        f.status() == Status.BESLUTAD ? Optional.empty() : Optional.of(f.status().word().toUpperCase(Svenska.SV)),
        plan.tidplan().stream().filter(h -> h.typ() == Handelsetyp.NAMNDBESLUT).findFirst()
            .map(h -> Svenska.datum(h.datum())),
        f.diarienummer(),
        f.handlaggare().map(h -> h.namn() + h.titel().map(t -> ", " + t).orElse("")),
        f.konsekvenser().stream().map(k -> new Views.Konsekvens(k.rubrik(), k.text())).toList(),
        f.skickasTill(),
        Svenska.lista(f.jamforbaraLan()));
  }

  private Views.Malsattning malsattning(Malsattning m, String rubrik) {
    return new Views.Malsattning(
        String.valueOf(m.nr()),
        m.titel().value(),
        rubrik,
        styrtalViews(m.styrtal()),
        uppdragViews(m.uppdrag(), u -> u.mottagare() == Mottagare.NAMNDEN),
        uppdragViews(m.uppdrag(), u -> u.mottagare() == Mottagare.REGIONSTYRELSEN_OCH_NAMNDERNA),
        fokusByNummer.values().stream()
            .filter(f -> f.malsattning() == m.nr() && f.nummer().delar().size() == 2)
            .map(this::fokusomrade).toList());
  }

  private Views.Fokusomrade fokusomrade(Fokusomrade f) {
    Optional<Fokusomrade> parent = f.nummer().overordnat().map(n -> fokusByNummer.get(n.toString()));
    String rubrik = parent.map(p -> p.namn() + " (" + f.namn() + ")").orElse(f.namn());
    return new Views.Fokusomrade(
        f.id(),
        f.nummer().toString(),
        f.namn(),
        rubrik,
        f.mal().map(mal -> new Views.Text(mal.text().value(), Taggar.of(mal.ursprung(), Slag.MAL, f.nummer().toString(), ar))),
        styrtalViews(f.styrtal()),
        uppdragViews(f.uppdrag(), u -> u.mottagare().includesNamnden()),
        uppdragViews(f.uppdrag(), u -> u.mottagare() == Mottagare.FORVALTNINGEN),
        Taggar.of(f.ursprung(), Slag.FOKUSOMRADE, f.nummer().toString(), ar),
        f.ursprung().isProposedRemoved(),
        fokusByNummer.values().stream()
            .filter(child -> child.nummer().overordnat().map(n -> n.equals(f.nummer())).orElse(false))
            .map(this::fokusomrade).toList());
  }

  private List<Views.Sammanslagning> sammanslagningar() {
    List<Views.Sammanslagning> merges = new ArrayList<>();
    for (Fokusomrade f : fokusByNummer.values()) {
      f.mal().ifPresent(mal -> mal.ursprung().forslag().filter(p -> p.typ() == Forslagstyp.SLA_IHOP).ifPresent(p ->
          merges.add(new Views.Sammanslagning(
              fokusomrade(f),
              p.lydelse().map(l -> l.value()).orElse(mal.text().value()),
              Taggar.of(mal.ursprung(), Slag.MAL, f.nummer().toString(), ar),
              p.ersatter().stream().map(r -> fokusByNummer.get(Nummer.parse(r.raw()).orElseThrow().toString()))
                  .map(this::fokusomrade).toList(),
              Svenska.lista(p.ersatter().stream().map(Ref::raw).toList())))));
    }
    return merges;
  }

  private Views.Sammanfattning sammanfattning() {
    List<Views.Uppdrag> listed = new ArrayList<>();
    plan.fullmaktigesUppdrag().map(FullmaktigesLista::uppdrag).orElse(List.of()).forEach(l ->
        Optional.ofNullable(uppdragByNr.get(l.nr())).ifPresent(u -> {
          Views.Uppdrag view = uppdrag(u);
          listed.add(l.lydelse().map(text -> new Views.Uppdrag(view.id(), view.nr(), text.value(), view.mottagare(),
              view.taggar(), view.plats())).orElse(view));
        }));
    List<String> listedIds = listed.stream().map(Views.Uppdrag::id).toList();
    List<Views.Uppdrag> beyond = uppdragById.values().stream()
        .filter(u -> u.nr().isPresent() && u.mottagare().includesNamnden() && platserForUppdrag.containsKey(u.id()))
        .filter(u -> !listedIds.contains(u.id()))
        .sorted(Comparator.comparing(u -> u.nr().get()))
        .map(this::uppdrag).toList();
    return new Views.Sammanfattning("Sammanfattning av uppdrag till " + plan.fakta().namnd().namn().toLowerCase(Svenska.SV),
        listed.size(), listed, plan.fullmaktigesUppdrag().isPresent() ? beyond : List.of());
  }

  private List<Views.Styrtal> allaStyrtal() {
    List<Views.Styrtal> all = new ArrayList<>();
    platserForStyrtal.keySet().forEach(id -> Optional.ofNullable(styrtalById.get(id)).map(this::styrtal).ifPresent(all::add));
    styrtalById.values().stream().filter(s -> !platserForStyrtal.containsKey(s.id())).map(this::styrtal).forEach(all::add);
    return all;
  }

  private List<Views.Forslag> forslag() {
    List<Views.Forslag> proposals = new ArrayList<>();
    for (Fokusomrade f : fokusByNummer.values()) {
      String label = "Fokusområde " + f.nummer() + " " + f.namn();
      f.ursprung().forslag().ifPresent(p -> proposals.add(new Views.Forslag(typ(p.typ(), "fokusområde"), label,
          f.mal().map(m -> m.text().value()).orElse(""), "Målsättning " + f.malsattning())));
      f.mal().ifPresent(mal -> mal.ursprung().forslag().ifPresent(p -> proposals.add(new Views.Forslag(
          p.typ() == Forslagstyp.SLA_IHOP ? "Slå ihop mål" : typ(p.typ(), "mål"), label,
          p.lydelse().map(l -> l.value()).orElse(mal.text().value()), "Målsättning " + f.malsattning()))));
    }
    for (Styrtal s : styrtalById.values()) {
      s.ursprung().forslag().ifPresent(p -> proposals.add(new Views.Forslag(typ(p.typ(), "styrtal"), s.text().value(),
          s.text().value(), String.join(", ", platserForStyrtal.getOrDefault(s.id(), List.of())))));
    }
    for (Uppdrag u : uppdragById.values()) {
      u.ursprung().forslag().ifPresent(p -> proposals.add(new Views.Forslag(typ(p.typ(), "uppdrag"),
          u.nr().map(nr -> "Nr " + nr).orElse("Till förvaltningen"), u.text().value(),
          String.join(", ", platserForUppdrag.getOrDefault(u.id(), List.of())))));
    }
    return proposals;
  }

  private static String typ(Forslagstyp typ, String vad) {
    return switch (typ) {
      case NYTT -> "Nytt " + vad;
      case BEHALL -> "Behåll " + vad;
      case ANDRA -> "Ändrat " + vad;
      case TA_BORT -> "Ta bort " + vad;
      case SLA_IHOP -> "Slå ihop " + vad;
    };
  }

  private List<Views.Styrtal> styrtalViews(List<Ref> refs) {
    return refs.stream().flatMap(r -> Optional.ofNullable(styrtalById.get(r.raw())).stream()).map(this::styrtal).toList();
  }

  private Views.Styrtal styrtal(Styrtal s) {
    String enhet = s.enhet().map(e -> switch (e) {
      case "procent" -> "\u00a0%";
      case "kr" -> "\u00a0kr";
      case "tkr" -> "\u00a0tkr";
      default -> "";
    }).orElse("");
    return new Views.Styrtal(
        s.id(),
        s.text().value(),
        s.jamforbaraLan() ? Optional.of("(" + Svenska.lista(plan.fakta().jamforbaraLan()) + ")") : Optional.empty(),
        s.riktning().map(Styrtal.Riktning::word),
        s.utfall().stream().max(Comparator.comparingInt(Styrtal.Utfall::ar))
            .map(u -> u.ar() + ": " + Svenska.tal(u.varde().value()) + enhet),
        s.mal().map(m -> Svenska.tal(m.fran().value()) + "–" + Svenska.tal(m.till().value()) + enhet),
        Taggar.of(s.ursprung(), Slag.STYRTAL, s.id(), ar),
        platserForStyrtal.getOrDefault(s.id(), List.of()));
  }

  private List<Views.Uppdrag> uppdragViews(List<Ref> refs, Predicate<Uppdrag> which) {
    return refs.stream().flatMap(r -> uppdrag(r).stream()).filter(which).map(this::uppdrag).toList();
  }

  private Optional<Uppdrag> uppdrag(Ref ref) {
    return Optional.ofNullable(ref.isNumber() ? uppdragByNr.get(ref.number()) : uppdragById.get(ref.raw()));
  }

  private Views.Uppdrag uppdrag(Uppdrag u) {
    return new Views.Uppdrag(u.id(), u.nr().map(String::valueOf), u.text().value(), u.mottagare().word(),
        Taggar.of(u.ursprung(), Slag.UPPDRAG, u.nr().map(nr -> "Nr " + nr).orElse(u.id()), ar),
        platserForUppdrag.getOrDefault(u.id(), List.of()));
  }

  private Views.Ekonomi ekonomi(Ekonomi e) {
    Ekonomi.Ramanslag ram = e.ramanslag();
    Optional<Ekonomi.Resursfordelningsmodell> modell = e.modell();
    return new Views.Ekonomi(
        e.presentation().map(a -> new Views.Avsnitt(a.rubrik(), Svenska.datum(a.datum()))),
        plan.tidplan().stream().filter(h -> h.typ() == Handelsetyp.FULLMAKTIGEBESLUT).findFirst()
            .map(h -> Svenska.datum(h.datum())),
        mnkr(ram.mnkr()),
        ram.foregaendeAr().map(PlanViews::mnkr),
        ram.index().map(Ekonomi.Indexupprakning::index),
        ram.index().map(i -> Svenska.procent(i.procent().value())),
        ram.index().map(i -> mnkr(i.mnkr())),
        ram.reduceringskrav().map(r -> r.value().signum() == 0
            ? "Inget allmänt reduceringskrav " + ar
            : "Allmänt reduceringskrav " + mnkr(r)),
        ram.kommentar(),
        modell.flatMap(Ekonomi.Resursfordelningsmodell::framtagenAr).map(String::valueOf),
        modell.map(m -> rader(m.upprakning(), PlanViews::mnkr)).orElse(List.of()),
        modell.flatMap(Ekonomi.Resursfordelningsmodell::schablonanslag).map(s -> kr(s.krPerArsarbetare()) + "/åa"),
        modell.flatMap(Ekonomi.Resursfordelningsmodell::schablonanslag)
            .map(s -> rader(s.delar(), a -> kr(a) + "/åa")).orElse(List.of()),
        modell.flatMap(Ekonomi.Resursfordelningsmodell::projektfinansieringTimmar)
            .map(t -> Svenska.tal(t.value()) + "\u00a0timmar/åa"),
        modell.flatMap(Ekonomi.Resursfordelningsmodell::sjukloneavrakningProcent).map(p -> Svenska.procent(p.value())),
        modell.map(m -> rader(m.reserver(), PlanViews::mnkr)).orElse(List.of()),
        e.fordelning().flatMap(Ekonomi.Fordelning::kommentar),
        e.fordelning().map(f -> f.omraden().stream().map(p -> new Views.Fordelningsrad(
            plan.omraden().stream().filter(o -> o.id().equals(p.omrade().raw())).findFirst().map(Omrade::namn)
                .orElse(p.omrade().raw()),
            p.mnkr().map(PlanViews::mnkr),
            p.kommentar(),
            p.atgardskrav().map(k -> "Underskott " + Svenska.tal(k.underskott().value()) + " + "
                + Svenska.tal(k.effekt().value()) + " effekt " + ar + " ⇒ åtgärdskrav " + mnkr(k.mnkr())
                + k.kalla().map(source -> " enligt " + source.substring(0, 1).toLowerCase(Svenska.SV) + source.substring(1))
                    .orElse("")))).toList()).orElse(List.of()),
        e.upprakningPerForening().map(this::tabell),
        e.utrymmeForSatsningar().map(this::tabell));
  }

  private Views.Tabell tabell(Ekonomi.Tabell t) {
    return new Views.Tabell(t.datum().map(Svenska::datum), t.kommentar(),
        t.rader().stream().map(r -> new Views.Rad(r.namn(), Optional.empty(), mnkr(r.mnkr()))).toList());
  }

  private static List<Views.Rad> rader(List<Ekonomi.Post> posts, java.util.function.Function<Amount, String> belopp) {
    return posts.stream().map(p -> new Views.Rad(p.namn(), p.procent().map(a -> Svenska.procent(a.value())),
        belopp.apply(p.belopp()))).toList();
  }

  private static String mnkr(Amount amount) {
    return Svenska.mnkr(amount.value());
  }

  private static String kr(Amount amount) {
    return Svenska.kr(amount.value());
  }

  private Views.Forutsattningar forutsattningar(se.vp.model.Forutsattningar f) {
    return new Views.Forutsattningar(
        f.presentation().map(a -> new Views.Avsnitt(a.rubrik(), Svenska.datum(a.datum()))),
        punkter(f.overgripande()),
        f.omraden().stream().flatMap(r -> plan.omraden().stream().filter(o -> o.id().equals(r.raw())))
            .map(this::omrade).toList(),
        punkter(f.storregionalt()));
  }

  private Views.Omrade omrade(Omrade o) {
    return new Views.Omrade(o.id(), o.namn(), o.presentationer().stream().map(p -> new Views.Presentation(
        p.insatser().stream().map(i -> new Views.Insats(
            i.rubrik().orElseGet(() -> Optional.ofNullable(fokusByNummer.get(i.fokusomrade().raw()))
                .map(Fokusomrade::namn).orElse(i.fokusomrade().raw())),
            i.fokusomrade().raw(), punkter(i.punkter()))).toList(),
        p.utmaningar().stream().map(u -> new Views.Utmaning(u.rubrik(), punkter(u.punkter()))).toList())).toList());
  }

  private static List<Views.Punkt> punkter(List<Punkt> punkter) {
    return punkter.stream().map(p -> new Views.Punkt(p.text(), p.underpunkter())).toList();
  }

}
