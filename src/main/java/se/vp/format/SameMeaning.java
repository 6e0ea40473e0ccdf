package se.vp.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import se.vp.source.YamlScalar;

/**
 * What a file means to vp, to compare before and after formatting: mappings by key (their order
 * is what formatting changes), lists in order, scalars by text and by the type vp reads them as.
 */
final class SameMeaning {

  private record Value(String text, YamlScalar.Type type) {}

  private SameMeaning() {}

  static boolean of(Node before, Node after) {
    return meaning(before).equals(meaning(after));
  }

  private static Object meaning(Node node) {
    if (node instanceof MappingNode map) {
      Map<String, Object> entries = new HashMap<>();
      for (NodeTuple tuple : map.getValue()) {
        entries.put(TreeBuilder.composed(((ScalarNode) tuple.getKeyNode()).getValue()), meaning(tuple.getValueNode()));
      }
      return entries;
    }
    if (node instanceof SequenceNode sequence) {
      List<Object> items = new ArrayList<>();
      sequence.getValue().forEach(item -> items.add(meaning(item)));
      return items;
    }
    ScalarNode scalar = (ScalarNode) node;
    return new Value(scalar.getValue(), scalar.getScalarStyle() == ScalarStyle.PLAIN
        ? YamlScalar.resolvePlain(scalar.getValue())
        : YamlScalar.Type.STRING);
  }
}
