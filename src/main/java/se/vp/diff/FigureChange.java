package se.vp.diff;

import java.math.BigDecimal;
import java.util.Optional;
import se.vp.locale.Svenska;
import se.vp.text.WordDiff;

/**
 * A figure changed to another of the same unit, as a reader of the economy wants it: before, after
 * and the change, "151,3 → 151,9 Mnkr (+0,6)". Figures are read as the view wrote them (Swedish,
 * with decimal comma, no-break spaces between thousands and "−"), so the change has as many
 * decimals as the more precise of the two.
 */
record FigureChange(String before, String after, String unit, String change) {

  /** "151,3 → 151,9 Mnkr (+0,6)". */
  String text() {
    return before + " → " + after + unit + " (" + change + ")";
  }

  /** The change with its unit: "+0,6 Mnkr". */
  String changeWithUnit() {
    return change + unit;
  }

  static Optional<FigureChange> of(String before, String after) {
    if (!WordDiff.isFigure(before) || !WordDiff.isFigure(after)) {
      return Optional.empty();
    }
    String unit = WordDiff.unit(after);
    if (!unit.strip().equals(WordDiff.unit(before).strip())) {
      return Optional.empty();
    }
    String was = before.strip().substring(0, before.strip().length() - WordDiff.unit(before).length());
    String is = after.strip().substring(0, after.strip().length() - unit.length());
    Optional<BigDecimal> from = value(was);
    Optional<BigDecimal> to = value(is);
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal change = to.get().subtract(from.get());
    String sign = change.signum() > 0 ? "+" : change.signum() == 0 ? "±" : "";
    return Optional.of(new FigureChange(was, is, unit, sign + Svenska.tal(change)));
  }

  /**
   * "151,3", "16 503", "−2,3" as a number; nothing for a numbering such as "4.3" or "4.1.2": the
   * view writes a decimal with a comma, so a point is a fokusområde's number, not a figure.
   */
  private static Optional<BigDecimal> value(String figure) {
    if (figure.contains(".")) {
      return Optional.empty();
    }
    String plain = figure.replaceAll("[ \\u00a0\\u202f]", "").replace('−', '-').replace(',', '.');
    try {
      return Optional.of(new BigDecimal(plain));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
