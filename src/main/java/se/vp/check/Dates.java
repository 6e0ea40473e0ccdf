package se.vp.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.locale.Svenska;
import se.vp.model.Avsnitt;
import se.vp.model.Handelse;
import se.vp.model.Handelsetyp;
import se.vp.model.ResolvedPlan;

/**
 * The tidplan runs forward and ends in the committee's decision, and the dated sections of the
 * deck fall on a date of the tidplan. The seed dates a section of the 2026 deck 2024-09-09, a
 * year before the presentation it belongs to.
 */
final class Dates implements Check {

  @Override
  public void check(ResolvedPlan resolved, Diagnostics out) {
    var plan = resolved.plan();
    List<Handelse> tidplan = plan.tidplan();
    for (int i = 1; i < tidplan.size(); i++) {
      if (tidplan.get(i).datum().isBefore(tidplan.get(i - 1).datum())) {
        out.report(Code.VP231, tidplan.get(i).at(), Svenska.datum(tidplan.get(i).datum())
            + " kommer före " + Svenska.datum(tidplan.get(i - 1).datum()) + " på raden ovanför",
            Optional.of("skriv händelserna i datumordning"));
      }
    }
    Location planFile = plan.fakta().at();
    if (tidplan.stream().noneMatch(h -> h.is(Handelsetyp.NAMNDBESLUT))) {
      out.report(Code.VP232, tidplan.isEmpty() ? planFile : tidplan.get(tidplan.size() - 1).at(),
          "tidplanen saknar nämndens beslut, som ger beslutsunderlaget dess datum",
          Optional.of("lägg till en händelse med typ nämndbeslut"));
    }
    if (tidplan.isEmpty()) {
      return;
    }
    int ar = plan.fakta().ar();
    tidplan.stream().filter(h -> h.is(Handelsetyp.NAMNDBESLUT) && !decidedInTime(h.datum(), ar))
        .forEach(h -> out.report(Code.VP234, h.at(), "nämndens beslut om planen för " + ar + " är daterat "
            + h.datum() + ", men planen beslutas före året den gäller",
            Optional.of("menade du " + h.datum().withYear(ar - 1) + "?")));
    plan.ekonomi().flatMap(e -> e.presentation()).ifPresent(a -> onTidplan(a, tidplan, out));
    plan.forutsattningar().flatMap(f -> f.presentation()).ifPresent(a -> onTidplan(a, tidplan, out));
  }

  private static void onTidplan(Avsnitt avsnitt, List<Handelse> tidplan, Diagnostics out) {
    if (tidplan.stream().anyMatch(h -> h.datum().equals(avsnitt.datum()))) {
      return;
    }
    Handelse nearest = tidplan.stream()
        .min(Comparator.comparingLong((Handelse h) -> Math.abs(ChronoUnit.DAYS.between(dayOfYear(h.datum(), avsnitt.datum()), avsnitt.datum()))))
        .orElseThrow();
    out.report(Code.VP230, avsnitt.datumAt(),
        "avsnittet \"" + avsnitt.rubrik() + "\" är daterat " + avsnitt.datum() + ", som inte är ett datum i tidplanen",
        Optional.of("menade du " + nearest.datum() + " (" + nearest.vad() + ")?"));
  }

  /** The year before the plan's, or, for a plan adopted late, the first quarter of its own year. */
  private static boolean decidedInTime(LocalDate date, int ar) {
    return date.getYear() == ar - 1 || (date.getYear() == ar && date.getMonthValue() <= 3);
  }

  /** The tidplan date moved to the section's year, so 2024-09-09 finds 2025-09-04 as its neighbour. */
  private static LocalDate dayOfYear(LocalDate date, LocalDate inYearOf) {
    return date.withYear(inYearOf.getYear());
  }
}
