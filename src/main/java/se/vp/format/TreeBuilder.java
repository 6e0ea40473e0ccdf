package se.vp.format;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.VpException;
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
  private final String file;

  private TreeBuilder(CommentPlacement placement, String file) {
    this.placement = placement;
    this.file = file;
  }

  static Document build(Node root, String text, CommentLines comments, KeyOrder order, String file) throws VpException {
    TreeBuilder builder = new TreeBuilder(CommentPlacement.of(root, text, comments), file);
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

  private Tree value(Node node, KeyOrder order) throws VpException {
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
  private Mapping mapping(MappingNode map, KeyOrder order, boolean firstTaken) throws VpException {
    List<Entry> entries = new ArrayList<>();
    for (NodeTuple tuple : map.getValue()) {
      Scalar key = key(tuple.getKeyNode());
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

  private Sequence sequence(SequenceNode sequence, KeyOrder order, boolean firstTaken) throws VpException {
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

  /** A key; plan-source's reader has made sure it is a text, and given once. */
  private Scalar key(Node node) throws VpException {
    ScalarNode scalar = (ScalarNode) node;
    String key = composed(scalar.getValue());
    if (key.length() > MAX_KEY_LENGTH) {
      Location at = node.getStartMark().map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1))
          .orElse(Location.ofFile(file));
      throw VpException.of(Code.VP101, at, "okänd nyckel på mer än " + MAX_KEY_LENGTH + " tecken"
          + YamlFormatter.LEFT_AS_IS, Optional.empty(), null);
    }
    return new Scalar(key, scalar.getScalarStyle() == ScalarStyle.PLAIN);
  }

  /** A key as vp matches it: composed (NFC), so "å" typed as "a" and a combining ring is written "å". */
  static String composed(String key) {
    return Normalizer.normalize(key, Normalizer.Form.NFC);
  }

  private List<String> inline(List<CommentLine> lines) {
    return placement.comments(lines).stream().map(Comment::text).toList();
  }
}
