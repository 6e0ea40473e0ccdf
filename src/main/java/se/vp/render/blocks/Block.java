package se.vp.render.blocks;

import java.util.List;

/** A block of the document's body, in reading order. */
public sealed interface Block permits Paragraph, ItemList, Table, Division {

  /** The CSS classes of the element the block was read from, in the order written. */
  List<String> classes();
}
