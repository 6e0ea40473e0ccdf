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

  /** Issue 15: these were offered, each a word of its own rather than a slip of the keyboard. */
  @Test
  void suggestsNoWordThatDiffersInHalfItsLetters() {
    assertEquals(Optional.empty(),
        Suggestions.didYouMean("%", List.of("procent", "index", "antal", "kr", "tkr", "år")));
    assertEquals(Optional.empty(), Suggestions.didYouMean("KF", List.of("FM", "DN")));
    assertEquals(Optional.empty(), Suggestions.didYouMean("id", List.of("nr", "text", "mottagare", "beslut")));
  }

  @Test
  void stillFindsAWordWithItsEndingLeftOff() {
    assertEquals(Optional.of("menade du 'nämnden'?"),
        Suggestions.didYouMean("nämnd", List.of("nämnden", "förvaltningen", "regionstyrelsen-och-nämnderna")));
  }

  @Test
  void countsTwoSwappedLettersAsOneSlip() {
    assertEquals(1, Suggestions.distance("kronobreg", "kronoberg"));
    assertEquals(2, Suggestions.distance("kf", "dn"));
  }

  /** Issue 15: a wrong reference number got no "menade du"; now every number one keystroke away. */
  @Test
  void namesTheNumbersOneKeystrokeFromAWrongOne() {
    assertEquals(Optional.of("menade du 69?"), Suggestions.numbers("96", List.of("27", "69", "70")));
    assertEquals(Optional.of("menade du 4.1.2?"), Suggestions.numbers("4.1.3", List.of("4.1.1x", "4.1.2", "4.3")));
    assertEquals(Optional.of("menade du 6, 61 eller 69?"), Suggestions.numbers("62", List.of("6", "61", "69", "77")));
    assertEquals(Optional.empty(), Suggestions.numbers("50", List.of("27", "69")));
    assertEquals(Optional.empty(), Suggestions.numbers("10", List.of("0", "1", "11", "12", "13")), "too many to name");
    assertEquals(Optional.empty(), Suggestions.numbers("nr-27", List.of("27")));
  }
}
