package se.vp.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.VpException;
import se.vp.format.Tree.Document;
import se.vp.format.Tree.Entry;
import se.vp.format.Tree.Mapping;
import se.vp.format.Tree.Scalar;
import se.vp.source.FileKind;
import se.vp.source.PlanSource;

/**
 * Gives an item of one file a förslag, {@code förslag: {typ: ändra, år: 2026}}, written as vp:fmt
 * writes the file: canonical form, comments kept. A förslag already there keeps its other keys
 * (lydelse) and its comments; only its typ and år are set. The result is read back and must mean
 * what the file meant with only that förslag set.
 */
public final class ForslagWriter {

  private static final String FORSLAG = "förslag";

  private ForslagWriter() {}

  /**
   * {@code text}, a file of the given kind named {@code file} in findings, with the mapping at the
   * keys {@code under} (none: the file's top; "mål": a fokusområde's mål) given the förslag.
   */
  public static String withForslag(String text, FileKind kind, String file, List<String> under, String typ, int ar)
      throws VpException {
    String source = text.replace("\r\n", "\n").replace('\r', '\n');
    source = source.startsWith("\uFEFF") ? source.substring(1) : source;
    Diagnostics refusals = new Diagnostics();
    if (PlanSource.yaml(source, file, refusals).isEmpty()) {
      Diagnostic refused = refusals.sorted().stream().filter(d -> d.severity() == Severity.FEL).findFirst()
          .orElseThrow();
      throw new VpException(new Diagnostic(refused.location(), Severity.FEL, refused.code(),
          refused.message() + "; förslaget skrivs inte", refused.hint()), null);
    }
    CommentLines comments = CommentLines.of(source, CommentMarks.of(source, file));
    String read = source;
    Optional<Node> composed = Optional.empty();
    for (String reading : comments.readings()) {
      composed = compose(reading);
      if (composed.isPresent()) {
        read = reading;
        break;
      }
    }
    Node root = composed.orElseThrow(() -> CommentMarks.unreadableComments(file, null));
    KeyOrder order = KeyOrder.of(kind);
    Document document = TreeBuilder.build(root, read, comments, order, file);
    if (!(document.root() instanceof Mapping top)) {
      throw refused(file, "filen är ingen mappning");
    }
    Mapping changed = set(top, under, order, typ, ar, file);
    String written = CanonicalWriter.write(new Document(document.header(), changed, document.inline(), document.end()));
    Node reread = compose(written)
        .orElseThrow(() -> new IllegalStateException("vp wrote YAML it cannot read back:\n" + written));
    if (!forslagIs(reread, under, typ, ar)
        || !SameMeaning.of(withoutSetKeys(root, under), withoutSetKeys(reread, under))) {
      throw new IllegalStateException("writing a förslag changed more than the förslag:\n" + written);
    }
    return written;
  }

  /** The mapping with the förslag set at {@code under}, its keys in the schema's order. */
  private static Mapping set(Mapping mapping, List<String> under, KeyOrder order, String typ, int ar, String file)
      throws VpException {
    List<Entry> entries = new ArrayList<>(mapping.entries());
    if (!under.isEmpty()) {
      String key = under.get(0);
      int at = indexOf(entries, key);
      if (at < 0 || !(entries.get(at).value() instanceof Mapping inner)) {
        throw refused(file, "'" + key + "' är ingen mappning");
      }
      Entry entry = entries.get(at);
      Mapping changed = set(inner, under.subList(1, under.size()), order.property(key), typ, ar, file);
      entries.set(at, new Entry(entry.key(), changed, entry.before(), entry.inline()));
      return new Mapping(entries, mapping.trailing());
    }
    int at = indexOf(entries, FORSLAG);
    if (at < 0) {
      entries.add(new Entry(new Scalar(FORSLAG, true), forslag(new Mapping(List.of(), List.of()), typ, ar, order),
          List.of(), List.of()));
    } else {
      Entry entry = entries.get(at);
      Mapping old = entry.value() instanceof Mapping m ? m : new Mapping(List.of(), List.of());
      entries.set(at, new Entry(entry.key(), forslag(old, typ, ar, order), entry.before(), entry.inline()));
    }
    entries.sort(Comparator.comparingInt(e -> order.rank(e.key().value())));
    return new Mapping(entries, mapping.trailing());
  }

  private static Mapping forslag(Mapping old, String typ, int ar, KeyOrder order) {
    List<Entry> entries = new ArrayList<>(old.entries());
    put(entries, "typ", new Scalar(typ, true));
    put(entries, "år", new Scalar(String.valueOf(ar), true));
    KeyOrder inner = order.property(FORSLAG);
    entries.sort(Comparator.comparingInt(e -> inner.rank(e.key().value())));
    return new Mapping(entries, old.trailing());
  }

  private static void put(List<Entry> entries, String key, Scalar value) {
    int at = indexOf(entries, key);
    if (at < 0) {
      entries.add(new Entry(new Scalar(key, true), value, List.of(), List.of()));
    } else {
      Entry entry = entries.get(at);
      entries.set(at, new Entry(entry.key(), value, entry.before(), entry.inline()));
    }
  }

  private static int indexOf(List<Entry> entries, String key) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).key().value().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the förslag at {@code under} has the typ and år asked for, år read as a number. */
  private static boolean forslagIs(Node root, List<String> under, String typ, int ar) {
    Optional<MappingNode> forslag = mapping(root, under).flatMap(m -> value(m, FORSLAG))
        .filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
    return forslag.flatMap(f -> value(f, "typ")).filter(ScalarNode.class::isInstance)
        .map(n -> ((ScalarNode) n).getValue().equals(typ)).orElse(false)
        && forslag.flatMap(f -> value(f, "år")).filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
        .map(n -> n.getValue().equals(String.valueOf(ar)) && n.getScalarStyle() == ScalarStyle.PLAIN).orElse(false);
  }

  /**
   * The file with what writing may change taken out: the förslag's typ and år, and the förslag
   * itself when nothing else is left in it. The node is changed in place; each is composed for
   * this comparison alone.
   */
  private static Node withoutSetKeys(Node root, List<String> under) {
    mapping(root, under).ifPresent(m -> value(m, FORSLAG).filter(MappingNode.class::isInstance).ifPresent(f -> {
      MappingNode forslag = (MappingNode) f;
      forslag.getValue().removeIf(t -> key(t).equals("typ") || key(t).equals("år"));
      if (forslag.getValue().isEmpty()) {
        m.getValue().removeIf(t -> key(t).equals(FORSLAG));
      }
    }));
    return root;
  }

  private static Optional<MappingNode> mapping(Node node, List<String> under) {
    Optional<Node> at = Optional.of(node);
    for (String key : under) {
      at = at.filter(MappingNode.class::isInstance).flatMap(m -> value((MappingNode) m, key));
    }
    return at.filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
  }

  private static Optional<Node> value(MappingNode map, String key) {
    return map.getValue().stream().filter(t -> key(t).equals(key)).map(NodeTuple::getValueNode).findFirst();
  }

  private static String key(NodeTuple tuple) {
    return tuple.getKeyNode() instanceof ScalarNode s ? TreeBuilder.composed(s.getValue()) : "";
  }

  private static VpException refused(String file, String why) {
    return VpException.of(Code.VP021, Location.ofFile(file), why + "; förslaget skrivs inte", Optional.empty(), null);
  }

  private static Optional<Node> compose(String text) {
    try {
      return new Compose(CommentMarks.settings()).composeString(text);
    } catch (YamlEngineException | ClassCastException e) {
      return Optional.empty();
    }
  }
}
