package se.vp.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

  @Test
  void suggestsNothingFarAway() {
    assertEquals(Optional.empty(), Suggestions.didYouMean("budget", List.of("text", "mottagare")));
  }

  @Test
  void suggestsNoNumberForANumber() {
    assertEquals(Optional.empty(), Suggestions.didYouMean("72", List.of("27")));
  }
}
