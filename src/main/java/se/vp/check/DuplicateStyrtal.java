package se.vp.check;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.model.Forslagstyp;
import se.vp.model.ResolvedPlan;
import se.vp.model.Styrtal;
import se.vp.text.WordDiff;

/**
 * The same measure defined twice under slightly different words. Two styrtal measure the same
 * thing when their words agree once the words of direction ("ska minska") are set aside: the
 * seed's "Utsläpp av växthusgaser i ton koldioxidekvivalenter ska minska." and "Utsläpp av
 * växthusgaser i ton koldioxidekvivalenter." Broadband for households and for workplaces differ in
 * a word that is not one of direction, so they are two measures.
 */
final class DuplicateStyrtal implements Check {

  private static final Set<String> DIRECTION_WORDS = Set.of("ska", "skall", "öka", "minska", "bör", "vara");

  @Override
  public void check(ResolvedPlan resolved, Diagnostics out) {
    Map<String, Styrtal> byMeasure = new HashMap<>();
    for (Styrtal styrtal : resolved.plan().styrtal()) {
      Styrtal other = byMeasure.putIfAbsent(measure(styrtal), styrtal);
      if (other != null) {
        // Report at the newer of the two: a proposed new styrtal is the one that duplicates.
        Styrtal later = isProposedNew(other) && !isProposedNew(styrtal) ? other : styrtal;
        Styrtal earlier = later == styrtal ? other : styrtal;
        out.report(Code.VP209, later.text().at(),
            "styrtalet mäter samma sak som " + earlier.id() + " (" + earlier.text().at().file() + ") med andra ord",
            Optional.of("använd det ena styrtalet på båda ställena och ta bort det andra"));
      }
    }
  }

  private static boolean isProposedNew(Styrtal styrtal) {
    return styrtal.ursprung().forslag().map(f -> f.typ() == Forslagstyp.NYTT).orElse(false);
  }

  static String measure(Styrtal styrtal) {
    List<String> words = WordDiff.tokens(styrtal.text().value().toLowerCase(Locale.ROOT)).stream()
        .filter(w -> Character.isLetterOrDigit(w.charAt(0)))
        .filter(w -> !DIRECTION_WORDS.contains(w))
        .toList();
    return words.stream().collect(Collectors.joining(" "));
  }
}
