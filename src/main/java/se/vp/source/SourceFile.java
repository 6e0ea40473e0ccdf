package se.vp.source;

import java.util.Optional;

/**
 * A file of plan-source that vp reads: its entry in the tree, its path as findings name it
 * ("plan-source/uppdrag/nr-27.yaml"), its kind and id, and in a region the nämnd it belongs to
 * (none for the council's files in fullmaktige/, which are {@code shared} by every nämnd).
 */
public record SourceFile(SourceTree.Entry entry, String file, FileKind kind, String id, Optional<String> namnd,
    boolean shared) {

  public String path() {
    return entry.path();
  }
}
