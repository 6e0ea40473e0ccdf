package se.vp.format;

import java.util.List;
import se.vp.format.Tree.Comment;
import se.vp.format.Tree.Document;
import se.vp.format.Tree.Entry;
import se.vp.format.Tree.Item;
import se.vp.format.Tree.Mapping;
import se.vp.format.Tree.Scalar;
import se.vp.format.Tree.Sequence;

/**
 * Writes a {@link Tree} in vp's one canonical form: block style with two spaces of indentation,
 * a list indented under its key, a list of mappings as "- key: value" with the other keys under
 * the first, one scalar per line, LF line ends, and blank lines only before comment blocks that
 * had one. An empty list or mapping has no block form and is written [] or {}.
 */
final class CanonicalWriter {

  private static final int INDENT = 2;

  private final StringBuilder out = new StringBuilder();

  /**
   * The dashes of items whose first line is not written yet: "- " for an item, "- - " for the
   * first item of a list inside a list. They go in front of that line.
   */
  private String dashes = "";
  private int dashColumn;

  private CanonicalWriter() {}

  static String write(Document document) {
    CanonicalWriter writer = new CanonicalWriter();
    writer.comments(document.header(), 0);
    Tree root = document.root();
    if (root instanceof Mapping m && !m.entries().isEmpty()) {
      writer.mapping(m, 0);
    } else if (root instanceof Sequence s && !s.items().isEmpty()) {
      writer.sequence(s, 0);
    } else {
      writer.line(0, value(root) + inline(document.inline()));
    }
    writer.comments(document.end(), 0);
    return writer.out.toString();
  }

  private void mapping(Mapping mapping, int indent) {
    mapping.entries().forEach(entry -> entry(entry, indent));
    comments(mapping.trailing(), indent);
  }

  private void sequence(Sequence sequence, int indent) {
    sequence.items().forEach(item -> item(item, indent));
    comments(sequence.trailing(), indent);
  }

  private void entry(Entry entry, int indent) {
    comments(entry.before(), indent);
    String key = (entry.key().value().isEmpty() ? "\"\"" : Scalars.write(entry.key())) + ":";
    String comment = inline(entry.inline());
    if (entry.value() instanceof Mapping m && !m.entries().isEmpty()) {
      line(indent, key + comment);
      mapping(m, indent + INDENT);
    } else if (entry.value() instanceof Sequence s && !s.items().isEmpty()) {
      line(indent, key + comment);
      sequence(s, indent + INDENT);
    } else {
      String value = value(entry.value());
      line(indent, (value.isEmpty() ? key : key + " " + value) + comment);
    }
  }

  private void item(Item item, int indent) {
    comments(item.before(), indent);
    if (item.value() instanceof Mapping m && !m.entries().isEmpty()) {
      dash(indent);
      mapping(m, indent + INDENT);
    } else if (item.value() instanceof Sequence s && !s.items().isEmpty()) {
      dash(indent);
      sequence(s, indent + INDENT);
    } else {
      String value = value(item.value());
      line(indent, (value.isEmpty() ? "-" : "- " + value) + inline(item.inline()));
    }
  }

  /** A scalar, or an empty collection; a plain empty value (null) is written as nothing. */
  private static String value(Tree tree) {
    if (tree instanceof Scalar s) {
      return s.plain() && s.value().isEmpty() ? "" : Scalars.write(s);
    }
    return tree instanceof Mapping ? "{}" : "[]";
  }

  private static String inline(List<String> comments) {
    StringBuilder text = new StringBuilder();
    comments.forEach(c -> text.append(" #").append(c));
    return text.toString();
  }

  private void comments(List<Comment> comments, int indent) {
    for (Comment comment : comments) {
      if (comment.blankBefore() && out.length() > 0) {
        out.append('\n');
      }
      // Comments above an item whose dash is not written yet stand where the dash will.
      int column = dashes.isEmpty() ? indent : dashColumn;
      out.append(" ".repeat(column)).append('#').append(comment.text()).append('\n');
    }
  }

  private void dash(int indent) {
    if (dashes.isEmpty()) {
      dashColumn = indent;
    }
    dashes += "- ";
  }

  private void line(int indent, String text) {
    if (dashes.isEmpty()) {
      out.append(" ".repeat(indent));
    } else {
      out.append(" ".repeat(dashColumn)).append(dashes);
      dashes = "";
    }
    out.append(text).append('\n');
  }
}
