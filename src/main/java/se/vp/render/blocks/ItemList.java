package se.vp.render.blocks;

import java.util.List;

/** A ul or an ol: its items, each with its text and the lists nested in it. */
public record ItemList(boolean ordered, List<String> classes, List<Item> items) implements Block {

  /** An li: its text (a paragraph within it counts as text) and then its nested lists. */
  public record Item(List<String> classes, List<Run> runs, List<ItemList> lists) {
    public Item {
      classes = List.copyOf(classes);
      runs = List.copyOf(runs);
      lists = List.copyOf(lists);
    }
  }

  public ItemList {
    classes = List.copyOf(classes);
    items = List.copyOf(items);
  }
}
