package se.vp.source;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.vp.diagnostic.Diagnostics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a file against the JSON Schema of its kind. The validator sees a JSON tree made from the
 * YAML nodes; its findings are mapped back to the YAML lines by {@link SchemaMessages}.
 */
final class SchemaValidator {

  private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
  private final Map<FileKind, Schema> schemas = new EnumMap<>(FileKind.class);

  /** Reports every way the node breaks its schema; true if it holds. */
  boolean validate(FileKind kind, YamlNode root, Diagnostics out) {
    List<Error> errors = schema(kind).validate(toJson(root));
    SchemaMessages.report(errors, root, kind, this, out);
    return errors.isEmpty();
  }

  private synchronized Schema schema(FileKind kind) {
    return schemas.computeIfAbsent(kind,
        k -> registry.getSchema(SchemaLocation.of("classpath:" + k.schemaResource())));
  }

  /**
   * The other kinds of file whose top level has this key, for a key written in the wrong file; a
   * region's placering is a målsättning's file too, and is left out.
   */
  List<FileKind> otherKindsWithKey(String key, FileKind kind) {
    List<FileKind> kinds = new ArrayList<>();
    for (FileKind other : FileKind.values()) {
      if (other != kind && other != FileKind.PLACERING && fieldNames(schema(other).getSchemaNode()).contains(key)) {
        kinds.add(other);
      }
    }
    return kinds;
  }

  /** The schema object that holds the keyword at this location, for lists of allowed keys. */
  JsonNode schemaObjectOf(SchemaLocation keywordLocation) {
    JsonNode node = registry.getSchema(new SchemaLocation(keywordLocation.getAbsoluteIri())).getSchemaNode();
    NodePath fragment = keywordLocation.getFragment();
    for (int i = 0; i < fragment.getNameCount() - 1 && node != null; i++) {
      Object element = fragment.getElement(i);
      node = element instanceof Integer index ? node.get(index) : node.get(element.toString());
    }
    return node;
  }

  static JsonNode toJson(YamlNode node) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    if (node instanceof YamlMap map) {
      ObjectNode object = json.objectNode();
      map.entries().forEach(e -> object.set(e.key(), toJson(e.value())));
      return object;
    }
    if (node instanceof YamlList list) {
      ArrayNode array = json.arrayNode();
      list.items().forEach(item -> array.add(toJson(item)));
      return array;
    }
    YamlScalar scalar = (YamlScalar) node;
    return switch (scalar.type()) {
      case STRING -> json.stringNode(scalar.text());
      case INTEGER -> json.numberNode(new BigInteger(scalar.text().replace("+", "")));
      case DECIMAL -> json.numberNode(new BigDecimal(scalar.text().replace("+", "")));
      case BOOLEAN -> json.booleanNode(scalar.text().equalsIgnoreCase("true"));
      case NULL -> json.nullNode();
    };
  }

  /** The YAML node at a JSON Schema instance location, or the nearest existing ancestor. */
  static YamlNode nodeAt(YamlNode root, NodePath path) {
    YamlNode node = root;
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      Optional<YamlNode> next = Optional.empty();
      if (node instanceof YamlMap map) {
        next = map.get(element.toString());
      } else if (node instanceof YamlList list && element instanceof Integer index && index < list.items().size()) {
        next = Optional.of(list.items().get(index));
      }
      if (next.isEmpty()) {
        return node;
      }
      node = next.get();
    }
    return node;
  }

  /**
   * The values a property of this schema object may take, when its schema lists them; empty when
   * it does not. A property that refers to a definition ($ref) gives none.
   */
  static List<String> allowedValues(JsonNode object, String property) {
    List<String> values = new ArrayList<>();
    JsonNode properties = object == null ? null : object.get("properties");
    JsonNode schema = properties == null ? null : properties.get(property);
    if (schema != null && schema.get("enum") != null) {
      schema.get("enum").forEach(v -> values.add(v.asString()));
    }
    return values;
  }

  static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    if (object != null && object.get("properties") != null) {
      object.get("properties").propertyNames().forEach(names::add);
    }
    return names;
  }
}
