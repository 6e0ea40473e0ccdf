package se.vp.source;

import java.util.List;
import se.vp.diagnostic.Location;

/** A YAML sequence. */
public record YamlList(List<YamlNode> items, Location at) implements YamlNode {

  public YamlList {
    items = List.copyOf(items);
  }

  @Override
  public String kindWord() {
    return "en lista";
  }
}
