package se.vp.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** Spreads the plan's view over the deck's slides. */
final class BildspelViews {

  /** What a slide of styrtal or uppdrag holds after the first, in characters. */
  private static final int SLIDE = 1300;

  /** What the first slide of a fokusområde holds beside its mål. */
  private static final int SLIDE_WITH_MAL = 1100;

  private BildspelViews() {}

  static Bildspel of(Views.Dokument dokument, List<Views.Malsattning> malsattningar,
      List<Views.Fokusomrade> fokusomraden, List<Views.Gemensam> gemensamma, Views.Sammanfattning sammanfattning,
      Optional<Views.Forutsattningar> forutsattningar) {
    return new Bildspel(
        malsattningar.stream().filter(m -> !m.styrtal().isEmpty() && !m.fokusomraden().isEmpty())
            .map(m -> new Bildspel.Malsattningsbilder(m, styrtal(m.styrtal(), List.of(), SLIDE))).toList(),
        fokusomraden.stream().map(f -> fokusomrade(f, dokument)).toList(),
        gemensamma.stream().map(m -> new Bildspel.Gemensambild(m, Pagination.storlek(texts(Stream.of(
            m.styrtal().stream().map(Views.Styrtal::text), m.uppdragTillNamnden().stream().map(Views.Uppdrag::text),
            m.uppdragTillAlla().stream().map(Views.Uppdrag::text)).flatMap(s -> s).toList(), t -> t)))).toList(),
        bilder(Pagination.jamnt(sammanfattning.uppdrag()), Views.Listat::text),
        forutsattningar.map(f -> f.omraden().stream().map(BildspelViews::omrade).toList()).orElse(List.of()));
  }

  /** A list of styrtal over slides, the first with room for texts already on it (a mål). */
  private static List<Bildspel.Bild<Views.Styrtal>> styrtal(List<Views.Styrtal> styrtal, List<String> onFirst, int first) {
    List<Bildspel.Bild<Views.Styrtal>> slides = new ArrayList<>();
    int start = 1;
    for (List<Views.Styrtal> part : Pagination.delar(styrtal, Pagination::omfang, first, SLIDE)) {
      List<String> texts = new ArrayList<>(texts(part, Views.Styrtal::text));
      if (slides.isEmpty()) {
        texts.addAll(onFirst);
      }
      slides.add(new Bildspel.Bild<>(part, Pagination.storlek(texts), start));
      start += part.size();
    }
    return slides;
  }

  private static Bildspel.Fokusbilder fokusomrade(Views.Fokusomrade f, Views.Dokument dokument) {
    String mal = f.mal().map(Views.Text::text).orElse("");
    return new Bildspel.Fokusbilder(f, styrtal(f.styrtal(), List.of(mal), SLIDE_WITH_MAL - mal.length()),
        uppdrag(List.of(
            new Bildspel.Uppdragsgrupp(dokument.namndBestamdForm() + " får i uppdrag", f.uppdragTillNamnden()),
            new Bildspel.Uppdragsgrupp("Förvaltningen får i uppdrag", f.uppdragTillForvaltningen()))));
  }

  /**
   * The uppdrag of a fokusområde on one slide when they fit; otherwise each group on slides of its
   * own, continued under the same heading.
   */
  private static List<Bildspel.Uppdragsbild> uppdrag(List<Bildspel.Uppdragsgrupp> groups) {
    List<Bildspel.Uppdragsgrupp> given = groups.stream().filter(g -> !g.uppdrag().isEmpty()).toList();
    List<Views.Uppdrag> all = given.stream().flatMap(g -> g.uppdrag().stream()).toList();
    if (Pagination.summa(all, Pagination::omfang) <= SLIDE) {
      return all.isEmpty() ? List.of()
          : List.of(new Bildspel.Uppdragsbild(given, Pagination.storlek(texts(all, Views.Uppdrag::text))));
    }
    List<Bildspel.Uppdragsbild> slides = new ArrayList<>();
    for (Bildspel.Uppdragsgrupp group : given) {
      List<List<Views.Uppdrag>> parts = Pagination.delar(group.uppdrag(), Pagination::omfang, SLIDE, SLIDE);
      for (int i = 0; i < parts.size(); i++) {
        String rubrik = group.rubrik() + (i == 0 ? "" : " (forts.)");
        slides.add(new Bildspel.Uppdragsbild(List.of(new Bildspel.Uppdragsgrupp(rubrik, parts.get(i))),
            Pagination.storlek(texts(parts.get(i), Views.Uppdrag::text))));
      }
    }
    return slides;
  }

  private static <T> List<Bildspel.Bild<T>> bilder(List<List<T>> parts, Function<T, String> text) {
    List<Bildspel.Bild<T>> slides = new ArrayList<>();
    int start = 1;
    for (List<T> part : parts) {
      slides.add(new Bildspel.Bild<>(part, Pagination.storlek(texts(part, text)), start));
      start += part.size();
    }
    return slides;
  }

  private static Bildspel.Omradesbilder omrade(Views.Omrade o) {
    return new Bildspel.Omradesbilder(o, o.presentationer().stream().map(p -> {
      boolean withHeadings = p.utmaningar().stream().anyMatch(u -> u.rubrik().isPresent());
      List<String> challenges = p.utmaningar().stream().map(u -> (withHeadings ? u.rubrik().orElse("") : "")
          + String.join(" ", texts(u.punkter(), Views.Punkt::text))).toList();
      return new Bildspel.Presentationsbilder(
          p.insatser().stream().map(i -> new Bildspel.Insatsbild(i, Pagination.storlek(texts(i.punkter(),
              Views.Punkt::text)))).toList(),
          p.utmaningar(),
          p.utmaningar().isEmpty() ? Optional.empty() : Optional.of(Pagination.storlek(challenges)),
          withHeadings);
    }).toList());
  }

  private static <T> List<String> texts(List<T> items, Function<T, String> text) {
    return items.stream().map(text).toList();
  }
}
