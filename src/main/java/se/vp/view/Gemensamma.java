package se.vp.view;

import java.util.List;
import java.util.Optional;
import se.vp.model.ResolvedPlan;

/** What the council directs to every nämnd: its målsättningar with styrtal and uppdrag, and its themes. */
final class Gemensamma {

  private static final String ALLA = "Regionstyrelsen och nämnderna får i uppdrag";

  private Gemensamma() {}

  static void add(BildspelViews deck, ResolvedPlan resolved, Views.Plan view) {
    if (view.gemensamma().isEmpty() && view.teman().isEmpty()) {
      return;
    }
    deck.avsnitt("gemensamma", "Gemensamma målsättningar och uppdrag",
        Optional.of("Målsättningar med uppdrag från fullmäktige som riktas till samtliga nämnder"));
    for (Views.Gemensam m : view.gemensamma()) {
      String rubrik = "Målsättning nr " + m.nr() + ": " + m.rubrik();
      Listor.slides(deck, "detaljer", Optional.empty(), Optional.of("Gemensamma målsättningar med uppdrag"), rubrik,
          rubrik + " (forts.)", Optional.empty(), List.of(), List.of(
              new Listor.Avsnitt(Optional.of("Styrtal"), false, m.styrtal().stream().map(s -> Poster.styrtal(s, false)).toList()),
              new Listor.Avsnitt(Optional.of(view.dokument().namndBestamdForm() + " får i uppdrag"), false,
                  m.uppdragTillNamnden().stream().map(u -> Poster.uppdrag(u, false)).toList()),
              new Listor.Avsnitt(Optional.of(ALLA), false,
                  m.uppdragTillAlla().stream().map(u -> Poster.uppdrag(u, false)).toList())));
      Styrtalsbilder.add(deck, resolved, view.dokument(), Optional.of("Gemensamma målsättningar med uppdrag"), rubrik,
          m.styrtal());
    }
    if (!view.teman().isEmpty()) {
      Listor.slides(deck, "detaljer", Optional.empty(), Optional.of("Gemensamma uppdrag"), ALLA, ALLA + " (forts.)",
          Optional.empty(), List.of(), view.teman().stream().map(t -> new Listor.Avsnitt(Optional.of(t.rubrik()), false,
              t.uppdrag().stream().map(u -> Poster.uppdrag(u, false)).toList())).toList());
    }
  }
}
