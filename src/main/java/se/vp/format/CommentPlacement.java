package se.vp.format;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import se.vp.format.Tree.Comment;

/**
 * Decides which block each full-line comment belongs to. SnakeYAML Engine hangs a comment on the
 * next node, so a comment that ends a nested block (an item commented out at the end of a list)
 * arrives on the key after the block. Its column tells where it was written: a comment indented
 * deeper than the key it hangs on ends the deepest preceding block it lines up with, and is
 * written there again, so it stays put when keys are reordered.
 */
final class CommentPlacement {

  /** The comments above a node that belong to it, where they differ from what the engine gave. */
  private final Map<Node, List<Comment>> own = new IdentityHashMap<>();
  private final Map<Node, List<Comment>> trailing = new IdentityHashMap<>();
  private final String[] lines;
  private final CommentLines commentLines;

  private CommentPlacement(String text, CommentLines commentLines) {
    this.lines = text.split("\n", -1);
    this.commentLines = commentLines;
  }

  /** Places the comments of {@code root}, composed from {@code text}. */
  static CommentPlacement of(Node root, String text, CommentLines commentLines) {
    CommentPlacement placement = new CommentPlacement(text, commentLines);
    List<Comment> after = new ArrayList<>(placement.visit(root));
    after.addAll(placement.comments(root.getEndComments()));
    placement.end(root, after);
    return placement;
  }

  /** The full-line comments above a node: the key of an entry, or what an item starts with. */
  List<Comment> own(Node holder) {
    return own.getOrDefault(holder, comments(holder.getBlockComments()));
  }

  /** The comments that end a block collection, after its last entry; at the root, the file. */
  List<Comment> trailing(Node collection) {
    return trailing.getOrDefault(collection, List.of());
  }

  /**
   * The node whose comments stand above an item. The engine hangs a comment before "- key: value"
   * on the key; for vp it belongs to the item and is written above the dash.
   */
  static Node leadingHolder(Node item) {
    if (item instanceof MappingNode map && isBlock(map) && !map.getValue().isEmpty()) {
      return map.getValue().get(0).getKeyNode();
    }
    if (item instanceof SequenceNode sequence && isBlock(sequence) && !sequence.getValue().isEmpty()) {
      return leadingHolder(sequence.getValue().get(0));
    }
    return item;
  }

  /** The engine's comment lines as comments, each with the column it was written at. */
  List<Comment> comments(List<CommentLine> lines) {
    List<Comment> comments = new ArrayList<>();
    boolean blank = false;
    for (CommentLine line : lines == null ? List.<CommentLine>of() : lines) {
      if (line.getCommentType() == CommentType.BLANK_LINE) {
        blank = true;
      } else {
        int row = line.getStartMark().map(m -> m.getLine()).orElse(0);
        int column = commentLines.column(row, line.getStartMark().map(m -> m.getColumn()).orElse(0));
        comments.add(new Comment(withoutTrailingSpaces(line.getValue()), blank, column, row));
        blank = false;
      }
    }
    return comments;
  }

  /** Only spaces and tabs go; any other character of a comment is kept as written. */
  static String withoutTrailingSpaces(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
      end--;
    }
    return text.substring(0, end);
  }

  static boolean isBlock(Node node) {
    return node instanceof CollectionNode<?> collection && collection.getFlowStyle() == FlowStyle.BLOCK;
  }

  /**
   * Places the comments inside a node, and returns those the engine hung inside it that stand
   * after it: it gives an empty list item ("-" alone) the comments on the lines below it. They
   * go before whatever comes next, or end the file.
   */
  private List<Comment> visit(Node node) {
    List<Comment> after = new ArrayList<>();
    if (node instanceof MappingNode map) {
      List<NodeTuple> tuples = map.getValue();
      for (int i = 0; i < tuples.size(); i++) {
        Node key = tuples.get(i).getKeyNode();
        place(key, after, i == 0 ? null : tuples.get(i - 1).getValueNode(), map, line(key));
        after = visitChild(tuples.get(i).getValueNode());
      }
    } else if (node instanceof SequenceNode sequence) {
      List<Node> items = sequence.getValue();
      for (int i = 0; i < items.size(); i++) {
        Node holder = leadingHolder(items.get(i));
        List<Comment> before = place(holder, after, i == 0 ? null : items.get(i - 1), sequence,
            dashLine(holder, column(sequence)));
        after = new ArrayList<>();
        if (holder == items.get(i) && isNull(holder)) {
          List<Comment> inside = new ArrayList<>();
          for (Comment comment : before) {
            (comment.line() > line(holder) ? after : inside).add(comment);
          }
          own.put(holder, List.copyOf(inside));
        }
        after.addAll(visitChild(items.get(i)));
      }
    }
    return after;
  }

  /** A value inside a collection; comments the engine gives its end come after it, too. */
  private List<Comment> visitChild(Node node) {
    List<Comment> after = new ArrayList<>(visit(node));
    after.addAll(comments(node.getEndComments()));
    return after;
  }

  /**
   * Sets the comments above {@code holder}: those carried from before it, then its own. In a
   * block, comments indented deeper than the block that stand above the item's first line end
   * the blocks of the previous entry; the rest belong to the holder. Returns the holder's.
   */
  private List<Comment> place(Node holder, List<Comment> carried, Node previous, Node block, int firstLine) {
    List<Comment> lines = new ArrayList<>(carried);
    // An item's first comments may already be placed by the list around it.
    lines.addAll(own(holder));
    int taken = 0;
    if (previous != null && isBlock(block)) {
      List<Node> chain = chain(previous);
      int deepest = chain.size() - 1;
      while (taken < lines.size() && lines.get(taken).column() > column(block) && lines.get(taken).line() < firstLine) {
        int target = target(chain, deepest, lines.get(taken).column());
        if (target < 0) {
          break;
        }
        trailing.computeIfAbsent(chain.get(target), k -> new ArrayList<>()).add(lines.get(taken));
        deepest = target;
        taken++;
      }
    }
    List<Comment> mine = List.copyOf(lines.subList(taken, lines.size()));
    own.put(holder, mine);
    return mine;
  }

  /** Comments after a collection's last entry: each ends the deepest block it lines up with. */
  private void end(Node root, List<Comment> comments) {
    List<Node> chain = chain(root);
    int deepest = chain.size() - 1;
    for (Comment comment : comments) {
      int target = chain.isEmpty() ? -1 : Math.max(0, target(chain, deepest, comment.column()));
      trailing.computeIfAbsent(target < 0 ? root : chain.get(target), k -> new ArrayList<>()).add(comment);
      deepest = Math.max(target, 0);
    }
  }

  private static int target(List<Node> chain, int deepest, int column) {
    for (int i = deepest; i >= 0; i--) {
      if (column(chain.get(i)) <= column) {
        return i;
      }
    }
    return -1;
  }

  /** A block collection, its last value if that is one, and so on down: the blocks that end together. */
  private static List<Node> chain(Node node) {
    List<Node> chain = new ArrayList<>();
    while (isBlock(node) && !((CollectionNode<?>) node).getValue().isEmpty()) {
      chain.add(node);
      node = node instanceof MappingNode map
          ? map.getValue().get(map.getValue().size() - 1).getValueNode()
          : ((SequenceNode) node).getValue().get(((SequenceNode) node).getValue().size() - 1);
    }
    return chain;
  }

  /**
   * The line of the dash that starts an item: the item's first line, or above it when the item
   * starts on the line after its dash ("-" alone, or "- # comment").
   */
  private int dashLine(Node holder, int column) {
    int line = Math.min(line(holder), lines.length - 1);
    while (line > 0 && (commentLines.isComment(line) || !isDash(lines[line], column))) {
      line--;
    }
    return line;
  }

  private static boolean isDash(String line, int column) {
    return line.length() > column && line.charAt(column) == '-'
        && (line.length() == column + 1 || line.charAt(column + 1) == ' ' || line.charAt(column + 1) == '\t');
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && scalar.getValue().isEmpty() && scalar.getScalarStyle() == ScalarStyle.PLAIN;
  }

  private static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine()).orElse(0);
  }

  /** Where a block's keys or dashes stand. */
  private static int column(Node node) {
    return node.getStartMark().map(m -> m.getColumn()).orElse(0);
  }
}
