package se.vp.source;

import java.util.List;
import java.util.Optional;
import se.vp.diagnostic.Location;

/** A YAML mapping in the order it was written; keys are unique (the reader refuses duplicates). */
public record YamlMap(List<Entry> entries, Location at) implements YamlNode {

  public record Entry(String key, Location keyAt, YamlNode value) {}

  public YamlMap {
    entries = List.copyOf(entries);
  }

  public Optional<YamlNode> get(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).map(Entry::value).findFirst();
  }

  public Optional<Entry> entry(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  @Override
  public String kindWord() {
    return "en mappning";
  }
}
