package se.vp.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * How much a slide holds, measured in characters: a text's length and a line's worth (45) more
 * per item, figures and tags as characters too. The measure chooses a slide's text size and
 * where a list that does not fit one slide is split.
 */
final class Pagination {

  /** What every item costs beyond its text: the line it starts. */
  private static final int PER_ITEM = 45;

  private Pagination() {}

  /** The text size class of a slide with these texts: stor, mellan, liten or minst. */
  static String storlek(List<String> texter) {
    int tecken = texter.stream().mapToInt(t -> t.length() + PER_ITEM).sum();
    if (tecken < 500) {
      return "stor";
    }
    if (tecken < 900) {
      return "mellan";
    }
    return tecken < 1400 ? "liten" : "minst";
  }

  static int omfang(Views.Styrtal s) {
    return s.text().length() + s.jamforelse().map(String::length).orElse(0)
        + (s.utfall().isPresent() || s.mal().isPresent() ? 30 : 0) + s.taggar().size() * 20 + PER_ITEM;
  }

  static int omfang(Views.Uppdrag u) {
    return u.text().length() + u.taggar().size() * 20 + PER_ITEM;
  }

  static <T> int summa(List<T> items, ToIntFunction<T> omfang) {
    return items.stream().mapToInt(omfang).sum();
  }

  /**
   * Splits a list over as few slides as hold it, the first up to {@code forsta}, the rest up to
   * {@code sedan}, evenly, so that no slide carries a last item alone. An empty list gives one
   * empty slide.
   */
  static <T> List<List<T>> delar(List<T> items, ToIntFunction<T> omfang, int forsta, int sedan) {
    int total = summa(items, omfang);
    if (total <= forsta) {
      return List.of(items);
    }
    // The even share is total / slides; compared as tecken * slides >= total, in whole numbers.
    int slides = 1 + (total - forsta + sedan - 1) / sedan;
    List<List<T>> parts = new ArrayList<>();
    List<T> part = new ArrayList<>();
    int tecken = 0;
    int budget = forsta;
    for (T item : items) {
      int size = omfang.applyAsInt(item);
      if (!part.isEmpty() && (tecken + size > budget || (long) tecken * slides >= total)) {
        parts.add(List.copyOf(part));
        part = new ArrayList<>();
        tecken = 0;
        budget = sedan;
      }
      part.add(item);
      tecken += size;
    }
    parts.add(List.copyOf(part));
    return parts;
  }

  /** Splits a list evenly over as few slides as hold at most nine items each. */
  static <T> List<List<T>> jamnt(List<T> items) {
    if (items.isEmpty()) {
      return List.of();
    }
    int slides = (items.size() + 8) / 9;
    int perSlide = (items.size() + slides - 1) / slides;
    List<List<T>> parts = new ArrayList<>();
    for (int i = 0; i < items.size(); i += perSlide) {
      parts.add(List.copyOf(items.subList(i, Math.min(items.size(), i + perSlide))));
    }
    return parts;
  }
}
