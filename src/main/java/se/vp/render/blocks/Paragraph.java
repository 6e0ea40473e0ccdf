package se.vp.render.blocks;

import java.util.List;

/**
 * A paragraph with text: a heading, a p, a caption, or the loose text between blocks in a division,
 * a list item or a table cell.
 */
public record Paragraph(Kind kind, List<String> classes, List<Run> runs) implements Block {

  /** The element a paragraph was read from. */
  public enum Kind {
    /** Text outside any p, in a division or a table cell. */
    TEXT,
    P,
    CAPTION,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6;

    /** 1 to 6 for a heading, 0 for any other paragraph. */
    public int headingLevel() {
      return compareTo(H1) >= 0 ? ordinal() - H1.ordinal() + 1 : 0;
    }
  }

  public Paragraph {
    classes = List.copyOf(classes);
    runs = List.copyOf(runs);
  }
}
