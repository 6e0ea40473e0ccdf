package se.vp.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.vp.diagnostic.Location;

/**
 * A YAML mapping in the order it was written; keys are unique (the reader refuses duplicates).
 * Keys are also indexed, so that a file of 60 000 keys is not searched once for each of them.
 */
public record YamlMap(List<Entry> entries, Location at, Map<String, Entry> byKey) implements YamlNode {

  public record Entry(String key, Location keyAt, YamlNode value) {}

  public YamlMap {
    entries = List.copyOf(entries);
    byKey = Map.copyOf(byKey);
  }

  public YamlMap(List<Entry> entries, Location at) {
    this(entries, at, index(entries));
  }

  private static Map<String, Entry> index(List<Entry> entries) {
    Map<String, Entry> byKey = new HashMap<>();
    entries.forEach(e -> byKey.putIfAbsent(e.key(), e));
    return byKey;
  }

  public Optional<YamlNode> get(String key) {
    return entry(key).map(Entry::value);
  }

  public Optional<Entry> entry(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  @Override
  public String kindWord() {
    return "en mappning";
  }
}
