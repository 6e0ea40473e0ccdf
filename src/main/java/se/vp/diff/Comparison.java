package se.vp.diff;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.vp.diagnostic.Diagnostic;
import se.vp.view.Views;

/**
 * A proposal against its base: what the plan at a git revision and the plan now show, and, when
 * known, which commit the proposal is.
 */
public record Comparison(String base, String baseDate, Views.Plan before, Views.Plan after, List<Change> changes,
    Optional<Proposal> proposal, List<Diagnostic> unproposed) {

  public Comparison {
    changes = List.copyOf(changes);
    unproposed = List.copyOf(unproposed);
  }

  public Comparison(String base, String baseDate, Views.Plan before, Views.Plan after, List<Change> changes,
      Optional<Proposal> proposal) {
    this(base, baseDate, before, after, changes, proposal, List.of());
  }

  public Comparison(String base, String baseDate, Views.Plan before, Views.Plan after, List<Change> changes) {
    this(base, baseDate, before, after, changes, Optional.empty());
  }

  public static Comparison of(String base, String baseDate, Views.Plan before, Views.Plan after) {
    return new Comparison(base, baseDate, before, after, ViewDiff.between(before, after), Optional.empty());
  }

  /**
   * The proposal's commit: HEAD, as {@code commit} (its short id, as the sammanställning prints it)
   * and its date, and whether plan-source differs from it in the work tree or the index.
   */
  public record Proposal(String commit, String date, boolean uncommitted) {
    /** "HEAD (0123456789)", as the base is named. */
    public String label() {
      return "HEAD (" + commit + ")";
    }
  }

  public Comparison withProposal(Proposal commit) {
    return new Comparison(base, baseDate, before, after, changes, Optional.of(commit), unproposed);
  }

  public Comparison withChanges(List<Change> signed) {
    return new Comparison(base, baseDate, before, after, signed, proposal, unproposed);
  }

  /** With the findings of decided items changed or removed without a förslag (VP242), for the report's head. */
  public Comparison withUnproposed(List<Diagnostic> findings) {
    return new Comparison(base, baseDate, before, after, changes, proposal, findings);
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
