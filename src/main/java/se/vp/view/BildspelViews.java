package se.vp.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import se.vp.diagnostic.Location;
import se.vp.model.Avsnitt;
import se.vp.model.FullmaktigesLista;
import se.vp.model.Gemensamt;
import se.vp.model.Handelse;
import se.vp.model.Mottagare;
import se.vp.model.Omrade;
import se.vp.model.Plan;
import se.vp.model.Punkt;
import se.vp.model.ResolvedPlan;
import se.vp.model.Uppdrag;
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
  /** The most files a slide names as its sources. */
  static final int KALLOR = 12;

  private List<String> kallor = List.of();

  private BildspelViews(ResolvedPlan resolved, Views.Plan view) {
    this.resolved = resolved;
    this.view = view;
  }

  static Bildspel of(ResolvedPlan resolved, Views.Plan view) {
    return new BildspelViews(resolved, view).build();
  }

  private Bildspel build() {
    Views.Dokument d = view.dokument();
    Plan plan = resolved.plan();
    kallor(Stream.concat(Stream.of(plan.fakta().at()), plan.tidplan().stream().map(Handelse::at)));
    add(new Bild("titel", Optional.empty(), Optional.of(d.organisation()).filter(o -> !o.isEmpty()), d.titel(),
        Optional.of(d.namnd() + d.beslutsdatum().map(b -> " · beslut " + b).orElse("")), List.of()));
    kallor(Stream.concat(plan.tidplan().stream().map(Handelse::at), Stream.of(plan.omvarld().at())));
    Utmaningar.add(this, view);
    Malsattningar.add(this, resolved, view);
    kallor(Stream.of(plan.gemensamt().malsattningar().stream().map(Gemensamt.Malsattningsbild::at),
        plan.gemensamt().teman().stream().map(Gemensamt.Tema::at),
        plan.uppdrag().stream().filter(u -> u.mottagare() == Mottagare.REGIONSTYRELSEN_OCH_NAMNDERNA)
            .map(Uppdrag::at)).flatMap(s -> s));
    Gemensamma.add(this, resolved, view);
    kallor(Stream.concat(plan.fullmaktigesUppdrag().stream().flatMap(l -> l.uppdrag().stream())
        .map(FullmaktigesLista.Listat::at), plan.uppdrag().stream().filter(u -> u.nr().isPresent()).map(Uppdrag::at)));
    sammanfattning();
    kallor(plan.ekonomi().stream().flatMap(e -> Stream.of(e.ramanslag().mnkr().at())));
    view.ekonomi().ifPresent(e -> Ekonomibilder.add(this, resolved, view, e));
    kallor(plan.forutsattningar().stream().flatMap(f -> Stream.of(f.presentation().map(Avsnitt::datumAt).stream(),
        f.overgripande().stream().map(Punkt::at), f.storregionalt().stream().map(Punkt::at),
        f.omraden().stream().flatMap(r -> resolved.omrade(r).stream()).map(Omrade::at)).flatMap(s -> s)));
    view.forutsattningar().ifPresent(f -> Forutsattningsbilder.add(this, view, f));
    kallor(Stream.empty());
    add(new Bild("avslutning", Optional.empty(), Optional.empty(), "Frågor?", Optional.empty(), List.of()));
    List<Kapitel> chapters = kapitel.stream()
        .map(k -> new Kapitel(k.id(), k.rubrik(), delkapitel.getOrDefault(k.id(), List.of()))).toList();
    // A section's slide names every chapter, which are known only now.
    return new Bildspel(chapters, bilder.stream().map(b -> new Bild(b.typ(), b.id(), b.overrubrik(), b.rubrik(),
        b.underrubrik(), b.delar().stream().map(del -> del instanceof Bildspel.Agenda a
            ? new Bildspel.Agenda(a.typ(), chapters, a.aktuellt()) : del).toList(), b.kallor())).toList());
  }

  void add(Bild bild) {
    bilder.add(new Bild(bild.typ(), bild.id(), bild.overrubrik(), bild.rubrik(), bild.underrubrik(), bild.delar(),
        kallor));
  }

  /**
   * The files the slides added next come from, each once, in order; beyond {@link #KALLOR} the
   * rest are counted, so that a chapter of many files does not repeat them all on each of its slides.
   */
  void kallor(Stream<Location> at) {
    List<String> files = at.map(Location::file).filter(f -> !f.isEmpty()).distinct().sorted().toList();
    if (files.size() <= KALLOR) {
      kallor = files;
    } else {
      List<String> named = new ArrayList<>(files.subList(0, KALLOR));
      named.add("och " + (files.size() - KALLOR) + " filer till");
      kallor = List.copyOf(named);
    }
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
