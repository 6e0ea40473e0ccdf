package se.vp.format;

import java.util.List;

/**
 * A file as vp writes it back: the values in canonical key order, each comment with what it
 * belongs to. Comments are kept as text after the '#'; a full-line comment remembers whether a
 * blank line stood before it, the one blank line the canonical form keeps.
 */
sealed interface Tree permits Tree.Scalar, Tree.Mapping, Tree.Sequence {

  /** A scalar's value as the parser gives it, and whether it was written plain (which decides its type). */
  record Scalar(String value, boolean plain) implements Tree {}

  record Mapping(List<Entry> entries, List<Comment> trailing) implements Tree {
    public Mapping {
      entries = List.copyOf(entries);
      trailing = List.copyOf(trailing);
    }
  }

  record Sequence(List<Item> items, List<Comment> trailing) implements Tree {
    public Sequence {
      items = List.copyOf(items);
      trailing = List.copyOf(trailing);
    }
  }

  /** A key and its value, with the full-line comments above it and the comments ending its line. */
  record Entry(Scalar key, Tree value, List<Comment> before, List<String> inline) {
    public Entry {
      before = List.copyOf(before);
      inline = List.copyOf(inline);
    }
  }

  record Item(Tree value, List<Comment> before, List<String> inline) {
    public Item {
      before = List.copyOf(before);
      inline = List.copyOf(inline);
    }
  }

  /**
   * A full-line comment; the line (from 0) and column where it stood decide which block it ends,
   * see CommentPlacement.
   */
  record Comment(String text, boolean blankBefore, int column, int line) {}

  /** The whole file: comments at the top, the root value, the comments that end the file. */
  record Document(List<Comment> header, Tree root, List<String> inline, List<Comment> end) {
    public Document {
      header = List.copyOf(header);
      inline = List.copyOf(inline);
      end = List.copyOf(end);
    }
  }

  static boolean isEmptyCollection(Tree tree) {
    return tree instanceof Mapping m && m.entries().isEmpty() || tree instanceof Sequence s && s.items().isEmpty();
  }
}
