package se.vp.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 13: the economy's figures as before, after and change, in Swedish figures. */
class FigureChangeTest {

  @Test
  void showsAnAmountAsBeforeAfterAndChange() {
    assertEquals(Optional.of("151,3 → 151,9\u00a0Mnkr (+0,6)"), FigureChange.of("151,3\u00a0Mnkr", "151,9\u00a0Mnkr").map(FigureChange::text));
    assertEquals(Optional.of("151,3 → 150,0\u00a0Mnkr (−1,3)"), FigureChange.of("151,3\u00a0Mnkr", "150,0\u00a0Mnkr").map(FigureChange::text));
    assertEquals(Optional.of("16\u00a0503 → 17\u00a0000\u00a0kr/åa (+497)"),
        FigureChange.of("16\u00a0503\u00a0kr/åa", "17\u00a0000\u00a0kr/åa").map(FigureChange::text));
    assertEquals(Optional.of("3,1 → 3,15\u00a0% (+0,05)"), FigureChange.of("3,1\u00a0%", "3,15\u00a0%").map(FigureChange::text));
    assertEquals(Optional.of("−2,3 → −1,1\u00a0Mnkr (+1,2)"), FigureChange.of("−2,3\u00a0Mnkr", "−1,1\u00a0Mnkr").map(FigureChange::text));
    assertEquals(Optional.of("1\u00a0720 → 1\u00a0700 (−20)"), FigureChange.of("1\u00a0720", "1\u00a0700").map(FigureChange::text));
    assertEquals(Optional.of("+0,6\u00a0Mnkr"), FigureChange.of("151,3\u00a0Mnkr", "151,9\u00a0Mnkr").map(FigureChange::changeWithUnit));
  }

  @Test
  void leavesTextsAndChangedUnitsToTheWordComparison() {
    assertEquals(Optional.empty(), FigureChange.of("151,3\u00a0Mnkr", "151\u00a0300\u00a0tkr").map(FigureChange::text));
    assertEquals(Optional.empty(), FigureChange.of("Inget allmänt reduceringskrav 2026", "Allmänt reduceringskrav 1,0\u00a0Mnkr").map(FigureChange::text));
    assertEquals(Optional.empty(), FigureChange.of("4.1.2", "4.1.3").map(FigureChange::text));
    // A fokusområde renumbered 4.3 → 4.4 was reported "förändring +0,1".
    assertEquals(Optional.empty(), FigureChange.of("4.3", "4.4").map(FigureChange::text));
  }
}
