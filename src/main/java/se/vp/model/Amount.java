package se.vp.model;

import java.math.BigDecimal;
import java.util.Objects;
import se.vp.diagnostic.Location;

/**
 * A figure as the source writes it. The scale of the decimal is the precision the figure was
 * rounded to (151.3 to a tenth, 16503 to a unit), which the budget checks rely on.
 */
public record Amount(BigDecimal value, Location at) {
  public Amount {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(at, "at");
  }

  /** Half a unit in the last written place: how far the unrounded figure may lie from this one. */
  public BigDecimal halfUnit() {
    return BigDecimal.ONE.movePointLeft(Math.max(value.scale(), 0)).divide(BigDecimal.valueOf(2));
  }

  @Override
  public String toString() {
    return value.toPlainString();
  }
}
