package se.vp.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Spreads a list over as few slides as hold it, and then as evenly as it can: no slide with a
 * single item unless the list must have one, no slide with less than half of the one before it,
 * the fullest slide as little full as possible, and the
 * slides as alike as can be. A slide is full at its room; the first slide may have less room than
 * the others, for what stands above the list on it. An item taller than a slide stands alone.
 */
final class Pagination {

  private Pagination() {}

  /** The list split over slides; an empty list gives one empty slide. */
  static <T> List<List<T>> split(List<T> items, ToDoubleFunction<T> height, double firstRoom, double room) {
    int n = items.size();
    if (n == 0) {
      return List.of(List.of());
    }
    double[] sums = new double[n + 1];
    for (int i = 0; i < n; i++) {
      sums[i + 1] = sums[i] + height.applyAsDouble(items.get(i));
    }
    int slides = fewest(sums, firstRoom, room);
    int[] starts = evenest(sums, slides, firstRoom, room);
    List<List<T>> parts = new ArrayList<>();
    for (int s = 0; s < slides; s++) {
      parts.add(List.copyOf(items.subList(starts[s], s + 1 < slides ? starts[s + 1] : n)));
    }
    return parts;
  }

  /** Filling each slide before the next gives the fewest slides. */
  private static int fewest(double[] sums, double firstRoom, double room) {
    int slides = 1;
    int start = 0;
    for (int i = 1; i < sums.length; i++) {
      if (i - start > 1 && sums[i] - sums[start] > (slides == 1 ? firstRoom : room)) {
        slides++;
        start = i - 1;
      }
    }
    return slides;
  }

  /**
   * How good a split of the first items is: compared by single items, then by slides that carry
   * less than half of the slide before them, then by the fullest slide, then by evenness, then by
   * how much the earlier slides carry. It remembers where its last slide starts and ends, and the
   * split before it, to be followed back.
   */
  private record Score(int singles, int thin, double fullest, double squares, int start, int end, Score before) {
    boolean better(Score other) {
      if (singles != other.singles) {
        return singles < other.singles;
      }
      if (thin != other.thin) {
        return thin < other.thin;
      }
      if (Math.abs(fullest - other.fullest) > 1e-9) {
        return fullest < other.fullest;
      }
      if (Math.abs(squares - other.squares) > 1e-9) {
        return squares < other.squares;
      }
      return fuller(other);
    }

    /** Of two splits as good, the one whose earlier slides carry more, as a reader expects. */
    private boolean fuller(Score other) {
      for (Score a = this, b = other; a != null && b != null; a = a.before, b = b.before) {
        if (a.start != b.start) {
          return a.start > b.start;
        }
      }
      return false;
    }
  }

  /**
   * The starts of the best split into exactly this many slides. Whether a slide is thin depends on
   * the slide before it, so a split is kept for each end of its last slide and each start of it.
   * Only splits whose slides each hold their items are tried: slide k ends no later than k full
   * slides from the front reach, and no earlier than the slides after it, filled from the back,
   * leave. The work grows with the list, not with its square.
   */
  private static int[] evenest(double[] sums, int slides, double firstRoom, double room) {
    int n = sums.length - 1;
    int[] latest = new int[slides + 1];
    for (int k = 1; k <= slides; k++) {
      latest[k] = Math.min(n, fill(sums, latest[k - 1], k == 1 ? firstRoom : room));
    }
    int[] earliest = new int[slides + 1];
    earliest[slides] = n;
    for (int k = slides; k > 0; k--) {
      earliest[k - 1] = fillBack(sums, earliest[k], k == 1 ? firstRoom : room);
    }
    // The best splits into k slides, by the end and the start of their last slide.
    Map<Long, Score> previous = Map.of((long) 0, new Score(0, 0, 0, 0, 0, 0, null));
    for (int k = 1; k <= slides; k++) {
      double capacity = k == 1 ? firstRoom : room;
      Map<Long, Score> current = new HashMap<>();
      for (Score before : previous.values()) {
        int j = before.end;
        double lastHeight = sums[j] - sums[before.start];
        for (int i = Math.max(j + 1, earliest[k]); i <= latest[k]; i++) {
          double height = sums[i] - sums[j];
          if (height > capacity && i - j > 1) {
            break;
          }
          double fill = height / capacity;
          Score candidate = new Score(before.singles + (i - j == 1 && n > 1 ? 1 : 0),
              before.thin + (2 * height < lastHeight ? 1 : 0), Math.max(before.fullest, fill),
              before.squares + fill * fill, j, i, before);
          current.merge(key(i, j, n), candidate, (a, b) -> b.better(a) ? b : a);
        }
      }
      previous = current;
    }
    Score best = null;
    for (Score split : previous.values()) {
      if (split.end == n && (best == null || split.better(best))) {
        best = split;
      }
    }
    int[] starts = new int[slides];
    for (int k = slides; k > 0; k--, best = best.before) {
      starts[k - 1] = best.start;
    }
    return starts;
  }

  private static long key(int end, int start, int n) {
    return (long) end * (n + 1) + start;
  }

  /** Where a slide of this room that starts at an item ends: at least one item, then as many as fit. */
  private static int fill(double[] sums, int start, double capacity) {
    int end = start + 1;
    while (end + 1 < sums.length && sums[end + 1] - sums[start] <= capacity) {
      end++;
    }
    return end;
  }

  /** Where a slide of this room that ends at an item starts, filled from its end. */
  private static int fillBack(double[] sums, int end, double capacity) {
    int start = end - 1;
    while (start - 1 >= 0 && sums[end] - sums[start - 1] <= capacity) {
      start--;
    }
    return Math.max(0, start);
  }
}
