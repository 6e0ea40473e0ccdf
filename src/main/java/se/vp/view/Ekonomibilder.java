package se.vp.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.vp.locale.Svenska;
import se.vp.model.Amount;
import se.vp.model.Ekonomi;
import se.vp.model.ResolvedPlan;
import se.vp.view.Bildspel.Bild;
import se.vp.view.Bildspel.Del;

/**
 * The economy as the chair presents it: the frame as key figures beside its chart, the resource
 * model's parts, the distribution per område, and the two tables the committee's deck had as
 * pictures. What the plan does not give is said, and no total is printed that its rows do not make.
 */
final class Ekonomibilder {


  private Ekonomibilder() {}

  static void add(BildspelViews deck, ResolvedPlan resolved, Views.Plan view, Views.Ekonomi e) {
    Ekonomi ekonomi = resolved.plan().ekonomi().orElseThrow();
    Views.Dokument d = view.dokument();
    deck.avsnitt("ekonomi", e.presentation().map(Views.Avsnitt::rubrik).orElse("Ekonomiska förutsättningar"),
        Optional.of(d.namnd() + e.presentation().map(p -> " · " + p.datum()).orElse("")));
    ram(deck, ekonomi, d, e);
    modell(deck, ekonomi, e);
    fordelning(deck, ekonomi, d, e);
    e.upprakningPerForening().ifPresent(t -> tabell(deck, "Förslag till uppräkning per förening/stiftelse " + d.ar()
        + t.datum().map(datum -> " (" + datum + ")").orElse(""), t, "Förening eller stiftelse",
        "per förening eller stiftelse"));
    e.utrymmeForSatsningar().ifPresent(t -> tabell(deck, "Preliminärt utrymme för satsningar"
        + t.datum().map(datum -> " " + datum).orElse(""), t, "Satsning", "för satsningar"));
  }

  /** The frame: this year's, last year's and the index adjustment as figures, beside their chart. */
  private static void ram(BildspelViews deck, Ekonomi ekonomi, Views.Dokument d, Views.Ekonomi e) {
    List<Bildspel.Tal> tal = new ArrayList<>();
    tal.add(new Bildspel.Tal(e.ramanslag(), "Ramanslag netto " + d.ar(),
        e.foregaendeAr().map(f -> d.forraAret() + ": " + f)));
    e.indexBelopp().ifPresent(b -> tal.add(new Bildspel.Tal("+" + b, "Justering efter index"
        + e.index().map(i -> " (" + i + ")").orElse(""), e.indexProcent())));
    List<Del> figures = new ArrayList<>();
    figures.add(new Bildspel.Nyckeltal("nyckeltal", tal));
    e.reduceringskrav().ifPresent(r -> figures.add(new Bildspel.Stycke("text", r + ".", false)));
    e.kommentar().ifPresent(k -> figures.add(new Bildspel.Stycke("text", k + ".", false)));
    Optional<Diagram> chart = Diagrams.ram(ekonomi.ramanslag(), d.ar());
    List<Del> parts = chart.isEmpty() ? figures : List.of(new Bildspel.Spalter("spalter", List.of(
        new Bildspel.Spalt(Optional.empty(), figures),
        new Bildspel.Spalt(Optional.empty(), List.of(new Bildspel.Figur("figur", chart.get(), 90))))));
    deck.add(new Bild("nyckeltal", Optional.empty(), Optional.empty(), "Ekonomiska förutsättningar " + d.ar(),
        e.beslutsdatum().map(b -> "Fullmäktiges beslut " + b), parts));
  }

  /** The resource model: the uppräkning's parts and the schablon's, and the model's other figures. */
  private static void modell(BildspelViews deck, Ekonomi ekonomi, Views.Ekonomi e) {
    Optional<Ekonomi.Resursfordelningsmodell> modell = ekonomi.modell();
    if (modell.isEmpty() || modell.get().upprakning().isEmpty() && modell.get().schablonanslag().isEmpty()) {
      return;
    }
    List<Bildspel.Spalt> columns = new ArrayList<>();
    Ekonomi.Resursfordelningsmodell m = modell.get();
    if (!m.upprakning().isEmpty()) {
      // The parts add up to the index adjustment; the budget check says so when they do not.
      Amount sum = ekonomi.ramanslag().index().flatMap(Ekonomi.Indexupprakning::mnkr).orElseGet(() -> new Amount(
          m.upprakning().stream().map(p -> p.belopp().value()).reduce(BigDecimal.ZERO, BigDecimal::add),
          m.upprakning().get(0).at()));
      Diagrams.delar("Uppräkning av ramanslaget", m.upprakning(), sum,
          "Justering av ramanslag" + e.indexProcent().map(p -> " " + p).orElse(""), "Mnkr")
          .ifPresent(c -> columns.add(new Bildspel.Spalt(Optional.of("Uppräkning av ramanslaget"),
              List.of(new Bildspel.Figur("figur", c, 70)))));
    }
    m.schablonanslag().flatMap(s -> Diagrams.delar("Schablonanslag per årsarbetare", s.delar(), s.krPerArsarbetare(),
        "Schablonanslag", "kr/åa")).ifPresent(c -> columns.add(new Bildspel.Spalt(
            Optional.of("Schablonanslag per årsarbetare"), List.of(new Bildspel.Figur("figur", c, 70)))));
    List<Del> parts = new ArrayList<>(List.of(new Bildspel.Spalter("spalter", columns)));
    List<Bildspel.Post> facts = new ArrayList<>();
    e.projektfinansiering().ifPresent(p -> facts.add(Poster.text("Projektfinansiering av personal: " + p)));
    e.sjukloneavrakning().ifPresent(p -> facts.add(Poster.text("Avräkning för sjuklönekostnader: " + p)));
    if (!facts.isEmpty()) {
      parts.add(Bildspel.Lista.of(Optional.empty(), false, 1, facts));
    }
    deck.add(new Bild("diagram", Optional.empty(), Optional.empty(),
        "Resursfördelningsmodell" + e.modellAr().map(a -> " (framtagen " + a + ")").orElse(""), Optional.empty(), parts));
  }

  /**
   * The distribution per område, with the reserves. Only rows that all have their amounts make a
   * total; otherwise the frame to distribute is said apart from the rows, with what is missing.
   */
  private static void fordelning(BildspelViews deck, Ekonomi ekonomi, Views.Dokument d, Views.Ekonomi e) {
    if (e.fordelning().isEmpty()) {
      return;
    }
    List<Bildspel.Rad> rows = new ArrayList<>();
    for (Views.Fordelningsrad r : e.fordelning()) {
      List<String> comment = new ArrayList<>();
      r.kommentar().ifPresent(comment::add);
      r.atgardskrav().ifPresent(k -> comment.add(k + "."));
      rows.add(new Bildspel.Rad(List.of(List.of(r.omrade()), List.of(r.belopp().orElse("Belopp saknas")), comment), false));
    }
    e.reserver().forEach(r -> rows.add(new Bildspel.Rad(List.of(List.of(r.namn()), List.of(r.belopp()), List.of("Reserv")),
        false)));
    boolean complete = e.fordelning().stream().allMatch(r -> r.belopp().isPresent());
    List<Del> after = new ArrayList<>();
    if (complete) {
      rows.add(new Bildspel.Rad(List.of(List.of("Ramanslag netto"), List.of(e.ramanslag()), List.of()), true));
    } else {
      after.add(new Bildspel.Stycke("text", "Ramanslag netto att fördela: " + e.ramanslag() + ". Belopp saknas för "
          + e.fordelning().stream().filter(r -> r.belopp().isEmpty()).count() + " av " + e.fordelning().size()
          + " " + e.fordelningSlag() + " i underlaget.", true));
    }
    String rubrik = "Fördelning av ramanslag " + d.ar();
    Tabeller.slides(deck, Optional.empty(), Optional.empty(), rubrik, e.fordelningKommentar(),
        List.of(new Bildspel.Kolumn(e.fordelningKolumn(), 30, false), new Bildspel.Kolumn("Ramanslag", 17, true),
            new Bildspel.Kolumn("Kommentar", 53, false)), rows, after);
    if (complete) {
      List<Ekonomi.Fordelningspost> posts = ekonomi.fordelning().orElseThrow().rader();
      Diagrams.staplar(rubrik, e.fordelning().stream().map(Views.Fordelningsrad::omrade).toList(),
          posts.stream().map(p -> p.mnkr().orElseThrow()).toList(), "Mnkr")
          .ifPresent(c -> deck.add(new Bild("diagram", Optional.empty(), Optional.empty(),
              rubrik + " per " + e.fordelningKolumn().toLowerCase(Svenska.SV), Optional.empty(),
              List.of(new Bildspel.Figur("figur", c, 100)))));
    }
  }

  /** One of the tables the committee's deck showed as a picture: its rows, or that they are missing. */
  private static void tabell(BildspelViews deck, String rubrik, Views.Tabell t, String kolumn, String vad) {
    List<Del> after = t.rader().isEmpty()
        ? List.of(new Bildspel.Stycke("text", "Underlag saknas: planen anger inga belopp " + vad + ".", true))
        : List.of();
    Tabeller.slides(deck, Optional.empty(), Optional.empty(), rubrik, t.kommentar(),
        List.of(new Bildspel.Kolumn(kolumn, 70, false), new Bildspel.Kolumn("Belopp", 30, true)),
        t.rader().stream().map(r -> new Bildspel.Rad(List.of(List.of(r.namn()), List.of(r.belopp())), false)).toList(),
        after);
  }
}
