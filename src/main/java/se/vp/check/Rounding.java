package se.vp.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import se.vp.model.Amount;

/**
 * Arithmetic on rounded figures. A figure written 146,8 stands for anything from 146,75 to
 * 146,85, so a sum holds when some choice of unrounded terms gives some unrounded total: the
 * seed's 146,8 + 4,6 = 151,3 holds (146,76 + 4,55 = 151,31) though the rounded terms add to 151,4.
 * Checking the rounded figures exactly would report correct budgets as wrong.
 */
final class Rounding {

  private Rounding() {}

  static BigDecimal sum(List<Amount> terms) {
    return terms.stream().map(Amount::value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Whether the terms can add up to the total once each is allowed its rounding. Rounding half up
   * makes each interval half-open (146,85 rounds to 146,9), hence the strict comparisons.
   */
  static boolean sumHolds(List<Amount> terms, Amount total) {
    return sum(terms).subtract(total.value()).abs().compareTo(slack(terms, total)) < 0;
  }

  /** How far rounded terms and total may together lie from exact figures. */
  static BigDecimal slack(List<Amount> terms, Amount total) {
    return terms.stream().map(Amount::halfUnit).reduce(total.halfUnit(), BigDecimal::add);
  }

  /** Whether {@code percent} % of {@code base} can be {@code result}, each allowed its rounding. */
  static boolean percentHolds(Amount percent, Amount base, Amount result) {
    MathContext precision = MathContext.DECIMAL64;
    BigDecimal hundred = BigDecimal.valueOf(100);
    BigDecimal low = percent.value().subtract(percent.halfUnit())
        .multiply(base.value().subtract(base.halfUnit())).divide(hundred, precision);
    BigDecimal high = percent.value().add(percent.halfUnit())
        .multiply(base.value().add(base.halfUnit())).divide(hundred, precision);
    BigDecimal resultLow = result.value().subtract(result.halfUnit());
    BigDecimal resultHigh = result.value().add(result.halfUnit());
    return high.compareTo(resultLow) > 0 && low.compareTo(resultHigh) < 0;
  }
}
