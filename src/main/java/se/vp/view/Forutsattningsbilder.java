package se.vp.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.vp.view.Bildspel.Bild;
import se.vp.view.Bildspel.Del;

/**
 * The områden's presentation of their conditions: the overall points, then for each område its
 * insatser for the fokusområden side by side, as many to a slide as fit, and its challenges.
 */
final class Forutsattningsbilder {

  private static final int SPALTER = 3;

  private Forutsattningsbilder() {}

  static void add(BildspelViews deck, Views.Plan view, Views.Forutsattningar f) {
    boolean content = !f.overgripande().isEmpty() || !f.storregionalt().isEmpty()
        || f.omraden().stream().anyMatch(o -> o.presentationer().stream()
            .anyMatch(p -> !p.insatser().isEmpty() || !p.utmaningar().isEmpty()));
    if (!content) {
      return;
    }
    deck.avsnitt("forutsattningar", f.presentation().map(Views.Avsnitt::rubrik).orElse("Verksamhetens förutsättningar"),
        Optional.of(view.dokument().namnd() + f.presentation().map(p -> " · " + p.datum()).orElse("")));
    list(deck, Optional.empty(), "Övergripande", Optional.empty(), f.overgripande());
    for (Views.Omrade o : f.omraden()) {
      for (Views.Presentation p : o.presentationer()) {
        insatser(deck, o, p.insatser());
        utmaningar(deck, o, p.utmaningar());
      }
    }
    list(deck, Optional.empty(), "Storregionalt samarbete", Optional.of("Aktuella frågor"), f.storregionalt());
  }

  private static void list(BildspelViews deck, Optional<String> over, String rubrik, Optional<String> under,
      List<Views.Punkt> points) {
    Listor.slides(deck, "innehall", Optional.empty(), over, rubrik, rubrik + " (forts.)", under, List.of(),
        List.of(new Listor.Avsnitt(Optional.empty(), false, points.stream().map(Poster::punkt).toList())));
  }

  /**
   * The insatser side by side, spread evenly over as few slides as hold them; an insats too long
   * for a column has slides of its own.
   */
  private static void insatser(BildspelViews deck, Views.Omrade o, List<Views.Insats> insatser) {
    Optional<String> over = Optional.of(o.namn());
    String rubrik = "Insatser för fokusområdena";
    double room = Bildyta.rum(over, rubrik, Optional.empty());
    int i = 0;
    while (i < insatser.size()) {
      int left = insatser.size() - i;
      int slides = (left + SPALTER - 1) / SPALTER;
      int fits = (left + slides - 1) / slides;
      while (fits > 0 && !fit(insatser.subList(i, i + fits), room)) {
        fits--;
      }
      if (fits == 0) {
        Views.Insats alone = insatser.get(i);
        Listor.slides(deck, "detaljer", Optional.empty(), over, rubrik, rubrik + " (forts.)", Optional.empty(), List.of(),
            List.of(new Listor.Avsnitt(Optional.of(alone.rubrik()), false,
                alone.punkter().stream().map(Poster::punkt).toList())));
        i++;
        continue;
      }
      List<Bildspel.Spalt> columns = insatser.subList(i, i + fits).stream().map(insats -> new Bildspel.Spalt(
          Optional.of(insats.rubrik()), List.<Del>of(Bildspel.Lista.of(Optional.empty(), false, 1,
              insats.punkter().stream().map(Poster::punkt).toList())))).toList();
      deck.add(new Bild("spalter", Optional.empty(), over, rubrik, Optional.empty(),
          List.of(new Bildspel.Spalter("spalter", columns))));
      i += fits;
    }
  }

  /** The insatser fit side by side: each column's heading and points within the slide's room. */
  private static boolean fit(List<Views.Insats> insatser, double room) {
    double width = Bildyta.spalt(insatser.size());
    return insatser.stream().allMatch(insats -> Bildyta.rubrik(insats.rubrik(), width)
        + Bildyta.poster(insats.punkter().stream().map(Poster::punkt).toList(), Bildyta.TAT, width)
        + Bildyta.lista(Optional.empty(), width) <= room);
  }

  /** Challenges with headings as a table of heading and text; without, as a list. */
  private static void utmaningar(BildspelViews deck, Views.Omrade o, List<Views.Utmaning> utmaningar) {
    if (utmaningar.isEmpty()) {
      return;
    }
    Optional<String> over = Optional.of(o.namn());
    if (utmaningar.stream().noneMatch(u -> u.rubrik().isPresent())) {
      list(deck, over, "Utmaningar", Optional.empty(), utmaningar.stream().flatMap(u -> u.punkter().stream()).toList());
      return;
    }
    List<Bildspel.Rad> rows = new ArrayList<>();
    utmaningar.forEach(u -> rows.add(new Bildspel.Rad(List.of(u.rubrik().stream().toList(),
        u.punkter().stream().map(Views.Punkt::text).toList()), false)));
    Tabeller.slides(deck, Optional.empty(), over, "Utmaningar", Optional.empty(),
        List.of(new Bildspel.Kolumn("Utmaning", 32, false), new Bildspel.Kolumn("Vad det innebär", 68, false)), rows,
        List.of());
  }
}
