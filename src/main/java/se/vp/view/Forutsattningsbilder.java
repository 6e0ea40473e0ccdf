package se.vp.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
   * The insatser side by side, up to three to a slide and spread evenly, when each fits its column;
   * else one under the other, each under its heading, on as few slides as hold them.
   */
  private static void insatser(BildspelViews deck, Views.Omrade o, List<Views.Insats> insatser) {
    if (insatser.isEmpty()) {
      return;
    }
    Optional<String> over = Optional.of(o.namn());
    String rubrik = "Insatser för fokusområdena";
    List<Listor.Avsnitt> lists = insatser.stream().map(insats -> new Listor.Avsnitt(Optional.of(insats.rubrik()), false,
        insats.punkter().stream().map(Poster::punkt).toList())).toList();
    int slides = (lists.size() + SPALTER - 1) / SPALTER;
    List<List<Listor.Avsnitt>> chunks = new ArrayList<>();
    for (int s = 0, start = 0; s < slides; s++) {
      int end = start + (lists.size() - start + (slides - s) - 1) / (slides - s);
      chunks.add(lists.subList(start, end));
      start = end;
    }
    String forts = rubrik + " (forts.)";
    if (chunks.stream().allMatch(chunk -> Listor.fitSideBySide(over, forts, chunk, "spalter"))) {
      for (int s = 0; s < chunks.size(); s++) {
        Listor.sideBySide(deck, "spalter", over, s == 0 ? rubrik : forts, chunks.get(s));
      }
    } else {
      Listor.slides(deck, "detaljer", Optional.empty(), over, rubrik, forts, Optional.empty(), List.of(), lists);
    }
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
