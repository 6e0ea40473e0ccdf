package se.vp.render.pptx;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The figures behind one chart, laid out as its embedded workbook holds them: the categories down
 * column A from row 2, each column's name in row 1 and its figures below. The chart's references
 * and caches are made from the same record as the workbook, so the two cannot disagree.
 */
record ChartSheet(List<String> categories, List<Column> columns) {

  /** Swedish Excel's name for a new workbook's first sheet, which a user editing the data expects. */
  static final String SHEET = "Blad1";

  /** One column of figures; a column that is not {@code plotted} is there for the reader of the data only. */
  record Column(String name, List<OptionalDouble> values, boolean plotted) {
    Column {
      values = List.copyOf(values);
    }
  }

  ChartSheet {
    categories = List.copyOf(categories);
    columns = List.copyOf(columns);
    for (Column column : columns) {
      if (column.values().size() != categories.size()) {
        throw new IllegalArgumentException("a column has " + column.values().size() + " figures for "
            + categories.size() + " categories");
      }
    }
  }

  String categoryRange() {
    return SHEET + "!$A$2:$A$" + (categories.size() + 1);
  }

  /** The cell of column {@code index}'s name (0 is column B). */
  String nameCell(int index) {
    return SHEET + "!$" + letter(index + 1) + "$1";
  }

  String valueRange(int index) {
    String column = letter(index + 1);
    return SHEET + "!$" + column + "$2:$" + column + "$" + (categories.size() + 1);
  }

  /** A column's letters: 0 is A, 25 Z, 26 AA. */
  static String letter(int index) {
    StringBuilder letters = new StringBuilder();
    for (int i = index; i >= 0; i = i / 26 - 1) {
      letters.insert(0, (char) ('A' + i % 26));
    }
    return letters.toString();
  }

  /** A figure as both the workbook and the chart's cache write it: plain, no exponent, no trailing zeros. */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
