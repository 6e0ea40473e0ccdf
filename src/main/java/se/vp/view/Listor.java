package se.vp.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.vp.view.Bildspel.Bild;
import se.vp.view.Bildspel.Del;
import se.vp.view.Bildspel.Lista;
import se.vp.view.Bildspel.Post;

/**
 * Lists set on slides: one or more lists, each under its heading, on as few slides as hold them
 * and spread evenly. A list continued on the next slide keeps its heading, marked "(forts.)", and
 * its numbering.
 */
final class Listor {

  /** A list under its heading. */
  record Avsnitt(Optional<String> rubrik, boolean numrerad, List<Post> poster) {}

  /** An item on its way to a slide: its list, its place in it, and the room it takes there. */
  private record Plats(int lista, int index, double hojd) {}

  private Listor() {}

  /**
   * Adds the slides: the first with its id and the parts that go before the lists; the others
   * under {@code fortsRubrik}. Nothing is added when there is neither a list nor a part.
   */
  static void slides(BildspelViews deck, String typ, Optional<String> id, Optional<String> overrubrik, String rubrik,
      String fortsRubrik, Optional<String> underrubrik, List<Del> forst, List<Avsnitt> listor) {
    double size = Bildyta.storlek(typ);
    List<Avsnitt> given = listor.stream().filter(l -> !l.poster().isEmpty()).toList();
    if (given.isEmpty() && forst.isEmpty()) {
      return;
    }
    double width = Bildyta.BREDD;
    List<Plats> places = new ArrayList<>();
    for (int l = 0; l < given.size(); l++) {
      Avsnitt list = given.get(l);
      for (int i = 0; i < list.poster().size(); i++) {
        double hojd = Bildyta.post(list.poster().get(i), size, width);
        if (i == 0) {
          hojd += Bildyta.lista(list.rubrik(), width);
        }
        places.add(new Plats(l, i, hojd));
      }
    }
    double firstRoom = Bildyta.rum(overrubrik, rubrik, underrubrik) - forst.stream().mapToDouble(Listor::hojd).sum();
    // A list that goes on at the top of a slide has its heading again there.
    double room = Bildyta.rum(overrubrik, fortsRubrik, underrubrik) - given.stream()
        .mapToDouble(l -> l.rubrik().map(r -> Bildyta.rubrik(r + " (forts.)", width)).orElse(0.0)).max().orElse(0);
    List<List<Plats>> slides = Pagination.split(places, Plats::hojd, firstRoom, room);
    for (int s = 0; s < slides.size(); s++) {
      List<Del> parts = new ArrayList<>(s == 0 ? forst : List.of());
      parts.addAll(lists(given, slides.get(s)));
      deck.add(new Bild(typ, s == 0 ? id : Optional.empty(), overrubrik, s == 0 ? rubrik : fortsRubrik, underrubrik,
          parts));
    }
  }

  /** Whether lists side by side, each under its heading, each fit their column of a slide. */
  static boolean fitSideBySide(Optional<String> overrubrik, String rubrik, List<Avsnitt> spalter, String typ) {
    double size = Bildyta.storlek(typ);
    double width = Bildyta.spalt(spalter.size());
    double room = Bildyta.rum(overrubrik, rubrik, Optional.empty());
    return spalter.stream()
        .allMatch(s -> Bildyta.lista(s.rubrik(), width) + Bildyta.poster(s.poster(), size, width) <= room);
  }

  /** Adds a slide of lists side by side, each under its heading. */
  static void sideBySide(BildspelViews deck, String typ, Optional<String> overrubrik, String rubrik,
      List<Avsnitt> spalter) {
    deck.add(new Bild(typ, Optional.empty(), overrubrik, rubrik, Optional.empty(), List.of(new Bildspel.Spalter("spalter",
        spalter.stream().map(s -> new Bildspel.Spalt(s.rubrik(), s.poster().isEmpty() ? List.<Del>of()
            : List.<Del>of(Lista.of(Optional.empty(), s.numrerad(), 1, s.poster())))).toList()))));
  }

  /** The slide's share of the lists, each under its heading, "(forts.)" where it goes on. */
  private static List<Del> lists(List<Avsnitt> given, List<Plats> places) {
    List<Del> lists = new ArrayList<>();
    int i = 0;
    while (i < places.size()) {
      int list = places.get(i).lista();
      int start = places.get(i).index();
      List<Post> posts = new ArrayList<>();
      while (i < places.size() && places.get(i).lista() == list) {
        posts.add(given.get(list).poster().get(places.get(i).index()));
        i++;
      }
      Avsnitt avsnitt = given.get(list);
      lists.add(Lista.of(avsnitt.rubrik().map(r -> start == 0 ? r : r + " (forts.)"), avsnitt.numrerad(), start + 1,
          posts));
    }
    return lists;
  }

  /** The room a part other than a list takes above the lists. */
  private static double hojd(Del del) {
    return del instanceof Bildspel.Mal mal ? Bildyta.mal(mal) : 0;
  }
}
