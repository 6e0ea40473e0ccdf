package se.vp.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.vp.model.Fokusomrade;
import se.vp.model.Malsattning;
import se.vp.model.ResolvedPlan;
import se.vp.model.Styrtal;
import se.vp.model.Uppdrag;
import se.vp.view.Bildspel.Bild;
import se.vp.view.Bildspel.Del;
import se.vp.view.Bildspel.Post;

/**
 * The målsättningar and, for each that carries the nämnd's work, its styrtal, its fokusområden at a
 * glance, and each fokusområde's mål, styrtal and uppdrag; a proposal to merge fokusområden comes
 * just before the area it makes.
 */
final class Malsattningar {

  private Malsattningar() {}

  static void add(BildspelViews deck, ResolvedPlan resolved, Views.Plan view) {
    if (view.malsattningar().isEmpty()) {
      return;
    }
    Optional<String> id = Optional.of(deck.kapitel("malsattningar", "Målsättningar och fokusområden"));
    deck.kallor(resolved.plan().malsattningar().stream().map(Malsattning::at));
    List<Post> all = view.malsattningar().stream()
        .map(m -> Poster.of(Optional.of("Nr " + m.nr() + ":"), m.titel(), Optional.empty(), List.of())).toList();
    Listor.slides(deck, "innehall", id, Optional.empty(), "Målsättningar", "Målsättningar (forts.)", Optional.empty(),
        List.of(), List.of(new Listor.Avsnitt(Optional.empty(), false, all)));
    for (Views.Malsattning m : view.malsattningar()) {
      if (m.fokusomraden().isEmpty()) {
        continue;
      }
      String rubrik = "Nr " + m.nr() + ": " + m.titel();
      deck.kallor(Stream.concat(resolved.malsattning(Integer.parseInt(m.nr())).map(Malsattning::at).stream(),
          m.styrtal().stream().flatMap(s -> resolved.styrtal(s.id()).stream()).map(Styrtal::at)));
      if (!m.styrtal().isEmpty()) {
        List<Post> styrtal = m.styrtal().stream().map(s -> Poster.styrtal(s, true)).toList();
        Listor.slides(deck, "innehall", Optional.empty(), Optional.of("Målsättningar med styrtal"), rubrik,
            rubrik + " (forts.)", Optional.of(m.styrtal().size() + " styrtal"), List.of(),
            List.of(new Listor.Avsnitt(Optional.empty(), true, styrtal)));
        Styrtalsbilder.add(deck, resolved, view.dokument(), Optional.of("Målsättningar med styrtal"), rubrik,
            m.styrtal());
      }
      uppdrag(deck, resolved, view.dokument(), m, rubrik);
      deck.kallor(Stream.concat(resolved.malsattning(Integer.parseInt(m.nr())).map(Malsattning::at).stream(),
          m.fokusomraden().stream().flatMap(f -> resolved.fokusomrade(f.nummer()).stream())
              .map(Fokusomrade::at)));
      overview(deck, m);
      for (Views.Fokusomrade f : m.fokusomradenMedMal()) {
        f.sammanslagning().ifPresent(s -> merge(deck, s));
        fokusomrade(deck, resolved, view.dokument(), f);
      }
    }
  }

  /**
   * The uppdrag the council gives the nämnd directly under the målsättning, not under one of its
   * fokusområden: without this slide the deck would show them only in the summary, in the council's
   * wording.
   */
  private static void uppdrag(BildspelViews deck, ResolvedPlan resolved, Views.Dokument d, Views.Malsattning m,
      String rubrik) {
    if (m.uppdragTillNamnden().isEmpty()) {
      return;
    }
    deck.kallor(Stream.concat(resolved.malsattning(Integer.parseInt(m.nr())).map(Malsattning::at).stream(),
        m.uppdragTillNamnden().stream()
            .flatMap(u -> resolved.plan().uppdrag().stream().filter(x -> x.id().equals(u.id()))).map(Uppdrag::at)));
    Listor.slides(deck, "detaljer", Optional.empty(), Optional.of("Målsättningar med uppdrag"), rubrik,
        rubrik + " (forts.)", Optional.empty(), List.of(), List.of(new Listor.Avsnitt(
            Optional.of(d.namndBestamdForm() + " får i uppdrag"), false,
            m.uppdragTillNamnden().stream().map(u -> Poster.uppdrag(u, true)).toList())));
  }

  /**
   * The målsättning's fokusområden side by side, three to a slide, each with the areas under it;
   * one list of them all when a column would not hold its areas.
   */
  private static void overview(BildspelViews deck, Views.Malsattning m) {
    List<Views.Fokusomrade> areas = m.fokusomraden();
    Optional<String> over = Optional.of("Målsättning " + m.nr());
    List<List<Listor.Avsnitt>> slides = new ArrayList<>();
    for (int i = 0; i < areas.size(); i += 3) {
      slides.add(areas.subList(i, Math.min(areas.size(), i + 3)).stream()
          .map(f -> new Listor.Avsnitt(Optional.of(f.nummer() + " " + f.namn()), false, f.underomraden().stream()
              .map(u -> Poster.of(Optional.of(u.nummer()), u.namn(), Optional.empty(),
                  u.foreslasTasBort() ? u.taggar() : List.of())).toList())).toList());
    }
    String forts = m.titel() + " (forts.)";
    if (slides.stream().allMatch(columns -> Listor.fitSideBySide(over, forts, columns, "spalter"))) {
      for (int s = 0; s < slides.size(); s++) {
        Listor.sideBySide(deck, "spalter", over, s == 0 ? m.titel() : forts, slides.get(s));
      }
    } else {
      List<Post> all = areas.stream().map(f -> Poster.of(Optional.of(f.nummer()), f.namn(), Optional.empty(), List.of(),
          f.underomraden().stream().map(u -> u.nummer() + " " + u.namn()).toList())).toList();
      Listor.slides(deck, "detaljer", Optional.empty(), over, m.titel(), m.titel() + " (forts.)", Optional.empty(),
          List.of(), List.of(new Listor.Avsnitt(Optional.empty(), false, all)));
    }
  }

  /**
   * The areas to be merged, their mål beside the proposed one, in the smaller text of a comparison;
   * one after the other when they do not fit side by side.
   */
  private static void merge(BildspelViews deck, Views.Sammanslagning s) {
    List<Post> before = s.tidigare().stream().map(t -> Poster.of(Optional.of(t.nummer() + " " + t.namn() + "."),
        t.mal().map(Views.Text::text).orElse(""), Optional.empty(), t.taggar())).toList();
    Post proposed = Poster.of(Optional.of(s.nummer() + " " + s.namn() + "."), s.foreslagenText(), Optional.empty(),
        s.foreslagetTaggar());
    Optional<String> over = Optional.of("Fokusområde " + s.nummer() + " – " + s.namn());
    String rubrik = "Förslag: slå ihop " + s.tidigare().size() + " mål till ett mål";
    List<Listor.Avsnitt> sides = List.of(new Listor.Avsnitt(Optional.of(s.tidigareRubrik()), false, before),
        new Listor.Avsnitt(Optional.of(s.foreslagenRubrik()), false, List.of(proposed)));
    if (Listor.fitSideBySide(over, rubrik, sides, "jamforelse")) {
      Listor.sideBySide(deck, "jamforelse", over, rubrik, sides);
    } else {
      Listor.slides(deck, "detaljer", Optional.empty(), over, rubrik, rubrik + " (forts.)", Optional.empty(), List.of(),
          sides);
    }
  }

  /** The area's mål with its styrtal, then its uppdrag; the mål goes with the uppdrag when there are no styrtal. */
  private static void fokusomrade(BildspelViews deck, ResolvedPlan resolved, Views.Dokument d, Views.Fokusomrade f) {
    Optional<String> id = Optional.of(deck.delkapitel("fokus-" + f.id(), "Fokusområde " + f.nummer()));
    deck.kallor(Stream.of(resolved.fokusomrade(f.nummer()).map(Fokusomrade::at).stream(),
        f.styrtal().stream().flatMap(s -> resolved.styrtal(s.id()).stream()).map(Styrtal::at),
        Stream.concat(f.uppdragTillNamnden().stream(), f.uppdragTillForvaltningen().stream())
            .flatMap(u -> resolved.plan().uppdrag().stream().filter(x -> x.id().equals(u.id()))).map(Uppdrag::at))
        .flatMap(s -> s));
    Optional<String> over = Optional.of("Fokusområde " + f.nummer());
    List<Del> mal = f.mal().map(m -> {
      Post p = Poster.of(Optional.empty(), m.text(), Optional.empty(), m.taggar());
      return List.<Del>of(new Bildspel.Mal("mal", p.text(), p.sista(), p.taggar()));
    }).orElse(List.of());
    if (!f.styrtal().isEmpty()) {
      Listor.slides(deck, "detaljer", id, over, f.rubrik(), f.rubrik() + " (forts.)", Optional.empty(), mal,
          List.of(new Listor.Avsnitt(Optional.of("Styrtal"), false,
              f.styrtal().stream().map(s -> Poster.styrtal(s, true)).toList())));
      Styrtalsbilder.add(deck, resolved, d, over, f.rubrik(), f.styrtal());
      id = Optional.empty();
      mal = List.of();
    }
    List<Listor.Avsnitt> uppdrag = new ArrayList<>();
    uppdrag.add(new Listor.Avsnitt(Optional.of(d.namndBestamdForm() + " får i uppdrag"), false,
        f.uppdragTillNamnden().stream().map(u -> Poster.uppdrag(u, true)).toList()));
    uppdrag.add(new Listor.Avsnitt(Optional.of("Förvaltningen får i uppdrag"), false,
        f.uppdragTillForvaltningen().stream().map(u -> Poster.uppdrag(u, true)).toList()));
    Listor.slides(deck, "detaljer", id, over, f.rubrik(), f.rubrik() + " (forts.)", Optional.empty(), mal, uppdrag);
  }
}
