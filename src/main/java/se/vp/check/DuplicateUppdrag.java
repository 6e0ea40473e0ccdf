package se.vp.check;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.model.ResolvedPlan;
import se.vp.model.Uppdrag;
import se.vp.text.WordDiff;

/**
 * The same uppdrag to the förvaltning written in two files: it would be given twice, and the lists
 * would count it twice. Texts are the same when their words are, whatever the case and punctuation.
 * The council's numbered uppdrag are told apart by their numbers, in the council's own words.
 */
final class DuplicateUppdrag implements Check {

  @Override
  public void check(ResolvedPlan resolved, Diagnostics out) {
    Map<String, Uppdrag> byText = new HashMap<>();
    for (Uppdrag uppdrag : resolved.plan().uppdrag().stream().filter(u -> u.nr().isEmpty()).toList()) {
      Uppdrag earlier = byText.putIfAbsent(words(uppdrag), uppdrag);
      if (earlier != null && !earlier.id().equals(uppdrag.id())) {
        out.report(Code.VP218, uppdrag.text().at(),
            "uppdraget har samma text som " + earlier.id() + " (" + earlier.text().at().file() + ")",
            Optional.of("ta bort den ena filen och hänvisa till den andra där båda används"));
      }
    }
  }

  private static String words(Uppdrag uppdrag) {
    return WordDiff.tokens(uppdrag.text().value().toLowerCase(Locale.ROOT)).stream()
        .filter(w -> Character.isLetterOrDigit(w.charAt(0))).collect(Collectors.joining(" "));
  }
}
