package se.vp.diagnostic;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Menade du …?" hints: the candidate nearest to what the user wrote, if any is near enough. */
public final class Suggestions {

  /** Longest name compared: ids, keys and nämnder are a few dozen characters. */
  static final int MAX_NAME = 100;
  /** Most candidates compared for one hint: a region of a hundred nämnder has some ten thousand ids. */
  static final int MAX_COMPARED = 20_000;

  private Suggestions() {}

  public static Optional<String> didYouMean(String written, Collection<String> candidates) {
    return nearest(written, candidates).map(c -> "menade du '" + c + "'?");
  }

  /**
   * The candidate nearest to what was written, within a third of its length and alike in more than
   * half its letters (see {@link #alike}). Comparing costs the
   * product of the two lengths, and both come from pull requests, so names longer than {@link
   * #MAX_NAME} are not compared, nor candidates whose length alone puts them too far, and at most
   * {@link #MAX_COMPARED} candidates are; the rest get no hint rather than minutes of work.
   */
  public static Optional<String> nearest(String written, Collection<String> candidates) {
    if (written.matches("[0-9.]+") || written.length() > MAX_NAME) {
      // Numbers that are a few keystrokes apart (72 and 27) are not alike in meaning.
      return Optional.empty();
    }
    String key = fold(written);
    int farthest = Math.max(2, key.length() / 3);
    // Folding first makes 'malsattning' a perfect match for 'målsättning': the usual slip on a
    // keyboard without å, ä and ö.
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int compared = 0;
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - written.length()) > farthest || candidate.length() > MAX_NAME) {
        continue;
      }
      if (++compared > MAX_COMPARED) {
        break;
      }
      String folded = fold(candidate);
      int distance = distance(key, folded);
      boolean nearer = distance < bestDistance || distance == bestDistance && candidate.compareTo(best) < 0;
      if (distance <= farthest && alike(distance, key, folded) && nearer) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * A hint for a number that names nothing (an uppdrag's Nr, a fokusområde's 4.1.2): the numbers of
   * the plan one keystroke from it, a digit changed, added, dropped or two swapped ("menade du 69?"
   * for 96), at most three, in order. Unlike names, numbers get no nearest guess: 72 and 27 are not
   * alike in meaning, so the hint names every such number and the editor picks; of more than three,
   * none.
   */
  public static Optional<String> numbers(String written, Collection<String> candidates) {
    if (!written.matches("[0-9.]{1,20}")) {
      return Optional.empty();
    }
    List<String> near = candidates.stream().filter(c -> c.matches("[0-9.]{1,20}"))
        .filter(c -> Math.abs(c.length() - written.length()) <= 1 && distance(written, c) == 1).distinct()
        .sorted(Comparator.comparing((String c) -> c.length()).thenComparing(Comparator.naturalOrder())).limit(4)
        .toList();
    if (near.isEmpty() || near.size() > 3) {
      return Optional.empty();
    }
    String listed = near.size() == 1 ? near.get(0)
        : String.join(", ", near.subList(0, near.size() - 1)) + " eller " + near.get(near.size() - 1);
    return Optional.of("menade du " + listed + "?");
  }

  /** A name as an id could be written: "Nämnd 2" as "namnd-2". */
  public static String asId(String name) {
    return fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /** Lower case without diacritics: the form in which å, ä, ö and a, a, o compare equal. */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").replace('_', '-').replace(' ', '-');
  }

  /**
   * A slip of the keyboard changes fewer than half the letters of a word; when half or more differ,
   * the word is another word, and a hint to it misleads: "KF" is no typo of "DN", nor "%" of "kr",
   * nor "id" of "nr" (issue 15). The bound is relative to the longer word, so a short word gets a
   * hint only for a single slip (or for å, ä, ö written a, a, o, which folding forgives), while
   * "nämnd" still finds "nämnden". An absolute bound, such as the third of the length alone, let
   * every two-letter word reach every other.
   */
  static boolean alike(int distance, String a, String b) {
    return 2 * distance < Math.max(a.length(), b.length());
  }

  /**
   * Damerau–Levenshtein distance (optimal string alignment): two swapped letters, the commonest
   * slip ("Kronobreg"), count as one edit rather than two.
   */
  static int distance(String a, String b) {
    int[] beforePrevious = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
        }
      }
      int[] swap = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
