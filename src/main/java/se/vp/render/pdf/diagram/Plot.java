package se.vp.render.pdf.diagram;

import java.util.List;

/**
 * The area of a time series within its diagram, and where a year and a value fall in it. The years
 * stand at equal distances in order, the first and last inset so their labels stay inside; a
 * single year stands in the middle.
 */
record Plot(double left, double top, double right, double bottom, Scale scale, List<Integer> years) {

  Plot {
    years = List.copyOf(years);
  }

  private double inset() {
    return TextStyle.SMALL.width("0000") / 2 + 8;
  }

  int index(int year) {
    return years.indexOf(year);
  }

  double x(int year) {
    if (years.size() < 2) {
      return (left + right) / 2;
    }
    return left + inset() + index(year) * spacing();
  }

  /** The distance from one year to the next. */
  double spacing() {
    return years.size() < 2 ? right - left : (right - left - 2 * inset()) / (years.size() - 1);
  }

  double y(double value) {
    return bottom - scale.share(value) * (bottom - top);
  }
}
