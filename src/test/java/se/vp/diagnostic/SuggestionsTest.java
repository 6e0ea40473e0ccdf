package se.vp.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  @Test
  void findsTheKeyWrittenWithoutSwedishLetters() {
    assertEquals(Optional.of("menade du 'målsättning'?"),
        Suggestions.didYouMean("malsattning", List.of("nummer", "målsättning", "namn")));
  }

  @Test
  void findsAKeyWithATypo() {
    assertEquals(Optional.of("menade du 'mottagare'?"), Suggestions.didYouMean("mottagre", List.of("text", "mottagare")));
  }

  /** Issue 14: comparing names costs the product of their lengths; a key of a megabyte is no name. */
  @Test
  void comparesNoNamesLongerThanANameCanBe() {
    String written = "a".repeat(1_000_000);
    assertEquals(Optional.empty(), assertTimeoutPreemptively(Duration.ofSeconds(2),
        () -> Suggestions.didYouMean(written, List.of("b".repeat(1_000_000), "a".repeat(999_999) + "b"))));
  }

  @Test
  void comparesOnlyCandidatesOfAboutTheSameLength() {
    List<String> candidates = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      candidates.add("uppdrag-" + "x".repeat(i % 60) + i);
    }
    assertEquals(Optional.of("menade du 'uppdrag-xx2'?"), assertTimeoutPreemptively(Duration.ofSeconds(2),
        () -> Suggestions.didYouMean("uppdrag-xx-2", candidates)));
  }

  @Test
  void suggestsNothingFarAway() {
    assertEquals(Optional.empty(), Suggestions.didYouMean("budget", List.of("text", "mottagare")));
  }

  @Test
  void suggestsNoNumberForANumber() {
    assertEquals(Optional.empty(), Suggestions.didYouMean("72", List.of("27")));
  }
}
