package se.vp.render.blocks;

import java.util.List;

/**
 * A table with at least one row. {@code layout} when it only lays out its content (role
 * "presentation", as the title block): no header row, no caption of its own to speak of, no data.
 * {@code width} is its share of the text width (its "width: n%" style, or all of it) and
 * {@code columns} each column's share of the table, adding up to 1, from the first row's cells;
 * {@code caption} is empty when it has none.
 */
public record Table(List<String> classes, boolean layout, double width, List<Double> columns, List<Run> caption,
    List<Row> rows) implements Block {

  /** A tr; {@code header} when it stands in thead, to be repeated on every page. */
  public record Row(boolean header, List<String> classes, List<Cell> cells) {
    public Row {
      classes = List.copyOf(classes);
      cells = List.copyOf(cells);
    }
  }

  /**
   * A td or th spanning {@code columns} columns, with the blocks it holds; {@code rowHeader} for a
   * th with scope "row", the label of its row in a label/value table.
   */
  public record Cell(int columns, boolean rowHeader, List<String> classes, List<Block> blocks) {
    public Cell {
      if (columns < 1) {
        throw new IllegalArgumentException("a cell spans at least one column");
      }
      classes = List.copyOf(classes);
      blocks = List.copyOf(blocks);
    }
  }

  public Table {
    classes = List.copyOf(classes);
    columns = List.copyOf(columns);
    caption = List.copyOf(caption);
    rows = List.copyOf(rows);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a table has rows");
    }
  }
}
