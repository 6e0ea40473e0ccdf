package se.vp.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.vp.model.ResolvedPlan;
import se.vp.view.Bildspel.Bild;
import se.vp.view.Bildspel.Kapitel;
import se.vp.view.Bildspel.Post;

/**
 * The deck in the order of the committee's own: the plan's timetable and challenges, the
 * målsättningar with their fokusområden, the shared målsättningar, the summary of uppdrag, the
 * economy and the områden's presentations. Each chapter that has content gets its slides, and a
 * list that does not fit one slide goes on, evenly, on the next.
 */
final class BildspelViews {

  private final ResolvedPlan resolved;
  private final Views.Plan view;
  private final List<Bild> bilder = new ArrayList<>();
  private final List<Kapitel> kapitel = new ArrayList<>();
  private final Map<String, List<Kapitel>> delkapitel = new LinkedHashMap<>();

  private BildspelViews(ResolvedPlan resolved, Views.Plan view) {
    this.resolved = resolved;
    this.view = view;
  }

  static Bildspel of(ResolvedPlan resolved, Views.Plan view) {
    return new BildspelViews(resolved, view).build();
  }

  private Bildspel build() {
    Views.Dokument d = view.dokument();
    add(new Bild("titel", Optional.empty(), Optional.of(d.organisation()), d.titel(),
        Optional.of(d.namnd() + d.beslutsdatum().map(b -> " · beslut " + b).orElse("")), List.of()));
    Utmaningar.add(this, view);
    Malsattningar.add(this, resolved, view);
    Gemensamma.add(this, resolved, view);
    sammanfattning();
    view.ekonomi().ifPresent(e -> Ekonomibilder.add(this, resolved, view, e));
    view.forutsattningar().ifPresent(f -> Forutsattningsbilder.add(this, view, f));
    add(new Bild("avslutning", Optional.empty(), Optional.empty(), "Frågor?", Optional.empty(), List.of()));
    List<Kapitel> chapters = kapitel.stream()
        .map(k -> new Kapitel(k.id(), k.rubrik(), delkapitel.getOrDefault(k.id(), List.of()))).toList();
    // A section's slide names every chapter, which are known only now.
    return new Bildspel(chapters, bilder.stream().map(b -> new Bild(b.typ(), b.id(), b.overrubrik(), b.rubrik(),
        b.underrubrik(), b.delar().stream().map(del -> del instanceof Bildspel.Agenda a
            ? new Bildspel.Agenda(a.typ(), chapters, a.aktuellt()) : del).toList())).toList());
  }

  void add(Bild bild) {
    bilder.add(bild);
  }

  /** A chapter begins: its bookmark points at the slide added next. */
  String kapitel(String id, String rubrik) {
    kapitel.add(new Kapitel(id, rubrik, List.of()));
    return id;
  }

  /** A chapter within the one begun last, such as a fokusområde within the målsättningar. */
  String delkapitel(String id, String rubrik) {
    delkapitel.computeIfAbsent(kapitel.get(kapitel.size() - 1).id(), k -> new ArrayList<>())
        .add(new Kapitel(id, rubrik, List.of()));
    return id;
  }

  /** A section's own slide, with the chapters of the deck and this one marked. */
  void avsnitt(String id, String rubrik, Optional<String> underrubrik) {
    add(new Bild("avsnitt", Optional.of(kapitel(id, rubrik)), Optional.empty(), rubrik, underrubrik,
        List.of(new Bildspel.Agenda("agenda", List.of(), id))));
  }

  private void sammanfattning() {
    Views.Sammanfattning s = view.sammanfattning();
    if (s.uppdrag().isEmpty()) {
      return;
    }
    List<Post> posts = s.uppdrag().stream()
        .map(u -> Poster.of(u.nr().map(nr -> "Nr " + nr + "."), u.text(), Optional.empty(), List.of())).toList();
    Optional<String> id = Optional.of(kapitel("sammanfattning", "Sammanfattning av uppdrag"));
    String rubrik = s.rubrik() + " (" + s.antal() + " st)";
    Listor.slides(this, "innehall", id, Optional.empty(), rubrik, s.rubrik() + " (forts.)", Optional.empty(),
        List.of(), List.of(new Listor.Avsnitt(Optional.empty(), false, posts)));
  }
}
