package se.vp.render.blocks;

import java.util.List;
import java.util.Optional;

/**
 * A piece of text in one look, or a line break. {@code classes} are those of every element around
 * the text inside its paragraph, outermost first; {@code change} marks text the XHTML wraps in ins
 * or del, as the change report does.
 */
public record Run(String text, boolean lineBreak, boolean bold, boolean italic, Change change, List<String> classes,
    Optional<Signed> signed) {

  /** Whether the text was added or taken away, for formats that can show tracked changes. */
  public enum Change {
    NONE,
    INSERTED,
    DELETED
  }

  /**
   * Who made an inserted or deleted text and when, as the template wrote them on its ins or del
   * (data-author, datetime): untrusted text, which a writer checks before it uses it.
   */
  public record Signed(String author, String datetime) {}

  public Run {
    classes = List.copyOf(classes);
  }

  public Run(String text, boolean lineBreak, boolean bold, boolean italic, Change change, List<String> classes) {
    this(text, lineBreak, bold, italic, change, classes, Optional.empty());
  }
}
