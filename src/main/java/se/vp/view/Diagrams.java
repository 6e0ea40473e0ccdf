package se.vp.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.vp.locale.Svenska;
import se.vp.model.Amount;
import se.vp.model.Ekonomi;
import se.vp.model.Styrtal;

/** The deck's charts, made from the plan's figures, each with its figures in words. */
final class Diagrams {

  private Diagrams() {}

  /** Last year's frame, the index adjustment and this year's frame: 146,8 → +4,6 → 151,3 Mnkr. */
  static Optional<Diagram> ram(Ekonomi.Ramanslag ram, int ar) {
    if (ram.foregaendeAr().isEmpty() || ram.index().flatMap(Ekonomi.Indexupprakning::mnkr).isEmpty()) {
      return Optional.empty();
    }
    Ekonomi.Indexupprakning index = ram.index().get();
    BigDecimal mnkr = index.mnkr().get().value();
    List<Diagram.Stapel> bars = List.of(
        bar("Ramanslag " + (ar - 1), ram.foregaendeAr().get().value(), "varde"),
        new Diagram.Stapel("Indexuppräkning " + index.index().map(name -> name + " ").orElse("")
            + Svenska.procent(index.procent().value()), plain(mnkr), signed(mnkr),
            mnkr.signum() < 0 ? "minskning" : "okning"),
        bar("Ramanslag " + ar, ram.mnkr().value(), "summa"));
    return Optional.of(new Diagram("vattenfall", "Mnkr", alt("Ramanslag netto", bars, "Mnkr"), bars, List.of(),
        Optional.empty(), Optional.empty()));
  }

  /** The parts of a whole as one bar: the uppräkning's posts, or the schablon's, and their sum. */
  static Optional<Diagram> delar(String rubrik, List<Ekonomi.Post> posts, Amount summa, String summaEtikett, String enhet) {
    if (posts.isEmpty()) {
      return Optional.empty();
    }
    List<Diagram.Stapel> bars = new ArrayList<>();
    posts.forEach(p -> bars.add(bar(p.namn() + p.procent().map(pr -> " " + Svenska.procent(pr.value())).orElse(""),
        p.belopp().value(), "del")));
    bars.add(bar(summaEtikett, summa.value(), "summa"));
    return Optional.of(new Diagram("delar", enhet, alt(rubrik, bars, enhet), bars, List.of(), Optional.empty(),
        Optional.empty()));
  }

  /** Amounts side by side, one bar each: the frame per område. */
  static Optional<Diagram> staplar(String rubrik, List<String> namn, List<Amount> belopp, String enhet) {
    if (namn.isEmpty()) {
      return Optional.empty();
    }
    List<Diagram.Stapel> bars = new ArrayList<>();
    for (int i = 0; i < namn.size(); i++) {
      bars.add(bar(namn.get(i), belopp.get(i).value(), "varde"));
    }
    return Optional.of(new Diagram("staplar", enhet, alt(rubrik, bars, enhet), bars, List.of(), Optional.empty(),
        Optional.empty()));
  }

  /**
   * A styrtal's outcome over the years, with the comparison regions' values where the plan has
   * them, its target band and its direction; nothing when it has no outcome. {@code text} is the
   * styrtal's as the view sets it, {@code egen} the name of the plan's own region.
   */
  static Optional<Diagram> serie(Styrtal s, String text, String egen, Optional<String> enhet) {
    if (s.utfall().isEmpty()) {
      return Optional.empty();
    }
    String unit = enhet.orElse("");
    List<Diagram.Serie> series = new ArrayList<>();
    series.add(new Diagram.Serie(egen, true, s.utfall().stream()
        .map(u -> new Diagram.Punkt(u.ar(), plain(u.varde().value()), Svenska.tal(u.varde().value()))).toList()));
    TreeSet<String> regions = s.utfall().stream().flatMap(u -> u.lan().stream()).map(Styrtal.Lansvarde::lan)
        .collect(Collectors.toCollection(TreeSet::new));
    for (String region : regions) {
      series.add(new Diagram.Serie(region, false, s.utfall().stream().flatMap(u -> u.lan().stream()
          .filter(l -> l.lan().equals(region))
          .map(l -> new Diagram.Punkt(u.ar(), plain(l.varde().value()), Svenska.tal(l.varde().value())))).toList()));
    }
    Optional<Diagram.Band> band = s.mal().map(m -> new Diagram.Band(plain(m.fran().value()), plain(m.till().value()),
        "Mål " + Svenska.tal(m.fran().value()) + "–" + Svenska.tal(m.till().value()) + suffix(unit)));
    Optional<Diagram.Riktning> riktning = s.riktning().map(r -> new Diagram.Riktning(r.word(), "Ska " + r.word()));
    StringBuilder alt = new StringBuilder(text);
    for (Diagram.Serie serie : series) {
      alt.append(' ').append(serie.namn()).append(": ").append(serie.punkter().stream()
          .map(p -> p.ar() + " " + p.text() + suffix(unit)).collect(Collectors.joining(", "))).append('.');
    }
    band.ifPresent(b -> alt.append(' ').append(b.text()).append('.'));
    riktning.ifPresent(r -> alt.append(' ').append(r.text()).append('.'));
    return Optional.of(new Diagram("serie", unit, alt.toString(), List.of(), series, band, riktning));
  }

  private static Diagram.Stapel bar(String etikett, BigDecimal value, String slag) {
    return new Diagram.Stapel(etikett, plain(value), Svenska.tal(value), slag);
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  private static String signed(BigDecimal value) {
    return (value.signum() > 0 ? "+" : "") + Svenska.tal(value);
  }

  private static String suffix(String unit) {
    return unit.isEmpty() ? "" : Svenska.NBSP + unit;
  }

  /** "Ramanslag netto: Ramanslag 2025 146,8 Mnkr, Indexuppräkning LPIK 3,1 % +4,6 Mnkr, Ramanslag 2026 151,3 Mnkr." */
  private static String alt(String rubrik, List<Diagram.Stapel> bars, String unit) {
    return rubrik + ": " + bars.stream().map(b -> b.etikett() + " " + b.text() + suffix(unit))
        .collect(Collectors.joining(", ")) + ".";
  }
}
