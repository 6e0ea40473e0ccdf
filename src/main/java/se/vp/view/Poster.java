package se.vp.view;

import java.util.List;
import java.util.Optional;
import se.vp.view.Bildspel.Post;

/** Items of the deck's lists, their last word kept with what follows it. */
final class Poster {

  private Poster() {}

  static Post of(Optional<String> nr, String text, Optional<String> varden, List<Views.Tagg> taggar) {
    return of(nr, text, varden, taggar, List.of());
  }

  static Post of(Optional<String> nr, String text, Optional<String> varden, List<Views.Tagg> taggar,
      List<String> underpunkter) {
    String whole = text.strip();
    int last = whole.lastIndexOf(' ');
    return new Post(nr, last < 0 ? "" : whole.substring(0, last), whole.substring(last + 1), varden, taggar, underpunkter);
  }

  /**
   * A styrtal with its latest outcome and its target: "(Utfall 2024: 6,5 %, Mål 6,3–6,1 %)". The
   * deck's line has room for one year; the chart after the list shows every year.
   */
  static Post styrtal(Views.Styrtal s, boolean taggar) {
    Optional<String> senaste = s.utfall().isEmpty() ? Optional.empty()
        : Optional.of(s.utfall().get(s.utfall().size() - 1)).map(u -> "Utfall " + u.ar() + ": " + u.varde());
    Optional<String> varden = senaste.isPresent() || s.mal().isPresent()
        ? Optional.of("(" + String.join(", ", senaste.stream().toList())
            + (senaste.isPresent() && s.mal().isPresent() ? ", " : "") + s.mal().map(m -> "Mål " + m).orElse("") + ")")
        : Optional.empty();
    String text = s.text() + s.jamforelse().map(j -> " " + j).orElse("");
    return of(Optional.empty(), text, varden, taggar ? s.taggar() : List.of());
  }

  static Post uppdrag(Views.Uppdrag u, boolean taggar) {
    return of(u.nr().map(nr -> "Nr " + nr + "."), u.text(), Optional.empty(), taggar ? u.taggar() : List.of());
  }

  static Post punkt(Views.Punkt p) {
    return of(Optional.empty(), p.text(), Optional.empty(), List.of(), p.underpunkter());
  }

  static Post text(String text) {
    return of(Optional.empty(), text, Optional.empty(), List.of());
  }
}
