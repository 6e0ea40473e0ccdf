package se.vp.diff;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.vp.model.Plan;

/** A proposal against its base: the plan at a git revision and the plan in the working tree. */
public record Comparison(String base, String baseDate, Plan before, Plan after, List<Change> changes) {

  public Comparison {
    changes = List.copyOf(changes);
  }

  public static Comparison of(String base, String baseDate, Plan before, Plan after) {
    return new Comparison(base, baseDate, before, after, PlanDiff.between(before, after));
  }

  /** "2 tillagda, 1 ändrad", or "inga ändringar". */
  public String summary() {
    if (changes.isEmpty()) {
      return "inga ändringar";
    }
    Map<Change.Type, Long> counts = changes.stream()
        .collect(Collectors.groupingBy(Change::type, java.util.TreeMap::new, Collectors.counting()));
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
