package se.vp.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.vp.model.Fokusomrade;
import se.vp.model.Nummer;
import se.vp.model.ResolvedPlan;

/**
 * What a fokusområde's {@code nummer} changed by hand leaves behind: references to a number no
 * fokusområde has, and underområden under it, beside one fokusområde that nothing names by number
 * (no insats, no förslag's ersätter). Where exactly one such stands beside the missing number, it
 * is most likely the one renumbered, and the hint is the command that takes the rest along.
 * Which one it was is not guessed when two could be.
 */
final class RenumberedByHand {

  /** The fokusområden that nothing names by number, by where they stand (see {@link #place}). */
  private final Map<String, List<Nummer>> unnamed;

  private RenumberedByHand(Map<String, List<Nummer>> unnamed) {
    this.unnamed = unnamed;
  }

  /** Found once for a plan, in one pass over it. */
  static RenumberedByHand of(ResolvedPlan resolved) {
    Set<String> named = new HashSet<>();
    resolved.plan().fokusomradeReferences().forEach(r -> named.add(r.raw()));
    Map<String, List<Nummer>> unnamed = new HashMap<>();
    resolved.fokusomraden().stream().map(Fokusomrade::nummer).filter(n -> !named.contains(n.toString()))
        .forEach(n -> unnamed.computeIfAbsent(place(n), k -> new ArrayList<>()).add(n));
    return new RenumberedByHand(unnamed);
  }

  /** "har 4.3 fått nummer 4.4? kör mvn vp:renumber …", when {@code missing} most likely became another number. */
  Optional<String> hint(Nummer missing) {
    List<Nummer> beside = unnamed.getOrDefault(place(missing), List.of());
    if (beside.size() != 1) {
      return Optional.empty();
    }
    return Optional.of("har " + missing + " fått nummer " + beside.get(0) + "? kör mvn vp:renumber -Dvp.från="
        + missing + " -Dvp.till=" + beside.get(0) + ", så följer referenserna med");
  }

  /** "4/2" for 4.3, "4.1/3" for 4.1.2: its parent and its depth. */
  private static String place(Nummer n) {
    return n.overordnat().map(Nummer::toString).orElse(String.valueOf(n.malsattning())) + "/" + n.delar().size();
  }
}
