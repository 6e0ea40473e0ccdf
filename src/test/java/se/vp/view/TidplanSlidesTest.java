package se.vp.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;
import se.vp.Validation;
import se.vp.model.ResolvedPlan;

/**
 * The deck's tidplan is a timeline of dates side by side. A committee's tidplan of ten dates stood
 * in ten columns, and the PDF broke "20 au|gusti" and "Kommu|nfullmäktige" inside the word.
 */
class TidplanSlidesTest {

  @TempDir Path folder;

  private static Views.Handelse handelse(String datum, String text) {
    return new Views.Handelse(datum, datum + " 2025", false, "", Optional.of(text), text);
  }

  private static List<Views.Handelse> tidplan(int dates, String text) {
    return IntStream.range(0, dates).mapToObj(i -> handelse((i + 1) + " september", text)).toList();
  }

  private static List<Integer> sizes(List<List<Views.Handelse>> timelines) {
    return timelines.stream().map(List::size).toList();
  }

  @Test
  void showsFiveDatesSideBySideAsTheSeedsDeckDoes() {
    assertEquals(List.of(5), sizes(Utmaningar.timelines(tidplan(5, "Utkast bereds på nämnd."))));
    assertEquals(List.of(3), sizes(Utmaningar.timelines(tidplan(3, "Utkast bereds på nämnd."))));
    assertEquals(List.of(), Utmaningar.timelines(List.of()));
  }

  @Test
  void spreadsMoreDatesEvenlyOverSlides() {
    assertEquals(List.of(5, 5), sizes(Utmaningar.timelines(tidplan(10, "Beredning."))));
    assertEquals(List.of(3, 4), sizes(Utmaningar.timelines(tidplan(7, "Beredning."))));
  }

  /** Two timelines of short dates stand on one slide; the deck does not spend a slide on each. */
  @Test
  void stacksTimelinesOnASlideWhileTheyFit() {
    Path planSource = folder.resolve("plan-source");
    TestPlan.minimal(folder).with("tidplan.yaml", "händelser:\n" + IntStream.rangeClosed(1, 10)
        .mapToObj(d -> "  - datum: 2025-10-" + String.format("%02d", d) + "\n    text: Beredning.\n"
            + (d == 10 ? "    typ: nämndbeslut\n" : ""))
        .collect(Collectors.joining()));
    Bildspel deck = PlanViews.of(ResolvedPlan.of(Validation.of(planSource, folder).plan()
        .orElseThrow())).bildspel();
    List<Bildspel.Bild> slides = deck.bilder().stream().filter(b -> b.typ().equals("tidslinje")).toList();
    assertEquals(1, slides.size());
    assertEquals(List.of(5, 5), slides.get(0).delar().stream().map(d -> ((Bildspel.Tidslinje) d).handelser().size())
        .toList());
  }

  @Test
  void takesFewerDatesSideBySideWhenAWordWouldNotFitItsColumn() {
    List<List<Views.Handelse>> timelines = Utmaningar.timelines(
        tidplan(5, "Regionfullmäktigeförsamlingens budgetberedningsarbete avslutas."));
    assertEquals(5, timelines.stream().mapToInt(List::size).sum());
    assertEquals(true, timelines.size() > 1, sizes(timelines).toString());
  }
}
