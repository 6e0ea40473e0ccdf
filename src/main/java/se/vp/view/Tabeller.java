package se.vp.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.vp.view.Bildspel.Bild;
import se.vp.view.Bildspel.Del;

/** A table set on slides: its rows spread evenly over as few slides as hold them, its head on each. */
final class Tabeller {

  private Tabeller() {}

  /**
   * Adds the table's slides; {@code efter} are parts that close the table on its last slide, such
   * as a note.
   */
  static void slides(BildspelViews deck, Optional<String> id, Optional<String> overrubrik, String rubrik,
      Optional<String> underrubrik, List<Bildspel.Kolumn> kolumner, List<Bildspel.Rad> rader, List<Del> efter) {
    List<Double> andelar = kolumner.stream().map(k -> k.bredd() / 100.0).toList();
    double head = Bildyta.rad(kolumner.stream().map(k -> List.of(k.rubrik())).toList(), andelar, Bildyta.TAT);
    double after = efter.stream().mapToDouble(d -> d instanceof Bildspel.Stycke s
        ? Bildyta.poster(List.of(Poster.text(s.text())), Bildyta.TAT, Bildyta.BREDD) : 0).sum();
    List<List<Bildspel.Rad>> slides = Pagination.split(rader, r -> Bildyta.rad(r.celler(), andelar, Bildyta.TAT),
        Bildyta.rum(overrubrik, rubrik, underrubrik) - head - after,
        Bildyta.rum(overrubrik, rubrik + " (forts.)", underrubrik) - head - after);
    for (int s = 0; s < slides.size(); s++) {
      List<Del> parts = new ArrayList<>();
      if (!slides.get(s).isEmpty()) {
        parts.add(new Bildspel.Tabell("tabell", Optional.empty(), kolumner, slides.get(s)));
      }
      if (s == slides.size() - 1) {
        parts.addAll(efter);
      }
      deck.add(new Bild("tabell", s == 0 ? id : Optional.empty(), overrubrik, s == 0 ? rubrik : rubrik + " (forts.)",
          underrubrik, parts));
    }
  }
}
