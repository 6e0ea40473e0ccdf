package se.vp.render.blocks;

import java.util.List;

/**
 * A piece of text in one look, or a line break. {@code classes} are those of every element around
 * the text inside its paragraph, outermost first; {@code change} marks text the XHTML wraps in ins
 * or del, as the change report does.
 */
public record Run(String text, boolean lineBreak, boolean bold, boolean italic, Change change, List<String> classes) {

  /** Whether the text was added or taken away, for formats that can show tracked changes. */
  public enum Change {
    NONE,
    INSERTED,
    DELETED
  }

  public Run {
    classes = List.copyOf(classes);
  }
}
