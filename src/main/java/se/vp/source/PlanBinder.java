package se.vp.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Suggestions;
import se.vp.model.Avsnitt;
import se.vp.model.Beslut;
import se.vp.model.Ekonomi;
import se.vp.model.Fakta;
import se.vp.model.Fokusomrade;
import se.vp.model.Forslag;
import se.vp.model.Forslagstyp;
import se.vp.model.Forutsattningar;
import se.vp.model.FullmaktigesLista;
import se.vp.model.Gemensamt;
import se.vp.model.Handelse;
import se.vp.model.Handelsetyp;
import se.vp.model.Malsattning;
import se.vp.model.Mottagare;
import se.vp.model.Nummer;
import se.vp.model.Omrade;
import se.vp.model.Omvarld;
import se.vp.model.Organ;
import se.vp.model.Plan;
import se.vp.model.Punkt;
import se.vp.model.Ref;
import se.vp.model.Status;
import se.vp.model.Styrtal;
import se.vp.model.Uppdrag;
import se.vp.model.Ursprung;

/** Binds the files of plan-source, each valid against its schema, into one {@link Plan}. */
final class PlanBinder {

  private final Diagnostics out;
  private final Map<FileKind, List<SourceDocument>> byKind;

  private PlanBinder(List<SourceDocument> documents, Diagnostics out) {
    this.out = out;
    this.byKind = documents.stream()
        .sorted(Comparator.comparing(SourceDocument::file))
        .collect(Collectors.groupingBy(SourceDocument::kind));
  }

  /** The plan, or nothing when plan.yaml is missing or a value could not be bound. */
  static Optional<Plan> bind(List<SourceDocument> documents, Diagnostics out) {
    return new PlanBinder(documents, out).bind();
  }

  private Optional<Plan> bind() {
    Optional<Fakta> fakta = single(FileKind.PLAN).map(this::fakta);
    if (fakta.isEmpty()) {
      return Optional.empty();
    }
    placementsWithoutMalsattning();
    Plan plan = new Plan(
        fakta.get(),
        single(FileKind.TIDPLAN).map(f -> f.maps("händelser").stream().map(this::handelse)
            .flatMap(Optional::stream).toList()).orElse(List.of()),
        single(FileKind.OMVARLD)
            .map(f -> new Omvarld(f.strings("omvärldsfaktorer"), f.strings("interna-utmaningar"), f.at()))
            .orElse(Omvarld.NONE),
        all(FileKind.MALSATTNING, this::malsattning),
        all(FileKind.FOKUSOMRADE, this::fokusomrade).stream().flatMap(Optional::stream).toList(),
        all(FileKind.STYRTAL, this::styrtal),
        byKind.getOrDefault(FileKind.UPPDRAG, List.of()).stream().map(this::uppdrag).toList(),
        single(FileKind.FULLMAKTIGES_UPPDRAG).map(this::fullmaktigesLista),
        single(FileKind.GEMENSAMT).map(this::gemensamt).orElse(Gemensamt.NONE),
        single(FileKind.EKONOMI).map(this::ekonomi),
        single(FileKind.FORUTSATTNINGAR).map(this::forutsattningar),
        all(FileKind.OMRADE, this::omrade),
        organ());
    return Optional.of(plan);
  }

  private Optional<Fields> single(FileKind kind) {
    return byKind.getOrDefault(kind, List.of()).stream().findFirst().map(d -> new Fields(d.root(), out));
  }

  private <T> List<T> all(FileKind kind, BiFunction<String, Fields, T> binder) {
    List<T> items = new ArrayList<>();
    for (SourceDocument document : byKind.getOrDefault(kind, List.of())) {
      items.add(binder.apply(document.id(), new Fields(document.root(), out)));
    }
    return items;
  }

  private Fakta fakta(Fields f) {
    Fields namnd = f.map("nämnd").orElseThrow();
    return new Fakta(
        f.optString("organisation"),
        new Fakta.Namnd(namnd.string("namn"), namnd.string("bestämd-form"), namnd.optString("förkortning")),
        f.optString("förvaltning"),
        f.integer("år"),
        f.string("titel"),
        switch (f.string("status")) {
          case "utkast" -> Status.UTKAST;
          case "förslag" -> Status.FORSLAG;
          default -> Status.BESLUTAD;
        },
        f.date("datum"),
        f.optString("diarienummer"),
        f.map("handläggare").map(h -> new Fakta.Handlaggare(h.string("namn"), h.optString("titel"), h.optString("e-post"), f.keyAt("handläggare"))),
        f.maps("konsekvenser").stream().map(k -> new Fakta.Konsekvens(k.string("rubrik"), k.string("text"))).toList(),
        f.strings("skickas-till"),
        f.strings("jämförbara-län"),
        f.at(),
        f.at("status"));
  }

  /**
   * The deciding bodies: the council's in gemensamt.yaml, then the plan's own, which win on the
   * same short form; FM and DN when neither declares any, and DN as the committee itself when no
   * declared body is.
   */
  private List<Organ> organ() {
    Map<String, Organ> declared = new LinkedHashMap<>();
    Stream.of(single(FileKind.GEMENSAMT), single(FileKind.PLAN)).flatMap(Optional::stream)
        .flatMap(f -> f.maps("beslutande-organ").stream())
        .forEach(o -> {
          Organ organ = new Organ(o.string("förkortning"), o.string("namn"),
              o.optString("bestämd-form").orElse(o.string("namn")), o.optBoolean("nämnden").orElse(false));
          if (organ.namnden() && declared.values().stream()
              .anyMatch(other -> other.namnden() && !other.forkortning().equals(organ.forkortning()))) {
            out.report(Code.VP104, o.at("nämnden"), organ.forkortning() + " anges som nämnden själv, men det gör "
                + "redan ett annat organ", Optional.of("ange nämnden: true för ett enda organ"));
          }
          declared.put(organ.forkortning(), organ);
        });
    if (declared.isEmpty()) {
      return Organ.STANDARD;
    }
    List<Organ> organ = new ArrayList<>(declared.values());
    if (organ.stream().noneMatch(Organ::namnden) && !declared.containsKey(Organ.NAMNDEN.forkortning())) {
      organ.add(Organ.NAMNDEN);
    }
    return organ;
  }

  private Optional<Handelse> handelse(Fields f) {
    if (!f.has("rubrik") && !f.has("text")) {
      out.report(Code.VP102, f.at("datum"), "händelsen saknar både rubrik och text",
          Optional.of("skriv vad som sker under text:, eller under rubrik: och text:"));
      return Optional.empty();
    }
    return f.date("datum").map(datum -> new Handelse(datum, f.optString("typ").map(Handelsetyp::of),
        f.optString("rubrik"), f.optString("text"), f.at("datum")));
  }

  /** The council's målsättning, with what a nämnd in a region places under it from its own file. */
  private Malsattning malsattning(String id, Fields f) {
    Optional<Fields> placement = byKind.getOrDefault(FileKind.PLACERING, List.of()).stream()
        .filter(d -> d.id().equals(id)).findFirst().map(d -> new Fields(d.root(), out));
    return new Malsattning(id, f.integer("nr"), f.optText("titel"),
        concat(f.refs("styrtal"), placement.map(p -> p.refs("styrtal"))),
        concat(f.refs("uppdrag"), placement.map(p -> p.refs("uppdrag"))),
        ursprung(f), f.at("nr"));
  }

  private static List<Ref> concat(List<Ref> council, Optional<List<Ref>> namnd) {
    List<Ref> all = new ArrayList<>(council);
    namnd.ifPresent(all::addAll);
    return all;
  }

  /** A nämnd's file in malsattningar/ places things under a målsättning of the council's. */
  private void placementsWithoutMalsattning() {
    var ids = byKind.getOrDefault(FileKind.MALSATTNING, List.of()).stream().map(SourceDocument::id).toList();
    for (SourceDocument placement : byKind.getOrDefault(FileKind.PLACERING, List.of())) {
      if (!ids.contains(placement.id())) {
        out.report(Code.VP203, placement.root().at(),
            "fullmäktige har ingen målsättning " + placement.id() + " att placera styrtal och uppdrag under",
            Optional.of("filen ska heta som målsättningen i " + Layout.COUNCIL + "malsattningar/"
                + Suggestions.nearest(placement.id(), ids).map(id -> ", till exempel " + id + ".yaml").orElse("")));
      }
    }
  }

  private Optional<Fokusomrade> fokusomrade(String id, Fields f) {
    return nummer(f.ref("nummer")).map(nummer -> new Fokusomrade(
        id,
        nummer,
        f.integer("målsättning"),
        f.at("målsättning"),
        f.string("namn"),
        f.map("mål").map(m -> new Fokusomrade.Mal(m.text("text"), ursprung(m))),
        f.refs("styrtal"),
        f.refs("uppdrag"),
        ursprung(f),
        f.at("nummer")));
  }

  /** A fokusområde's number; YAML reads 4.2 as a decimal, so the text as written is what counts. */
  private Optional<Nummer> nummer(Ref ref) {
    Optional<Nummer> nummer = Nummer.parse(ref.raw());
    if (nummer.isEmpty()) {
      out.report(Code.VP105, ref.at(),
          "ett fokusområde numreras som 4.1 eller 4.1.1: '" + ref.raw() + "'",
          Optional.of("skriv numret inom citattecken, till exempel \"4.10\""));
    }
    return nummer;
  }

  private Styrtal styrtal(String id, Fields f) {
    return new Styrtal(
        id,
        f.text("text"),
        f.optString("riktning").map(r -> r.equals("öka") ? Styrtal.Riktning.OKA : Styrtal.Riktning.MINSKA),
        f.optString("enhet"),
        f.maps("utfall").stream().map(u -> new Styrtal.Utfall(u.integer("år"), u.amount("värde"),
            u.maps("jämförbara-län").stream().map(l -> new Styrtal.Lansvarde(l.string("län"), l.amount("värde"),
                l.at("län"))).toList())).toList(),
        f.map("mål").map(m -> new Styrtal.Malvarde(m.amount("från"), m.amount("till"))),
        f.has("jämförelse"),
        f.optString("kolada"),
        ursprung(f),
        f.at());
  }

  private Uppdrag uppdrag(SourceDocument document) {
    Fields f = new Fields(document.root(), out);
    return new Uppdrag(document.id(), f.optInteger("nr"), f.text("text"), Mottagare.of(f.string("mottagare")), ursprung(f),
        f.has("nr") ? f.at("nr") : f.at(), document.shared());
  }

  private FullmaktigesLista fullmaktigesLista(Fields f) {
    return new FullmaktigesLista(
        beslut(f.map("beslut").orElseThrow()),
        f.maps("uppdrag").stream()
            .map(u -> new FullmaktigesLista.Listat(u.integer("nr"), u.optText("lydelse"), u.at("nr")))
            .toList());
  }

  private Gemensamt gemensamt(Fields f) {
    return new Gemensamt(
        f.maps("målsättningar").stream()
            .map(m -> new Gemensamt.Malsattningsbild(m.integer("målsättning"), m.optText("rubrik"), m.at("målsättning")))
            .toList(),
        f.maps("teman").stream().map(t -> new Gemensamt.Tema(t.string("rubrik"), t.refs("uppdrag"), t.at())).toList());
  }

  private Ursprung ursprung(Fields f) {
    return new Ursprung(f.map("beslut").map(this::beslut), f.map("förslag").map(this::forslag));
  }

  private Beslut beslut(Fields f) {
    return new Beslut(f.string("av"), f.integer("år"), f.at());
  }

  private Forslag forslag(Fields f) {
    return new Forslag(Forslagstyp.of(f.string("typ")), f.integer("år"), f.refs("ersätter"), f.optText("lydelse"), f.at());
  }

  private Ekonomi ekonomi(Fields f) {
    Fields ram = f.map("ramanslag").orElseThrow();
    return new Ekonomi(
        f.map("presentation").flatMap(this::avsnitt),
        new Ekonomi.Ramanslag(
            ram.amount("mnkr"),
            ram.optAmount("föregående-år-mnkr"),
            ram.map("indexuppräkning").map(i -> new Ekonomi.Indexupprakning(
                i.optString("index"), i.amount("procent"), i.optAmount("mnkr"))),
            ram.optAmount("reduceringskrav-mnkr"),
            ram.optString("kommentar")),
        f.map("resursfördelningsmodell").map(m -> new Ekonomi.Resursfordelningsmodell(
            m.optInteger("framtagen-år"),
            posts(m.maps("uppräkning"), "mnkr"),
            m.map("schablonanslag").map(s -> new Ekonomi.Schablonanslag(
                s.amount("kr-per-årsarbetare"), posts(s.maps("delar"), "kr-per-årsarbetare"))),
            m.optAmount("projektfinansiering-timmar-per-årsarbetare"),
            m.optAmount("sjuklöneavräkning-procent"),
            posts(m.maps("reserver"), "mnkr"))),
        f.map("fördelning").map(d -> new Ekonomi.Fordelning(
            d.optString("kommentar"),
            Stream.concat(d.maps("områden").stream(), d.maps("poster").stream()).map(o -> new Ekonomi.Fordelningspost(
                o.has("område") ? Optional.of(o.ref("område")) : Optional.empty(),
                o.optString("post"),
                o.optAmount("mnkr"),
                o.optString("kommentar"),
                o.map("åtgärdskrav").map(a -> new Ekonomi.Atgardskrav(
                    a.amount("underskott-mnkr"), a.amount("effekt-mnkr"), a.amount("mnkr"), a.optString("källa"))),
                o.has("område") ? o.at("område") : o.at("post"))).toList(),
            f.keyAt("fördelning"))),
        f.map("uppräkning-per-förening").map(this::tabell),
        f.map("utrymme-för-satsningar").map(this::tabell));
  }

  private List<Ekonomi.Post> posts(List<Fields> rows, String amountKey) {
    return rows.stream()
        .map(p -> new Ekonomi.Post(p.string("post"), p.optAmount("procent"), p.amount(amountKey), p.at()))
        .toList();
  }

  private Ekonomi.Tabell tabell(Fields f) {
    return new Ekonomi.Tabell(
        f.date("datum"),
        f.optString("kommentar"),
        f.maps("rader").stream().map(r -> new Ekonomi.Rad(r.string("namn"), r.amount("mnkr"))).toList(),
        f.at("rader"));
  }

  private Optional<Avsnitt> avsnitt(Fields f) {
    return f.date("datum").map(d -> new Avsnitt(f.string("rubrik"), d, f.at("datum")));
  }

  private Forutsattningar forutsattningar(Fields f) {
    return new Forutsattningar(
        f.map("presentation").flatMap(this::avsnitt),
        punkter(f.items("övergripande")),
        f.refs("områden"),
        punkter(f.items("storregionalt-samarbete")));
  }

  private Omrade omrade(String id, Fields f) {
    return new Omrade(id, f.string("namn"),
        f.maps("presentationer").stream().map(p -> new Omrade.Presentation(
            p.maps("insatser").stream().map(i -> new Omrade.Insats(
                i.ref("fokusområde"), i.optString("rubrik"), punkter(i.items("punkter")))).toList(),
            p.maps("utmaningar").stream().map(u -> new Omrade.Utmaning(
                u.optString("rubrik"), punkter(u.items("punkter")))).toList())).toList(),
        f.at());
  }

  private List<Punkt> punkter(List<YamlNode> nodes) {
    return nodes.stream().map(n -> {
      if (n instanceof YamlScalar s) {
        return new Punkt(s.text(), List.of(), s.at());
      }
      Fields p = new Fields((YamlMap) n, out);
      return new Punkt(p.string("text"), p.strings("punkter"), p.at("text"));
    }).toList();
  }

}
