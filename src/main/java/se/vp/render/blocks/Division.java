package se.vp.render.blocks;

import java.util.List;

/** A div, section, blockquote or an li outside a list: blocks grouped, perhaps to be left out together. */
public record Division(List<String> classes, List<Block> blocks) implements Block {
  public Division {
    classes = List.copyOf(classes);
    blocks = List.copyOf(blocks);
  }
}
