package se.vp.render.blocks;

import java.util.List;

/** A template's XHTML as blocks: its metadata and its body. */
public record BlockDocument(Metadata metadata, List<Block> blocks) {
  public BlockDocument {
    blocks = List.copyOf(blocks);
  }
}
