package se.vp.render.blocks;

import java.util.List;

/**
 * A table with at least one row. {@code width} is its share of the text width (its "width: n%"
 * style, or all of it) and {@code columns} each column's share of the table, adding up to 1, from
 * the first row's cells; {@code caption} is empty when it has none.
 */
public record Table(List<String> classes, double width, List<Double> columns, List<Run> caption, List<Row> rows)
    implements Block {

  /** A tr; {@code header} when it stands in thead, to be repeated on every page. */
  public record Row(boolean header, List<String> classes, List<Cell> cells) {
    public Row {
      classes = List.copyOf(classes);
      cells = List.copyOf(cells);
    }
  }

  /** A td or th spanning {@code columns} columns, with the blocks it holds. */
  public record Cell(int columns, List<String> classes, List<Block> blocks) {
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
