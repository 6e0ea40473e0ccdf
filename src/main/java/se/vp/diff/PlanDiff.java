package se.vp.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.vp.diff.Change.Category;
import se.vp.diff.Change.Field;
import se.vp.diff.Change.Type;
import se.vp.locale.Svenska;
import se.vp.model.Amount;
import se.vp.model.Ekonomi;
import se.vp.model.Fokusomrade;
import se.vp.model.Handelse;
import se.vp.model.Malsattning;
import se.vp.model.Omrade;
import se.vp.model.Plan;
import se.vp.model.Punkt;
import se.vp.model.Ref;
import se.vp.model.Styrtal;
import se.vp.model.Uppdrag;
import se.vp.view.Taggar;
import se.vp.view.Taggar.Slag;

/**
 * What a proposal changes in the plan, item by item. Items are matched by their id (the file
 * name), which does not change when an item is renumbered or moved; what is compared is what the
 * handlingar show, written as they write it, so a change a reader cannot see is no change.
 */
public final class PlanDiff {

  private final Plan before;
  private final Plan after;
  private final List<Change> changes = new ArrayList<>();

  private PlanDiff(Plan before, Plan after) {
    this.before = before;
    this.after = after;
  }

  /** The changes from {@code before} to {@code after}; none when the two plans show the same. */
  public static List<Change> between(Plan before, Plan after) {
    PlanDiff diff = new PlanDiff(before, after);
    diff.compare();
    return List.copyOf(diff.changes);
  }

  private void compare() {
    fields(Category.PLAN, "Planen", planFields(before), planFields(after));
    items(Category.TIDPLAN, events(before), events(after));
    fields(Category.OMVARLD, "Omvärldsfaktorer", list(before.omvarld().omvarldsfaktorer()),
        list(after.omvarld().omvarldsfaktorer()));
    fields(Category.OMVARLD, "Interna utmaningar", list(before.omvarld().internaUtmaningar()),
        list(after.omvarld().internaUtmaningar()));
    items(Category.MALSATTNING, byId(before.malsattningar(), Malsattning::id, m -> malsattning(m, before)),
        byId(after.malsattningar(), Malsattning::id, m -> malsattning(m, after)));
    items(Category.FOKUSOMRADE, byId(sorted(before), Fokusomrade::id, f -> fokusomrade(f, before)),
        byId(sorted(after), Fokusomrade::id, f -> fokusomrade(f, after)));
    items(Category.STYRTAL, byId(before.styrtal(), Styrtal::id, s -> styrtal(s, before)),
        byId(after.styrtal(), Styrtal::id, s -> styrtal(s, after)));
    items(Category.UPPDRAG, byId(before.uppdrag(), Uppdrag::id, u -> uppdrag(u, before)),
        byId(after.uppdrag(), Uppdrag::id, u -> uppdrag(u, after)));
    fields(Category.FULLMAKTIGES_LISTA, "Fullmäktiges lista", councilList(before), councilList(after));
    fields(Category.GEMENSAMT, "Gemensamma målsättningar och teman", shared(before), shared(after));
    fields(Category.EKONOMI, "Ekonomi", economy(before), economy(after));
    items(Category.OMRADE, byId(before.omraden(), Omrade::id, PlanDiff::omrade),
        byId(after.omraden(), Omrade::id, PlanDiff::omrade));
    fields(Category.OMRADE, "Verksamhetens förutsättningar", conditions(before), conditions(after));
  }

  /** An item with its label and its fields as shown. */
  private record Item(String label, Map<String, List<String>> fields) {}

  private void items(Category category, Map<String, Item> old, Map<String, Item> now) {
    Set<String> ids = new LinkedHashSet<>(now.keySet());
    ids.addAll(old.keySet());
    for (String id : ids) {
      Item was = old.get(id);
      Item is = now.get(id);
      if (was == null) {
        changes.add(new Change(category, Type.TILLAGD, is.label(), all(Map.of(), is.fields())));
      } else if (is == null) {
        changes.add(new Change(category, Type.BORTTAGEN, was.label(), all(was.fields(), Map.of())));
      } else {
        List<Field> differing = differing(was.fields(), is.fields());
        if (!differing.isEmpty()) {
          changes.add(new Change(category, typeOf(differing), is.label(), differing));
        }
      }
    }
  }

  /** A whole section compared field by field, each differing field a change of its own. */
  private void fields(Category category, String section, Map<String, List<String>> old, Map<String, List<String>> now) {
    for (Field field : differing(old, now)) {
      Type type = field.beforeItems().isEmpty() ? Type.TILLAGD : field.afterItems().isEmpty() ? Type.BORTTAGEN : Type.ANDRAD;
      changes.add(new Change(category, type, section.equals(field.name()) ? section : field.name(), List.of(field)));
    }
  }

  private static Type typeOf(List<Field> differing) {
    Set<String> names = differing.stream().map(Field::name).collect(Collectors.toSet());
    if (names.equals(Set.of("ligger under"))) {
      return Type.FLYTTAD;
    }
    return names.contains("nummer") ? Type.OMNUMRERAD : Type.ANDRAD;
  }

  private static List<Field> differing(Map<String, List<String>> old, Map<String, List<String>> now) {
    Set<String> names = new LinkedHashSet<>(now.keySet());
    names.addAll(old.keySet());
    List<Field> fields = new ArrayList<>();
    for (String name : names) {
      List<String> was = old.getOrDefault(name, List.of());
      List<String> is = now.getOrDefault(name, List.of());
      if (!Objects.equals(was, is)) {
        fields.add(new Field(name, was, is));
      }
    }
    return fields;
  }

  private static List<Field> all(Map<String, List<String>> old, Map<String, List<String>> now) {
    return differing(old, now);
  }

  /** Fields as the handlingar show them: a text, or a list of texts; empty ones are left out. */
  private static final class Fields {
    private final Map<String, List<String>> map = new LinkedHashMap<>();

    Fields put(String name, String text) {
      if (text != null && !text.isEmpty()) {
        map.put(name, List.of(text));
      }
      return this;
    }

    Fields list(String name, List<String> items) {
      if (!items.isEmpty()) {
        map.put(name, List.copyOf(items));
      }
      return this;
    }

    Fields merge(String name, String text) {
      map.merge(name, List.of(text), (a, b) -> {
        List<String> joined = new ArrayList<>(a);
        joined.addAll(b);
        return joined;
      });
      return this;
    }

    Map<String, List<String>> map() {
      return map;
    }
  }

  private static <T> Map<String, Item> byId(List<T> items, Function<T, String> id, Function<T, Item> item) {
    Map<String, Item> map = new LinkedHashMap<>();
    items.forEach(t -> map.putIfAbsent(id.apply(t), item.apply(t)));
    return map;
  }

  private static List<Fokusomrade> sorted(Plan plan) {
    return plan.fokusomraden().stream().sorted(Comparator.comparing(Fokusomrade::nummer)).toList();
  }

  private static Map<String, List<String>> planFields(Plan plan) {
    var f = plan.fakta();
    Fields fields = new Fields()
        .put("Titel", f.titel() + " " + f.ar())
        .put("Nämnd", f.namnd().namn())
        .put("Status", f.status().word())
        .put("Diarienummer", f.diarienummer().orElse(""))
        .put("Handläggare", f.handlaggare().map(h -> h.namn() + h.titel().map(t -> ", " + t).orElse("")).orElse(""))
        .list("Jämförbara län", f.jamforbaraLan())
        .list("Skickas till", f.skickasTill());
    f.konsekvenser().forEach(k -> fields.put("Konsekvenser: " + k.rubrik(), k.text()));
    return fields.map();
  }

  private static Map<String, Item> events(Plan plan) {
    Map<String, Item> events = new LinkedHashMap<>();
    for (Handelse h : plan.tidplan()) {
      events.putIfAbsent(h.typ().word(), new Item(h.typ().word(), new Fields()
          .put("datum", Svenska.datum(h.datum()))
          .put("vad", Svenska.mening(h.rubrik(), h.text())).map()));
    }
    return events;
  }

  private static Map<String, List<String>> list(List<String> items) {
    return new Fields().list("punkter", items).map();
  }

  private static Item malsattning(Malsattning m, Plan plan) {
    return new Item("Målsättning " + m.nr() + ": " + m.titel().value(), new Fields()
        .put("nummer", "Nr " + m.nr())
        .put("titel", m.titel().value())
        .list("styrtal", styrtalTexts(m.styrtal(), plan))
        .list("uppdrag", uppdragLabels(m.uppdrag(), plan))
        .put("ursprung", tags(Taggar.of(m.ursprung(), Slag.MAL, "", plan.fakta().ar())))
        .map());
  }

  private static Item fokusomrade(Fokusomrade f, Plan plan) {
    int ar = plan.fakta().ar();
    Fields fields = new Fields().put("nummer", f.nummer().toString()).put("namn", f.namn());
    f.mal().ifPresent(mal -> fields.put("mål", mal.text().value())
        .put("målets ursprung", tags(Taggar.of(mal.ursprung(), Slag.MAL, f.nummer().toString(), ar))));
    fields.list("styrtal", styrtalTexts(f.styrtal(), plan))
        .list("uppdrag", uppdragLabels(f.uppdrag(), plan))
        .put("ursprung", tags(Taggar.of(f.ursprung(), Slag.FOKUSOMRADE, f.nummer().toString(), ar)));
    return new Item("Fokusområde " + f.nummer() + " " + f.namn(), fields.map());
  }

  private static Item styrtal(Styrtal s, Plan plan) {
    Fields fields = new Fields().put("text", s.text().value())
        .put("riktning", s.riktning().map(Styrtal.Riktning::word).orElse(""));
    s.utfall().forEach(u -> fields.put("utfall " + u.ar(), Svenska.tal(u.varde().value())));
    s.mal().ifPresent(m -> fields.put("mål", Svenska.tal(m.fran().value()) + "–" + Svenska.tal(m.till().value())));
    fields.put("jämförelse", s.jamforbaraLan() ? "jämförbara län" : "")
        .put("ursprung", tags(Taggar.of(s.ursprung(), Slag.STYRTAL, s.id(), plan.fakta().ar())))
        .list("ligger under", places(plan, Malsattning::styrtal, Fokusomrade::styrtal, r -> r.raw().equals(s.id())));
    return new Item("Styrtal: " + s.text().value(), fields.map());
  }

  private static Item uppdrag(Uppdrag u, Plan plan) {
    Fields fields = new Fields()
        .put("nummer", u.nr().map(nr -> "Nr " + nr).orElse(""))
        .put("text", u.text().value())
        .put("mottagare", u.mottagare().word())
        .put("ursprung", tags(Taggar.of(u.ursprung(), Slag.UPPDRAG, u.nr().map(nr -> "Nr " + nr).orElse(u.id()),
            plan.fakta().ar())))
        .list("ligger under", places(plan, Malsattning::uppdrag, Fokusomrade::uppdrag, r -> refersTo(r, u)));
    return new Item(u.nr().map(nr -> "Uppdrag Nr " + nr).orElse("Uppdrag till förvaltningen") + ": " + u.text().value(),
        fields.map());
  }

  private static boolean refersTo(Ref ref, Uppdrag u) {
    return ref.isNumber() ? u.nr().map(nr -> nr == ref.number()).orElse(false) : ref.raw().equals(u.id());
  }

  private static List<String> places(Plan plan, Function<Malsattning, List<Ref>> ofMalsattning,
      Function<Fokusomrade, List<Ref>> ofFokusomrade, java.util.function.Predicate<Ref> matches) {
    List<String> places = new ArrayList<>();
    plan.malsattningar().stream().sorted(Comparator.comparingInt(Malsattning::nr))
        .filter(m -> ofMalsattning.apply(m).stream().anyMatch(matches)).forEach(m -> places.add("målsättning " + m.nr()));
    sorted(plan).stream().filter(f -> ofFokusomrade.apply(f).stream().anyMatch(matches))
        .forEach(f -> places.add("fokusområde " + f.nummer()));
    plan.gemensamt().teman().stream().filter(t -> t.uppdrag().stream().anyMatch(matches))
        .forEach(t -> places.add(t.rubrik()));
    return places;
  }

  private static List<String> styrtalTexts(List<Ref> refs, Plan plan) {
    return refs.stream().map(r -> plan.styrtal().stream().filter(s -> s.id().equals(r.raw())).findFirst()
        .map(s -> s.text().value()).orElse(r.raw())).toList();
  }

  private static List<String> uppdragLabels(List<Ref> refs, Plan plan) {
    return refs.stream().map(r -> r.isNumber() ? "Nr " + r.raw() : plan.uppdrag().stream()
        .filter(u -> u.id().equals(r.raw())).findFirst().map(u -> u.text().value()).orElse(r.raw())).toList();
  }

  private static String tags(List<String> tags) {
    return String.join(", ", tags);
  }

  private static Map<String, List<String>> councilList(Plan plan) {
    Fields fields = new Fields();
    plan.fullmaktigesUppdrag().ifPresent(list -> {
      fields.put("Antal uppdrag till nämnden", list.uppdrag().size() + " st")
          .list("Uppdrag i listan", list.uppdrag().stream().map(l -> "Nr " + l.nr()).toList());
      list.uppdrag().forEach(l -> l.lydelse().ifPresent(text -> fields.put("Fullmäktiges lydelse av Nr " + l.nr(), text.value())));
    });
    return fields.map();
  }

  private static Map<String, List<String>> shared(Plan plan) {
    Fields fields = new Fields();
    plan.gemensamt().malsattningar().forEach(m -> fields.put("Gemensam målsättning " + m.malsattning(),
        m.rubrik().map(r -> r.value()).orElse("nr " + m.malsattning())));
    plan.gemensamt().teman().forEach(t -> fields.list("Tema: " + t.rubrik(),
        t.uppdrag().stream().map(r -> r.isNumber() ? "Nr " + r.raw() : r.raw()).toList()));
    return fields.map();
  }

  private static Map<String, List<String>> economy(Plan plan) {
    Fields fields = new Fields();
    plan.ekonomi().ifPresent(e -> {
      Ekonomi.Ramanslag ram = e.ramanslag();
      fields.put("Ramanslag", mnkr(ram.mnkr()));
      ram.foregaendeAr().ifPresent(a -> fields.put("Ramanslag föregående år", mnkr(a)));
      ram.index().ifPresent(i -> fields.put("Indexuppräkning (" + i.index() + ")",
          Svenska.procent(i.procent().value()) + ", " + mnkr(i.mnkr())));
      ram.reduceringskrav().ifPresent(r -> fields.put("Reduceringskrav", mnkr(r)));
      ram.kommentar().ifPresent(k -> fields.put("Kommentar till ramanslaget", k));
      e.modell().ifPresent(m -> {
        m.upprakning().forEach(p -> fields.put("Uppräkning: " + p.namn(),
            p.procent().map(a -> Svenska.procent(a.value()) + ", ").orElse("") + mnkr(p.belopp())));
        m.schablonanslag().ifPresent(s -> {
          fields.put("Schablonanslag", Svenska.kr(s.krPerArsarbetare().value()) + "/åa");
          s.delar().forEach(d -> fields.put("Schablonanslag: " + d.namn(), Svenska.kr(d.belopp().value()) + "/åa"));
        });
        m.reserver().forEach(p -> fields.put("Reserv: " + p.namn(), mnkr(p.belopp())));
      });
      e.fordelning().ifPresent(f -> f.omraden().forEach(p -> {
        String name = plan.omraden().stream().filter(o -> o.id().equals(p.omrade().raw())).findFirst()
            .map(Omrade::namn).orElse(p.omrade().raw());
        fields.put("Fördelning: " + name, p.mnkr().map(PlanDiff::mnkr).orElse("belopp saknas")
            + p.kommentar().map(k -> " – " + k).orElse(""));
        p.atgardskrav().ifPresent(k -> fields.put("Åtgärdskrav: " + name, mnkr(k.mnkr())));
      }));
      e.upprakningPerForening().ifPresent(t -> t.rader().forEach(r -> fields.put("Förening: " + r.namn(), mnkr(r.mnkr()))));
      e.utrymmeForSatsningar().ifPresent(t -> t.rader().forEach(r -> fields.put("Satsning: " + r.namn(), mnkr(r.mnkr()))));
    });
    return fields.map();
  }

  private static String mnkr(Amount amount) {
    return Svenska.mnkr(amount.value());
  }

  private static Item omrade(Omrade o) {
    Fields fields = new Fields().put("namn", o.namn());
    int n = 0;
    for (Omrade.Presentation p : o.presentationer()) {
      n++;
      String suffix = o.presentationer().size() > 1 ? " " + n : "";
      for (Omrade.Insats insats : p.insatser()) {
        fields.list("insatser för " + insats.fokusomrade() + suffix, texts(insats.punkter()));
      }
      for (Omrade.Utmaning u : p.utmaningar()) {
        texts(u.punkter()).forEach(t -> fields.merge("utmaningar" + suffix, u.rubrik().map(r -> r + ": ").orElse("") + t));
      }
    }
    return new Item("Området " + o.namn(), fields.map());
  }

  private static Map<String, List<String>> conditions(Plan plan) {
    Fields fields = new Fields();
    plan.forutsattningar().ifPresent(f -> {
      f.presentation().ifPresent(a -> fields.put("Presentationens datum", Svenska.datum(a.datum())));
      fields.list("Övergripande", texts(f.overgripande())).list("Storregionalt samarbete", texts(f.storregionalt()));
    });
    return fields.map();
  }

  private static List<String> texts(List<Punkt> punkter) {
    return punkter.stream().map(p -> p.text() + (p.underpunkter().isEmpty() ? "" : ": " + String.join(", ", p.underpunkter())))
        .toList();
  }

}
