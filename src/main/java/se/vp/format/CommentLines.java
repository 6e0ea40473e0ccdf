package se.vp.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The full-line comments of a file and the columns they were written at. SnakeYAML Engine 2.10
 * types a comment by where the scanner happens to stand: a full-line comment after a block
 * scalar, or one in the column of an end-of-line comment above it, is taken for an end-of-line
 * comment, and after a blank line the engine then fails to compose the file; it also fails on a
 * comment after "---". Where a comment's line starts means nothing in YAML, so the engine is
 * given the file with full-line comments moved to column 0, where it always reads them as such.
 * The column the editor chose is kept here, and decides which block the comment ends.
 */
final class CommentLines {

  private final Map<Integer, Integer> columns = new HashMap<>();
  private final List<String> readings;

  private CommentLines(String text, List<int[]> comments) {
    String[] lines = text.split("\n", -1);
    Map<Integer, Integer> endOfLine = new HashMap<>();
    for (int[] comment : comments) {
      String line = lines[comment[0]];
      if (comment[1] < line.length() && line.charAt(comment[1]) == '#') {
        if (isIndentation(line.substring(0, comment[1]))) {
          columns.put(comment[0], comment[1]);
        } else {
          endOfLine.put(comment[0], comment[1]);
        }
      }
    }
    String[] markers = lines.clone();
    boolean directives = false;
    for (int i = 0; i < lines.length; i++) {
      directives |= lines[i].startsWith("%");
      if (endOfLine.containsKey(i) && !directives
          && lines[i].substring(0, endOfLine.get(i)).matches("(---|\\.\\.\\.)[ \\t]+")) {
        // A single document needs no markers when it has no directives: "--- # x" becomes "# x".
        markers[i] = lines[i].substring(endOfLine.get(i));
        columns.put(i, 0);
      }
    }
    String[] leftAligned = markers.clone();
    String[] continuations = markers.clone();
    int continued = -1;
    for (int i = 0; i < lines.length; i++) {
      if (columns.containsKey(i)) {
        leftAligned[i] = markers[i].stripLeading();
        if (columns.get(i) == continued) {
          continuations[i] = leftAligned[i];
        } else {
          continued = -1;
        }
      } else if (endOfLine.containsKey(i)) {
        continued = endOfLine.get(i);
      } else if (!isIndentation(lines[i])) {
        continued = -1;
      }
    }
    // Column 0 fails in one place: after a block scalar with no lines, inside an indented block.
    // Moving only the comments taken for continuations, or none, reads such a file.
    this.readings = List.of(String.join("\n", leftAligned), String.join("\n", continuations), String.join("\n", markers),
        text).stream().distinct().toList();
  }

  /** {@code comments}: where the parser found comments, as line and column from 0. */
  static CommentLines of(String text, List<int[]> comments) {
    return new CommentLines(text, comments);
  }

  /**
   * The file in the forms the engine may read with its comments, best first; they differ only in
   * where comment lines start, so they mean the same.
   */
  List<String> readings() {
    return readings;
  }

  /** The column a full-line comment on this line (from 0) was written at. */
  int column(int line, int otherwise) {
    return columns.getOrDefault(line, otherwise);
  }

  boolean isComment(int line) {
    return columns.containsKey(line);
  }

  private static boolean isIndentation(String text) {
    return text.chars().allMatch(c -> c == ' ' || c == '\t');
  }
}
