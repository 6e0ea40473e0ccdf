package se.vp.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import se.vp.diagnostic.Code;
import se.vp.format.Tree.Comment;
import se.vp.format.Tree.Document;
import se.vp.format.Tree.Entry;
import se.vp.format.Tree.Item;
import se.vp.format.Tree.Mapping;
import se.vp.format.Tree.Scalar;
import se.vp.format.Tree.Sequence;

/** Builds the {@link Tree} of a composed file: keys in the schema's order, comments where they belong. */
final class TreeBuilder {

  /** An implicit key longer than this cannot be written on one line (YAML 1.2, 7.4.2). */
  private static final int MAX_KEY_LENGTH = 1024;

  private final CommentPlacement placement;

  private TreeBuilder(CommentPlacement placement) {
    this.placement = placement;
  }

  static Document build(Node root, String text, CommentLines comments, KeyOrder order) throws FormatException {
    TreeBuilder builder = new TreeBuilder(CommentPlacement.of(root, text, comments));
    List<Comment> header = new ArrayList<>();
    Tree tree;
    if (root instanceof MappingNode map && CommentPlacement.isBlock(map) && !map.getValue().isEmpty()) {
      // The comments above the first key stay at the top of the file whatever key comes first.
      header.addAll(builder.placement.own(map.getValue().get(0).getKeyNode()));
      tree = builder.mapping(map, order, true);
    } else if (root instanceof SequenceNode sequence && CommentPlacement.isBlock(sequence) && !sequence.getValue().isEmpty()) {
      header.addAll(builder.placement.own(CommentPlacement.leadingHolder(sequence)));
      tree = builder.sequence(sequence, order, true);
    } else {
      header.addAll(builder.placement.comments(root.getBlockComments()));
      tree = builder.value(root, order);
    }
    boolean block = CommentPlacement.isBlock(root);
    List<String> inline = block ? List.of() : builder.inline(root.getInLineComments());
    return new Document(header, tree, inline, block ? List.of() : builder.placement.trailing(root));
  }

  private Tree value(Node node, KeyOrder order) throws FormatException {
    if (node instanceof MappingNode map) {
      return mapping(map, order, false);
    }
    if (node instanceof SequenceNode sequence) {
      return sequence(sequence, order, false);
    }
    ScalarNode scalar = (ScalarNode) node;
    return new Scalar(scalar.getValue(), scalar.getScalarStyle() == ScalarStyle.PLAIN);
  }

  /**
   * A mapping; when {@code firstTaken} its first key's comments were already placed above the
   * item or file it starts.
   */
  private Mapping mapping(MappingNode map, KeyOrder order, boolean firstTaken) throws FormatException {
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> lines = new HashMap<>();
    for (NodeTuple tuple : map.getValue()) {
      Scalar key = key(tuple.getKeyNode(), lines);
      Node valueNode = tuple.getValueNode();
      List<Comment> before = new ArrayList<>(firstTaken && entries.isEmpty() ? List.of() : placement.own(tuple.getKeyNode()));
      // A comment between a key and a value on the next line is written above the key.
      before.addAll(placement.comments(valueNode.getBlockComments()));
      List<String> inline = new ArrayList<>(inline(tuple.getKeyNode().getInLineComments()));
      inline.addAll(inline(valueNode.getInLineComments()));
      entries.add(new Entry(key, value(valueNode, order.property(key.value())), before, inline));
    }
    entries.sort(Comparator.comparingInt(e -> order.rank(e.key().value())));
    return new Mapping(entries, trailing(map));
  }

  private Sequence sequence(SequenceNode sequence, KeyOrder order, boolean firstTaken) throws FormatException {
    List<Item> items = new ArrayList<>();
    KeyOrder itemOrder = order.items();
    for (Node node : sequence.getValue()) {
      boolean first = items.isEmpty();
      Node holder = CommentPlacement.leadingHolder(node);
      List<Comment> before = new ArrayList<>(firstTaken && first ? List.of() : placement.own(holder));
      List<String> inline = inline(node.getInLineComments());
      Tree value;
      if (holder != node) {
        value = node instanceof MappingNode map ? mapping(map, itemOrder, true) : sequence((SequenceNode) node, itemOrder, true);
      } else {
        value = value(node, itemOrder);
      }
      if (!(value instanceof Scalar) && !Tree.isEmptyCollection(value) && !inline.isEmpty()) {
        // A flow collection's end-of-line comment has no line of its own once written as a
        // block; it goes above the item instead.
        inline.forEach(text -> before.add(new Comment(text, false, 0, 0)));
        inline = List.of();
      }
      items.add(new Item(value, before, inline));
    }
    return new Sequence(items, trailing(sequence));
  }

  private List<Comment> trailing(Node collection) {
    return CommentPlacement.isBlock(collection) ? placement.trailing(collection) : List.of();
  }

  private static Scalar key(Node node, Map<String, Integer> lines) throws FormatException {
    if (!(node instanceof ScalarNode scalar)) {
      throw SourceGuard.refusal(Code.VP013, node.getStartMark(),
          "en nyckel måste vara en text, inte en lista eller mappning", null);
    }
    String key = scalar.getValue();
    int line = node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    Integer first = lines.putIfAbsent(key, line);
    if (first != null) {
      throw SourceGuard.refusal(Code.VP011, node.getStartMark(),
          "nyckeln '" + key + "' finns redan på rad " + first, "ta bort den ena eller slå ihop dem");
    }
    if (key.length() > MAX_KEY_LENGTH) {
      throw SourceGuard.refusal(Code.VP101, node.getStartMark(),
          "okänd nyckel på mer än " + MAX_KEY_LENGTH + " tecken", null);
    }
    return new Scalar(key, scalar.getScalarStyle() == ScalarStyle.PLAIN);
  }

  private List<String> inline(List<CommentLine> lines) {
    return placement.comments(lines).stream().map(Comment::text).toList();
  }
}
