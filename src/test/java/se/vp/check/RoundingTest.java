package se.vp.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.vp.diagnostic.Location;
import se.vp.model.Amount;

class RoundingTest {

  private static Amount a(String figure) {
    return new Amount(new BigDecimal(figure), Location.ofFile("x"));
  }

  @Test
  void aSumOfRoundedFiguresHoldsWhenSomeUnroundedFiguresWouldGiveIt() {
    assertTrue(Rounding.sumHolds(List.of(a("146.8"), a("4.6")), a("151.3")));
    assertTrue(Rounding.sumHolds(List.of(a("146.8"), a("4.6")), a("151.5")));
    assertFalse(Rounding.sumHolds(List.of(a("146.8"), a("4.6")), a("151.6")));
  }

  @Test
  void wholeKronorAreRoundedToTheKrona() {
    assertTrue(Rounding.sumHolds(List.of(a("4613"), a("2665"), a("9225")), a("16503")));
    assertFalse(Rounding.sumHolds(List.of(a("4613"), a("2665"), a("9225")), a("16505")));
  }

  @Test
  void aPercentageHoldsWithinTheRoundingOfAllThreeFigures() {
    assertTrue(Rounding.percentHolds(a("3.1"), a("146.8"), a("4.6")));
    assertFalse(Rounding.percentHolds(a("3.4"), a("146.8"), a("4.6")));
  }
}
