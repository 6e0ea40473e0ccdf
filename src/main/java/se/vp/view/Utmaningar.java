package se.vp.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.vp.view.Bildspel.Bild;

/** The deck's first chapter: the plan's timetable and the challenges ahead. */
final class Utmaningar {

  private Utmaningar() {}

  static void add(BildspelViews deck, Views.Plan view) {
    boolean challenges = !view.omvarldsfaktorer().isEmpty() || !view.internaUtmaningar().isEmpty();
    if (view.tidplan().isEmpty() && !challenges) {
      return;
    }
    Optional<String> id = Optional.of(deck.kapitel("tidplan",
        view.tidplan().isEmpty() ? "Framtida utmaningar" : challenges ? "Tidplan och framtida utmaningar" : "Tidplan"));
    List<List<Views.Handelse>> timelines = timelines(view.tidplan());
    List<List<List<Views.Handelse>>> slides = timelines.isEmpty() ? List.of() : Pagination.split(timelines,
        Bildyta::tidslinje, Bildyta.rum(Optional.empty(), "Tidplan", Optional.empty()),
        Bildyta.rum(Optional.empty(), "Tidplan (forts.)", Optional.empty()));
    for (int s = 0; s < slides.size(); s++) {
      deck.add(new Bild("tidslinje", id, Optional.empty(), s == 0 ? "Tidplan" : "Tidplan (forts.)", Optional.empty(),
          slides.get(s).stream().map(t -> (Bildspel.Del) new Bildspel.Tidslinje("tidslinje", t)).toList()));
      id = Optional.empty();
    }
    id = cards(deck, id, "Omvärldsfaktorer", view.omvarldsfaktorer());
    cards(deck, id, "Interna utmaningar", view.internaUtmaningar());
  }

  /**
   * The tidplan as timelines of at most five dates, as even as they go, stacked on a slide while
   * they fit: a timeline of ten dates side by side broke "augusti" and "kommunfullmäktige" inside
   * the word.
   */
  static List<List<Views.Handelse>> timelines(List<Views.Handelse> tidplan) {
    if (tidplan.isEmpty()) {
      return List.of();
    }
    int perSlide = Bildyta.datumPerTidslinje(tidplan);
    int slides = (tidplan.size() + perSlide - 1) / perSlide;
    List<List<Views.Handelse>> timelines = new ArrayList<>();
    for (int s = 0; s < slides; s++) {
      timelines.add(tidplan.subList(tidplan.size() * s / slides, tidplan.size() * (s + 1) / slides));
    }
    return timelines;
  }

  /**
   * Challenges as cards in rows, all as tall as the tallest, on as many slides as the rows need; a
   * challenge too long for a card makes them a list.
   */
  private static Optional<String> cards(BildspelViews deck, Optional<String> id, String rubrik, List<String> cards) {
    if (cards.isEmpty()) {
      return id;
    }
    Optional<String> over = Optional.of("Framtida utmaningar");
    int perRad = Bildyta.rutorPerRad(cards);
    int lines = cards.stream().mapToInt(c -> Bildyta.rutrader(c, perRad)).max().orElseThrow();
    if (lines > Bildyta.RUTRADER) {
      Listor.slides(deck, "innehall", id, over, rubrik, rubrik + " (forts.)", Optional.empty(), List.of(),
          List.of(new Listor.Avsnitt(Optional.empty(), false, cards.stream().map(Poster::text).toList())));
      return Optional.empty();
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < cards.size(); i += perRad) {
      rows.add(cards.subList(i, Math.min(cards.size(), i + perRad)));
    }
    List<List<List<String>>> slides = Pagination.split(rows, r -> Bildyta.rutrad(lines),
        Bildyta.rum(over, rubrik, Optional.empty()), Bildyta.rum(over, rubrik + " (forts.)", Optional.empty()));
    for (int s = 0; s < slides.size(); s++) {
      deck.add(new Bild("rutor", s == 0 ? id : Optional.empty(), over, rubrik + (s == 0 ? "" : " (forts.)"),
          Optional.empty(), List.of(new Bildspel.Rutor("rutor", perRad, lines,
              slides.get(s).stream().flatMap(List::stream).toList()))));
    }
    return Optional.empty();
  }
}
