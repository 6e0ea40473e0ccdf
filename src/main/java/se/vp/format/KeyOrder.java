package se.vp.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.vp.source.FileKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The order of keys at one place in a file: the order of "properties" in the kind's JSON Schema,
 * the same schema editors complete keys from, so a formatted file lists its keys as the schema
 * documents them. References ("$ref") are followed into common.schema.json and into the
 * definitions of the same file; allOf, anyOf and oneOf contribute the keys of every branch.
 */
final class KeyOrder {

  static final KeyOrder NONE = new KeyOrder(List.of());

  /** A $ref chain longer than this is a cycle; the schemas of vp nest a few levels at most. */
  private static final int MAX_REFS = 32;

  private static final Map<String, JsonNode> SCHEMAS = new ConcurrentHashMap<>();

  /** A schema object and the resource it was read from, against which its "$ref"s resolve. */
  private record Place(String resource, JsonNode schema) {}

  private final List<Place> places;
  private final Map<String, Integer> ranks = new LinkedHashMap<>();

  private KeyOrder(List<Place> places) {
    this.places = List.copyOf(places);
    for (Place place : places) {
      JsonNode properties = place.schema().get("properties");
      if (properties != null && properties.isObject()) {
        properties.propertyNames().forEach(name -> ranks.putIfAbsent(name, ranks.size()));
      }
    }
  }

  static KeyOrder of(FileKind kind) {
    String resource = kind.schemaResource();
    return new KeyOrder(resolve(new Place(resource, schema(resource)), 0));
  }

  /** Where the schema puts a key: its position among the known keys, unknown keys after them. */
  int rank(String key) {
    return ranks.getOrDefault(key, Integer.MAX_VALUE);
  }

  /** The order inside the value of a key of this mapping. */
  KeyOrder property(String key) {
    List<Place> found = new ArrayList<>();
    for (Place place : places) {
      JsonNode properties = place.schema().get("properties");
      JsonNode additional = place.schema().get("additionalProperties");
      if (properties != null && properties.has(key)) {
        found.addAll(resolve(new Place(place.resource(), properties.get(key)), 0));
      } else if (additional != null && additional.isObject()) {
        found.addAll(resolve(new Place(place.resource(), additional), 0));
      }
    }
    return found.isEmpty() ? NONE : new KeyOrder(found);
  }

  /** The order inside the items of this list. */
  KeyOrder items() {
    List<Place> found = new ArrayList<>();
    for (Place place : places) {
      JsonNode items = place.schema().get("items");
      if (items != null && items.isObject()) {
        found.addAll(resolve(new Place(place.resource(), items), 0));
      }
    }
    return found.isEmpty() ? NONE : new KeyOrder(found);
  }

  private static List<Place> resolve(Place place, int depth) {
    if (depth > MAX_REFS || !place.schema().isObject()) {
      return List.of();
    }
    List<Place> places = new ArrayList<>();
    JsonNode ref = place.schema().get("$ref");
    if (ref != null && ref.isString()) {
      places.addAll(resolve(target(place.resource(), ref.asString()), depth + 1));
    }
    places.add(place);
    for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
      JsonNode branches = place.schema().get(combinator);
      if (branches != null && branches.isArray()) {
        branches.forEach(branch -> places.addAll(resolve(new Place(place.resource(), branch), depth + 1)));
      }
    }
    return places;
  }

  /** "common.schema.json#/definitions/text" or "#/definitions/post", seen from a resource. */
  private static Place target(String from, String ref) {
    int hash = ref.indexOf('#');
    String file = hash < 0 ? ref : ref.substring(0, hash);
    String pointer = hash < 0 ? "" : ref.substring(hash + 1);
    String resource = file.isEmpty() ? from : from.substring(0, from.lastIndexOf('/') + 1) + file;
    return new Place(resource, schema(resource).at(pointer));
  }

  private static JsonNode schema(String resource) {
    return SCHEMAS.computeIfAbsent(resource, KeyOrder::read);
  }

  private static JsonNode read(String resource) {
    try (InputStream in = KeyOrder.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the schema " + resource + " is not on the classpath");
      }
      return JsonMapper.shared().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
