package se.vp.render.word;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.vp.render.blocks.Block;
import se.vp.render.blocks.Division;
import se.vp.render.blocks.ItemList;
import se.vp.render.blocks.Paragraph;
import se.vp.render.blocks.Table;

/**
 * A data table's alternative text (Word's tblCaption and tblDescription), which a screen reader
 * gives before the cells and Word shows as the table's Alt Text: a name and one sentence on what
 * the table holds, both derived from the table so they never disagree with it.
 */
final class TableText {

  /** A longer table is described by its counts alone: its labels would make the sentence a list. */
  private static final int MOST_LABELS = 12;

  private TableText() {}

  /** The table's caption; without one the heading it stands under, or its column headings. */
  static String caption(Table table, String headingBefore) {
    String caption = WordBody.text(table.caption());
    if (!caption.isEmpty()) {
      return caption;
    }
    if (!headingBefore.isEmpty()) {
      return headingBefore;
    }
    List<String> columns = columnHeadings(table);
    return columns.isEmpty() ? "Tabell" : "Tabell: " + String.join(", ", columns);
  }

  /**
   * "Tabell med 4 kolumner: Nr, Uppdrag, Ligger under, Ursprung; 17 rader." The column headings
   * from the header row, the rows counted without it; in a label/value table (one with row
   * headers) the rows named by their first cells, a row without a header of its own too.
   */
  static String description(Table table) {
    int columns = table.columns().size();
    List<Table.Row> body = table.rows().stream().filter(row -> !row.header()).toList();
    List<String> headings = columnHeadings(table);
    boolean labelled = body.size() <= MOST_LABELS
        && body.stream().anyMatch(row -> !row.cells().isEmpty() && row.cells().get(0).rowHeader());
    List<String> labels = !labelled ? List.of() : body.stream()
        .map(row -> row.cells().isEmpty() ? "" : text(row.cells().get(0))).filter(label -> !label.isEmpty()).toList();
    return "Tabell med " + columns + (columns == 1 ? " kolumn" : " kolumner")
        + (headings.isEmpty() ? "" : ": " + String.join(", ", headings))
        + "; " + body.size() + (body.size() == 1 ? " rad" : " rader")
        + (labels.isEmpty() ? "" : ": " + String.join(", ", labels)) + ".";
  }

  /** The texts of the first header row's cells, empty cells left out. */
  private static List<String> columnHeadings(Table table) {
    return table.rows().stream().filter(Table.Row::header).findFirst()
        .map(row -> row.cells().stream().map(TableText::text).filter(text -> !text.isEmpty()).toList())
        .orElse(List.of());
  }

  private static String text(Table.Cell cell) {
    return texts(cell.blocks()).filter(Objects::nonNull).filter(text -> !text.isEmpty())
        .collect(Collectors.joining(" "));
  }

  /** The text of blocks in a cell; a table nested in the cell has alternative text of its own. */
  private static Stream<String> texts(List<Block> blocks) {
    return blocks.stream().flatMap(block -> {
      if (block instanceof Paragraph p) {
        return Stream.of(WordBody.text(p.runs()));
      } else if (block instanceof ItemList list) {
        return list.items().stream().map(item -> WordBody.text(item.runs()));
      } else if (block instanceof Division division) {
        return texts(division.blocks());
      }
      return Stream.empty();
    });
  }
}
