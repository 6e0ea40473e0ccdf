package se.vp.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import se.vp.locale.Svenska;
import se.vp.model.Amount;
import se.vp.model.Ekonomi;
import se.vp.model.Fakta;
import se.vp.model.Fokusomrade;
import se.vp.model.Forslag;
import se.vp.model.Forslagstyp;
import se.vp.model.FullmaktigesLista;
import se.vp.model.Gemensamt;
import se.vp.model.Handelsetyp;
import se.vp.model.Malsattning;
import se.vp.model.Mottagare;
import se.vp.model.Omrade;
import se.vp.model.Placement;
import se.vp.model.Plan;
import se.vp.model.Punkt;
import se.vp.model.Ref;
import se.vp.model.ResolvedPlan;
import se.vp.model.Status;
import se.vp.model.Styrtal;
import se.vp.model.Text;
import se.vp.model.Uppdrag;
import se.vp.view.Taggar.Slag;

/**
 * Builds the view of a plan: the one place where the plan is turned into what is shown. A
 * reference that does not resolve is left out, so that the plan at an older revision, which no
 * check has passed, can be shown and compared too.
 */
public final class PlanViews {

  /** What a handling shows for a målsättning without a title, which vp:validate warns about. */
  static final String TITEL_SAKNAS = "[titel saknas]";

  private final ResolvedPlan resolved;
  private final Plan plan;
  private final int ar;
  private final Taggar taggar;
  private final Optional<Plan> previous;

  private PlanViews(ResolvedPlan resolved, Optional<ResolvedPlan> previous) {
    this.resolved = resolved;
    this.plan = resolved.plan();
    this.ar = plan.fakta().ar();
    this.taggar = new Taggar(plan);
    this.previous = previous.map(ResolvedPlan::plan);
  }

  public static Views.Plan of(ResolvedPlan plan) {
    return of(plan, Optional.empty());
  }

  /**
   * The view of a plan, its förslag to change (ändra) showing the text they change as {@code
   * previous}, the plan it started from (the last plan in git), has it.
   */
  public static Views.Plan of(ResolvedPlan plan, Optional<ResolvedPlan> previous) {
    return new PlanViews(plan, previous).build();
  }

  private Views.Plan build() {
    Views.Dokument dokument = dokument();
    List<Views.Malsattning> malsattningar = plan.malsattningar().stream()
        .sorted(Comparator.comparingInt(Malsattning::nr)).map(this::malsattning).toList();
    List<Views.Fokusomrade> fokusomraden = medMal(resolved.fokusomraden());
    List<Views.Gemensam> gemensamma = plan.gemensamt().malsattningar().stream()
        .flatMap(bild -> resolved.malsattning(bild.malsattning()).map(m -> gemensam(m, bild)).stream()).toList();
    List<Views.Tema> teman = plan.gemensamt().teman().stream()
        .map(t -> new Views.Tema(t.rubrik(), uppdragViews(t.uppdrag(), u -> true))).toList();
    Views.Sammanfattning sammanfattning = sammanfattning();
    Optional<Views.Forutsattningar> forutsattningar = plan.forutsattningar().map(this::forutsattningar);
    List<Views.Styrtal> styrtal = resolved.styrtalInReadingOrder().stream().map(this::styrtal).toList();
    Views.Plan view = new Views.Plan(
        dokument,
        plan.tidplan().stream().map(h -> new Views.Handelse(Svenska.dag(h.datum()), Svenska.datum(h.datum()),
            h.is(Handelsetyp.NAMNDBESLUT), h.rubrik().orElse(""), h.text(),
            h.rubrik().map(r -> Svenska.mening(r, h.text())).orElse(h.vad()))).toList(),
        plan.omvarld().omvarldsfaktorer().stream().map(Svenska::typografi).toList(),
        plan.omvarld().internaUtmaningar().stream().map(Svenska::typografi).toList(),
        malsattningar,
        fokusomraden,
        resolved.fokusomraden().stream().flatMap(f -> sammanslagning(f).stream()).toList(),
        gemensamma,
        teman,
        sammanfattning,
        resolved.fokusomraden().stream().filter(f -> !f.ursprung().isProposedRemoved())
            .flatMap(f -> uppdragViews(f.uppdrag(), u -> u.mottagare() == Mottagare.FORVALTNINGEN).stream()).toList(),
        styrtal,
        styrtal.stream().filter(s -> !s.utfall().isEmpty()).toList(),
        forslag(),
        innehall(malsattningar, teman),
        count("Totalt", malsattningar, teman),
        plan.ekonomi().map(this::ekonomi),
        forutsattningar,
        new Bildspel(List.of(), List.of()));
    return view.med(BildspelViews.of(resolved, view));
  }

  /** The areas that have a mål of their own and are not proposed removed: those the deck gives slides. */
  private List<Views.Fokusomrade> medMal(List<Fokusomrade> areas) {
    return areas.stream().filter(f -> f.mal().isPresent() && !f.ursprung().isProposedRemoved())
        .map(this::fokusomrade).toList();
  }

  private Views.Dokument dokument() {
    Fakta f = plan.fakta();
    return new Views.Dokument(
        f.organisation().orElse(""),
        f.namnd().namn(),
        f.namnd().bestamdForm(),
        f.namnd().forkortning(),
        f.forvaltning(),
        f.ar(),
        f.ar() - 1,
        f.titel() + " " + f.ar(),
        f.status().word(),
        f.status() == Status.BESLUTAD ? Optional.empty() : Optional.of(f.status().word().toUpperCase(Svenska.SV)),
        plan.tidplan().stream().filter(h -> h.is(Handelsetyp.NAMNDBESLUT)).findFirst()
            .map(h -> Svenska.datum(h.datum())),
        f.titel() + " " + f.ar() + " för " + f.namnd().bestamdForm(),
        f.datum().map(Svenska::datum),
        f.diarienummer(),
        f.handlaggare().map(h -> h.namn() + h.titel().map(t -> ", " + t).orElse("")),
        f.handlaggare().flatMap(Fakta.Handlaggare::epost),
        f.konsekvenser().stream().map(k -> new Views.Konsekvens(k.rubrik(), k.text())).toList(),
        f.skickasTill(),
        Svenska.lista(f.jamforbaraLan()),
        organ());
  }

  /**
   * The bodies the tags name: those that decided an item, and the committee when anything is
   * proposed to it.
   */
  private List<Views.Organ> organ() {
    Set<String> named = new HashSet<>();
    plan.ursprung().forEach(u -> {
          u.beslut().ifPresent(b -> named.add(b.av()));
          u.forslag().ifPresent(f -> named.add(plan.namnden().forkortning()));
        });
    plan.fullmaktigesUppdrag().ifPresent(list -> named.add(list.beslut().av()));
    return plan.organ().stream().filter(o -> named.contains(o.forkortning()))
        .map(o -> new Views.Organ(o.forkortning(), o.namn(), o.bestamdForm())).toList();
  }

  private Views.Malsattning malsattning(Malsattning m) {
    return new Views.Malsattning(
        m.id(),
        String.valueOf(m.nr()),
        titel(m),
        styrtalViews(m.styrtal()),
        uppdragViews(m.uppdrag(), u -> u.mottagare() == Mottagare.NAMNDEN),
        uppdragViews(m.uppdrag(), u -> u.mottagare() == Mottagare.REGIONSTYRELSEN_OCH_NAMNDERNA),
        resolved.fokusomradenUnder(m).stream().map(this::fokusomrade).toList(),
        medMal(resolved.fokusomraden().stream().filter(f -> f.malsattning() == m.nr()).toList()));
  }

  /** A målsättning's title, or a mark that it is missing: the plan's source may give only numbers. */
  static String titel(Malsattning m) {
    return m.titel().map(Text::value).orElse(TITEL_SAKNAS);
  }

  private Views.Gemensam gemensam(Malsattning m, Gemensamt.Malsattningsbild bild) {
    return new Views.Gemensam(
        m.id(),
        String.valueOf(m.nr()),
        bild.rubrik().map(r -> r.value()).orElse(titel(m)),
        styrtalViews(m.styrtal()),
        uppdragViews(m.uppdrag(), u -> u.mottagare() == Mottagare.NAMNDEN),
        uppdragViews(m.uppdrag(), u -> u.mottagare() == Mottagare.REGIONSTYRELSEN_OCH_NAMNDERNA));
  }

  private Views.Fokusomrade fokusomrade(Fokusomrade f) {
    String rubrik = resolved.overordnat(f).map(p -> p.namn() + " (" + f.namn() + ")").orElse(f.namn());
    return new Views.Fokusomrade(
        f.id(),
        f.nummer().toString(),
        f.namn(),
        rubrik,
        f.mal().map(mal -> new Views.Text(Svenska.typografi(mal.text().value()),
            taggar.of(mal.ursprung(), Slag.MAL, f.nummer().toString()))),
        styrtalViews(f.styrtal()),
        uppdragViews(f.uppdrag(), u -> u.mottagare().includesNamnden()),
        uppdragViews(f.uppdrag(), u -> u.mottagare() == Mottagare.FORVALTNINGEN),
        taggar.of(f.ursprung(), Slag.FOKUSOMRADE, f.nummer().toString()),
        f.ursprung().isProposedRemoved(),
        sammanslagning(f),
        resolved.underomraden(f).stream().map(this::fokusomrade).toList());
  }

  /** The fokusområde's proposal to merge others into it, when its mål makes one. */
  private Optional<Views.Sammanslagning> sammanslagning(Fokusomrade f) {
    return f.mal().flatMap(mal -> mal.ursprung().forslag().filter(p -> p.typ() == Forslagstyp.SLA_IHOP).map(p ->
        new Views.Sammanslagning(
            f.nummer().toString(),
            f.namn(),
            Svenska.typografi(p.lydelse().map(l -> l.value()).orElse(mal.text().value())),
            taggar.of(mal.ursprung(), Slag.MAL, f.nummer().toString()),
            p.ersatter().stream().flatMap(r -> resolved.fokusomrade(r).stream()).map(this::fokusomrade).toList(),
            Svenska.lista(p.ersatter().stream().map(Ref::raw).toList()),
            "Text från VP-" + (ar - 1),
            "Förslag på text VP-" + ar)));
  }

  private Views.Sammanfattning sammanfattning() {
    List<FullmaktigesLista.Listat> list = plan.fullmaktigesUppdrag().map(FullmaktigesLista::uppdrag).orElse(List.of());
    List<Views.Listat> listed = new ArrayList<>();
    list.forEach(l -> resolved.uppdragNr(l.nr()).map(this::uppdrag).ifPresent(view -> {
      Optional<String> lydelse = l.lydelse().map(text -> Svenska.typografi(text.value()));
      listed.add(new Views.Listat(view, lydelse, view.nr(), lydelse.orElse(view.text()), view.taggar(), view.plats()));
    }));
    List<String> listedIds = listed.stream().map(l -> l.uppdrag().id()).toList();
    List<Views.Uppdrag> beyond = plan.fullmaktigesUppdrag().isEmpty() ? List.of()
        : firstOfEachId(plan.uppdrag(), Uppdrag::id).stream()
        .filter(u -> u.nr().isPresent() && u.mottagare().includesNamnden() && !resolved.places(u).isEmpty())
        .filter(u -> !listedIds.contains(u.id()))
        .sorted(Comparator.comparing(u -> u.nr().get()))
        .map(this::uppdrag).toList();
    // The deck follows the council's list; a controller looks a number up in the lists.
    List<Views.Listat> byNumber = listed.stream()
        .sorted(Comparator.comparing((Views.Listat l) -> l.nr().map(Long::parseLong).orElse(Long.MAX_VALUE))).toList();
    return new Views.Sammanfattning(
        "Sammanfattning av uppdrag till " + plan.fakta().namnd().namn().toLowerCase(Svenska.SV),
        listed.size(), listed, beyond, byNumber);
  }

  private List<Views.Forslag> forslag() {
    List<Views.Forslag> proposals = new ArrayList<>();
    plan.malsattningar().stream().sorted(Comparator.comparingInt(Malsattning::nr)).forEach(m ->
        m.ursprung().forslag().ifPresent(p -> proposals.add(forslag(typ(p.typ(), "målsättning"),
            "Målsättning " + m.nr(), proposed(p, titel(m)), "",
            tidigare(p, previous(Plan::malsattningar, Malsattning::id, m.id()).map(PlanViews::titel))))));
    for (Fokusomrade f : resolved.fokusomraden()) {
      String label = "Fokusområde " + f.nummer() + " " + f.namn();
      String place = "Målsättning " + f.malsattning();
      Optional<Fokusomrade> was = previous(Plan::fokusomraden, Fokusomrade::id, f.id())
          .or(() -> renamedFrom(f));
      Optional<String> wasMal = was.flatMap(Fokusomrade::mal).map(m -> m.text().value());
      f.ursprung().forslag().ifPresent(p -> {
        String text = f.mal().map(m -> m.text().value()).orElse("");
        // A renumbered or renamed area whose mål stands shows what it was called.
        Optional<String> before = wasMal.filter(m -> !m.equals(text))
            .or(() -> was.map(w -> "Fokusområde " + w.nummer() + " " + w.namn()).filter(w -> !w.equals(label)));
        proposals.add(forslag(typ(p.typ(), "fokusområde"), label, text, place, tidigare(p, before)));
      });
      f.mal().ifPresent(mal -> mal.ursprung().forslag().ifPresent(p -> proposals.add(forslag(
          p.typ() == Forslagstyp.SLA_IHOP ? "Slå ihop mål" : typ(p.typ(), "mål"), label,
          p.lydelse().map(l -> l.value()).orElse(mal.text().value()), place, tidigare(p, wasMal)))));
    }
    for (Styrtal s : firstOfEachId(plan.styrtal(), Styrtal::id)) {
      s.ursprung().forslag().ifPresent(p -> proposals.add(forslag(typ(p.typ(), "styrtal"), s.text().value(),
          proposed(p, s.text().value()), String.join(", ", places(resolved.places(s))),
          tidigare(p, previous(Plan::styrtal, Styrtal::id, s.id()).map(was -> was.text().value())))));
    }
    for (Uppdrag u : firstOfEachId(plan.uppdrag(), Uppdrag::id)) {
      u.ursprung().forslag().ifPresent(p -> proposals.add(forslag(typ(p.typ(), "uppdrag"),
          u.nr().map(nr -> "Nr " + nr).orElse("Till förvaltningen")
              + (p.lydelse().isPresent() ? ": " + u.text().value() : ""),
          proposed(p, u.text().value()), String.join(", ", places(resolved.places(u))),
          tidigare(p, previous(Plan::uppdrag, Uppdrag::id, u.id()).map(was -> was.text().value())))));
    }
    return proposals;
  }

  /** The area of the plan this one started from whose file vp:renumber renamed to this area's. */
  private Optional<Fokusomrade> renamedFrom(Fokusomrade f) {
    List<Fokusomrade> candidates = previous.stream().flatMap(p -> p.fokusomraden().stream())
        .filter(old -> plan.fokusomraden().stream().noneMatch(now -> now.id().equals(old.id())))
        .filter(f::isRenamedByNumberFrom).toList();
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  /** The item of the same id in the plan this one started from, when the view has it. */
  private <T> Optional<T> previous(Function<Plan, List<T>> items, Function<T, String> id, String wanted) {
    return previous.flatMap(p -> items.apply(p).stream().filter(item -> id.apply(item).equals(wanted)).findFirst());
  }

  /**
   * The text a change replaces, for a förslag to change (ändra) that gives no wording of its own: a
   * förslag with a lydelse shows the item's text beside it already.
   */
  private static Optional<String> tidigare(Forslag p, Optional<String> before) {
    return p.typ() == Forslagstyp.ANDRA && p.lydelse().isEmpty() ? before : Optional.empty();
  }

  /** The text the committee is asked to decide: the proposal's own wording where it gives one. */
  private static String proposed(Forslag p, String text) {
    return p.lydelse().map(l -> l.value()).orElse(text);
  }

  /** What a proposal concerns: the item, when the text does not name it, and where it is placed. */
  private static Views.Forslag forslag(String typ, String vad, String text, String plats, Optional<String> tidigare) {
    String galler = vad.equals(text) ? plats : vad.replaceAll("\\.$", "") + (plats.isEmpty() ? "" : ", " + plats);
    return new Views.Forslag(typ, text, galler, tidigare.filter(t -> !t.equals(text)));
  }

  private static <T> List<T> firstOfEachId(List<T> items, Function<T, String> id) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    return items.stream().filter(item -> seen.add(id.apply(item))).toList();
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

  /** Places as the lists name them: "Målsättning 4", "Fokusområde 4.1.1", a theme's heading. */
  private static List<String> places(List<Placement.Place> places) {
    return places.stream().map(place -> {
      if (place instanceof Placement.InMalsattning m) {
        return "Målsättning " + m.malsattning().nr();
      }
      if (place instanceof Placement.InFokusomrade f) {
        return "Fokusområde " + f.fokusomrade().nummer();
      }
      return ((Placement.InTema) place).tema().rubrik();
    }).toList();
  }

  private List<Views.Styrtal> styrtalViews(List<Ref> refs) {
    return resolved.styrtal(refs).stream().map(this::styrtal).toList();
  }

  private Views.Styrtal styrtal(Styrtal s) {
    String enhet = enhet(s).map(e -> Svenska.NBSP + e).orElse("");
    return new Views.Styrtal(
        s.id(),
        Svenska.typografi(s.text().value()),
        s.jamforbaraLan() ? Optional.of("(" + Svenska.lista(plan.fakta().jamforbaraLan()) + ")") : Optional.empty(),
        s.riktning().map(Styrtal.Riktning::word),
        s.utfall().stream().sorted(Comparator.comparingInt(Styrtal.Utfall::ar))
            .map(u -> new Views.Utfall(String.valueOf(u.ar()), Svenska.tal(u.varde().value()) + enhet,
                u.lan().stream().map(l -> l.lan() + " " + Svenska.tal(l.varde().value()) + enhet).toList()))
            .toList(),
        s.mal().map(m -> Svenska.tal(m.fran().value()) + "–" + Svenska.tal(m.till().value()) + enhet),
        s.kolada(),
        taggar.of(s.ursprung(), Slag.STYRTAL, ""),
        places(resolved.places(s)));
  }

  /**
   * The unit a styrtal's figures are printed with, as the plan writes it ("kr", "per 1 000
   * invånare"); procent is printed %, and antal and index, which are no units, go without.
   */
  static Optional<String> enhet(Styrtal s) {
    return s.enhet().map(e -> Svenska.typografi(e.strip())).flatMap(e -> switch (e.toLowerCase(Svenska.SV)) {
      case "procent", "%" -> Optional.of("%");
      case "antal", "index", "st" -> Optional.empty();
      default -> Optional.of(e);
    });
  }

  private List<Views.Uppdrag> uppdragViews(List<Ref> refs, Predicate<Uppdrag> which) {
    return resolved.uppdrag(refs).stream().filter(which).map(this::uppdrag).toList();
  }

  private Views.Uppdrag uppdrag(Uppdrag u) {
    return new Views.Uppdrag(u.id(), u.nr().map(String::valueOf), Svenska.typografi(u.text().value()), u.mottagare().word(),
        taggar.of(u.ursprung(), Slag.UPPDRAG, u.nr().map(nr -> "Nr " + nr).orElse("")),
        places(resolved.places(u)));
  }

  private Views.Ekonomi ekonomi(Ekonomi e) {
    Ekonomi.Ramanslag ram = e.ramanslag();
    Optional<Ekonomi.Resursfordelningsmodell> modell = e.modell();
    return new Views.Ekonomi(
        e.presentation().map(a -> new Views.Avsnitt(a.rubrik(), Svenska.datum(a.datum()))),
        plan.tidplan().stream().filter(h -> h.is(Handelsetyp.FULLMAKTIGEBESLUT)).findFirst()
            .map(h -> Svenska.datum(h.datum())),
        mnkr(ram.mnkr()),
        ram.foregaendeAr().map(PlanViews::mnkr),
        ram.foregaendeAr().map(before -> forandring(before.value(), ram.mnkr().value())),
        ram.index().flatMap(Ekonomi.Indexupprakning::index),
        ram.index().map(i -> Svenska.procent(i.procent().value())),
        ram.index().flatMap(Ekonomi.Indexupprakning::mnkr).map(PlanViews::mnkr),
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
        e.fordelning().map(f -> f.rader().stream().map(p -> new Views.Fordelningsrad(
            resolved.namn(p),
            p.mnkr().map(PlanViews::mnkr),
            p.kommentar(),
            p.atgardskrav().map(k -> "Underskott " + Svenska.tal(k.underskott().value()) + " + "
                + Svenska.tal(k.effekt().value()) + " effekt " + ar + " ⇒ åtgärdskrav " + mnkr(k.mnkr())
                + k.kalla().map(source -> " enligt " + Svenska.typografi(source.substring(0, 1).toLowerCase(Svenska.SV)
                    + source.substring(1))).orElse("")))).toList()).orElse(List.of()),
        e.fordelning().map(f -> f.rader().stream().allMatch(p -> p.mnkr().isPresent())).orElse(false),
        e.fordelning().map(Ekonomi.Fordelning::slag).orElse("områden"),
        e.fordelning().map(Ekonomi.Fordelning::kolumn).orElse("Område"),
        e.upprakningPerForening().map(this::tabell),
        e.utrymmeForSatsningar().map(this::tabell));
  }

  /** "en ökning med 4,5 Mnkr (3,1 %)" from last year's frame to this year's. */
  private static String forandring(BigDecimal before, BigDecimal after) {
    BigDecimal change = after.subtract(before);
    if (change.signum() == 0) {
      return "oförändrat";
    }
    String percent = before.signum() == 0 ? ""
        : " (" + Svenska.procent(change.abs().multiply(BigDecimal.valueOf(100)).divide(before.abs(), 1, RoundingMode.HALF_UP)) + ")";
    return (change.signum() > 0 ? "en ökning med " : "en minskning med ") + Svenska.mnkr(change.abs()) + percent;
  }

  /** The ärendebeskrivning's count: a row per målsättning that holds anything, and one per shared theme. */
  private static List<Views.Innehall> innehall(List<Views.Malsattning> malsattningar, List<Views.Tema> teman) {
    List<Views.Innehall> rows = new ArrayList<>();
    malsattningar.stream().map(m -> count("Nr " + m.nr() + " " + m.titel(), List.of(m), List.of()))
        .filter(row -> row.fokusomraden() + row.styrtal() + row.uppdrag() + row.forvaltningensUppdrag() > 0)
        .forEach(rows::add);
    teman.forEach(t -> rows.add(count("Gemensamma uppdrag: " + t.rubrik(), List.of(), List.of(t))));
    return rows;
  }

  private static Views.Innehall count(String label, List<Views.Malsattning> malsattningar, List<Views.Tema> teman) {
    Set<String> areas = new HashSet<>();
    Set<String> styrtal = new HashSet<>();
    Set<String> uppdrag = new HashSet<>();
    Set<String> forvaltningens = new HashSet<>();
    for (Views.Malsattning m : malsattningar) {
      m.styrtal().forEach(s -> styrtal.add(s.id()));
      m.uppdragTillNamnden().forEach(u -> uppdrag.add(u.id()));
      m.uppdragTillAlla().forEach(u -> uppdrag.add(u.id()));
      Deque<Views.Fokusomrade> open = new ArrayDeque<>(m.fokusomraden());
      while (!open.isEmpty()) {
        Views.Fokusomrade f = open.pop();
        if (!f.foreslasTasBort()) {
          areas.add(f.id());
          f.styrtal().forEach(s -> styrtal.add(s.id()));
          f.uppdragTillNamnden().forEach(u -> uppdrag.add(u.id()));
          f.uppdragTillForvaltningen().forEach(u -> forvaltningens.add(u.id()));
        }
        open.addAll(f.underomraden());
      }
    }
    teman.forEach(t -> t.uppdrag().forEach(u -> uppdrag.add(u.id())));
    return new Views.Innehall(label, areas.size(), styrtal.size(), uppdrag.size(), forvaltningens.size());
  }

  private Views.Tabell tabell(Ekonomi.Tabell t) {
    return new Views.Tabell(t.datum().map(Svenska::datum), t.kommentar(),
        t.rader().stream().map(r -> new Views.Rad(r.namn(), Optional.empty(), mnkr(r.mnkr()))).toList());
  }

  private static List<Views.Rad> rader(List<Ekonomi.Post> posts, Function<Amount, String> belopp) {
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
        f.omraden().stream().flatMap(r -> resolved.omrade(r).stream()).map(this::omrade).toList(),
        punkter(f.storregionalt()));
  }

  private Views.Omrade omrade(Omrade o) {
    return new Views.Omrade(o.id(), o.namn(), o.presentationer().stream().map(p -> new Views.Presentation(
        p.insatser().stream().map(i -> new Views.Insats(
            i.rubrik().orElseGet(() -> resolved.fokusomrade(i.fokusomrade()).map(Fokusomrade::namn)
                .orElse(i.fokusomrade().raw())),
            i.fokusomrade().raw(), punkter(i.punkter()))).toList(),
        p.utmaningar().stream().map(u -> new Views.Utmaning(u.rubrik(), punkter(u.punkter()))).toList())).toList());
  }

  private static List<Views.Punkt> punkter(List<Punkt> punkter) {
    return punkter.stream().map(p -> new Views.Punkt(Svenska.typografi(p.text()),
        p.underpunkter().stream().map(Svenska::typografi).toList())).toList();
  }
}
