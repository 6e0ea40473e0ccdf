package se.vp.render.pdf.diagram;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import se.vp.locale.Svenska;

/**
 * A value axis with round ends and a round step (1, 2, 2,5 or 5 times a power of ten), as a reader
 * expects it: 6,0 to 7,0 by 0,2 rather than 6,07 to 6,93. The ticks are computed in decimals, so a
 * tick is written 0,3 and never 0,30000000000000004.
 */
record Scale(BigDecimal min, BigDecimal max, BigDecimal step) {

  private static final double[] NICE = {1, 2, 2.5, 5, 10};

  /**
   * The roundest scale over {@code low} to {@code high} with at most {@code ticks} ticks; an empty
   * range is widened around its value, so a single figure still has an axis.
   */
  static Scale covering(double low, double high, int ticks) {
    double lo = Math.min(low, high);
    double hi = Math.max(low, high);
    if (hi - lo < Math.max(Math.abs(hi), 1) * 1e-9) {
      double spread = Math.max(Math.abs(hi) * 0.1, 1);
      lo -= spread;
      hi += spread;
    }
    // Two intervals at least: a range across zero takes two however long the step.
    int intervals = Math.max(ticks - 1, 2);
    double raw = (hi - lo) / intervals;
    int exponent = (int) Math.floor(Math.log10(raw));
    while (true) {
      for (double nice : NICE) {
        BigDecimal step = new BigDecimal(Double.toString(nice)).scaleByPowerOfTen(exponent).stripTrailingZeros();
        BigDecimal min = floor(lo, step);
        BigDecimal max = ceil(hi, step);
        if (max.subtract(min).divide(step, 0, RoundingMode.UP).intValue() <= intervals) {
          return new Scale(min, max, step);
        }
      }
      // Larger steps fit in the end: once a step exceeds both ends, each end is within a step of zero.
      exponent++;
    }
  }

  /** Zero and the values: a bar's length is only true measured from zero. */
  static Scale fromZero(double low, double high, int ticks) {
    return covering(Math.min(low, 0), Math.max(high, 0), ticks);
  }

  private static BigDecimal floor(double value, BigDecimal step) {
    return BigDecimal.valueOf(value).divide(step, 0, RoundingMode.FLOOR).multiply(step);
  }

  private static BigDecimal ceil(double value, BigDecimal step) {
    return BigDecimal.valueOf(value).divide(step, 0, RoundingMode.CEILING).multiply(step);
  }

  List<BigDecimal> ticks() {
    List<BigDecimal> ticks = new ArrayList<>();
    for (BigDecimal tick = min; tick.compareTo(max) <= 0; tick = tick.add(step)) {
      ticks.add(tick);
    }
    return ticks;
  }

  /** Where a value lies, 0 at the scale's minimum and 1 at its maximum. */
  double share(double value) {
    double lo = min.doubleValue();
    return (value - lo) / (max.doubleValue() - lo);
  }

  /** A tick as the axis prints it: every tick with the step's decimals, "6,0 6,5 7,0". */
  String label(BigDecimal tick) {
    return Svenska.tal(tick.setScale(Math.max(step.scale(), 0), RoundingMode.HALF_EVEN));
  }
}
