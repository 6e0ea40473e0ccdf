package se.vp.diff;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.vp.view.Views;

/** A proposal against its base: what the plan at a git revision and the plan now show. */
public record Comparison(String base, String baseDate, Views.Plan before, Views.Plan after, List<Change> changes) {

  public Comparison {
    changes = List.copyOf(changes);
  }

  public static Comparison of(String base, String baseDate, Views.Plan before, Views.Plan after) {
    return new Comparison(base, baseDate, before, after, ViewDiff.between(before, after));
  }

  /** "2 tillagda, 1 ändrad", or "inga ändringar". */
  public String summary() {
    return summary(changes);
  }

  /** Some of the changes counted by kind, as {@link #summary()} counts them all. */
  static String summary(List<Change> changes) {
    if (changes.isEmpty()) {
      return "inga ändringar";
    }
    Map<Change.Type, Long> counts = changes.stream()
        .collect(Collectors.groupingBy(Change::type, TreeMap::new, Collectors.counting()));
    return counts.entrySet().stream().map(e -> e.getValue() + " " + plural(e.getKey(), e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private static String plural(Change.Type type, long count) {
    if (count == 1) {
      return type.word();
    }
    return switch (type) {
      case TILLAGD -> "tillagda";
      case BORTTAGEN -> "borttagna";
      case ANDRAD -> "ändrade";
      case OMNUMRERAD -> "omnumrerade";
      case FLYTTAD -> "flyttade";
    };
  }
}
