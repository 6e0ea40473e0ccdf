package se.vp.renumber;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.vp.source.SourceTree;

/**
 * The files of plan-source as a renumbering would leave them, before anything is written: read by
 * the loader and the checks like the folder itself ({@link #tree}), so the plan it gives is
 * checked whole first; then written all or nothing ({@link #write}).
 */
final class PlannedFiles {

  /** A file's new text, and its new path (relative to plan-source, with '/') when it is renamed. */
  record Planned(String path, String text, Optional<String> renamedTo) {
    String target() {
      return renamedTo.orElse(path);
    }
  }

  private final SourceTree original;
  private final Map<String, Planned> byPath;

  PlannedFiles(SourceTree original, Map<String, Planned> byPath) {
    this.original = original;
    this.byPath = Map.copyOf(byPath);
  }

  /** plan-source as it would be. */
  SourceTree tree() {
    return new SourceTree() {
      @Override
      public String display() {
        return original.display();
      }

      @Override
      public List<Entry> entries() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (Entry entry : original.entries()) {
          Planned planned = byPath.get(entry.path());
          if (planned == null) {
            entries.add(entry);
          } else {
            byte[] bytes = planned.text().getBytes(StandardCharsets.UTF_8);
            entries.add(new Entry(planned.target(), false, bytes.length, () -> bytes.clone()));
          }
        }
        entries.sort(Comparator.comparing(Entry::path));
        return entries;
      }
    };
  }

  /**
   * Writes every planned file into {@code planSource}. Each new text goes first into a file of its
   * own beside its target, so that a full disk stops the run before a plan file is touched; then
   * each is moved into place. A move that fails puts back what was moved before it. No link is
   * written through: a file, or a folder on its way, that is a link stops the run before any move.
   */
  void write(Path planSource) throws IOException {
    Path root = planSource.toAbsolutePath().normalize();
    List<Planned> planned = byPath.values().stream().sorted(Comparator.comparing(Planned::path)).toList();
    for (Planned file : planned) {
      notThroughALink(root, file.path());
      notThroughALink(root, file.target());
      if (file.renamedTo().isPresent() && Files.exists(root.resolve(file.target()), LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(file.target());
      }
    }
    List<Path> temporary = new ArrayList<>();
    List<byte[]> originals = new ArrayList<>();
    try {
      for (Planned file : planned) {
        Path path = root.resolve(file.path());
        originals.add(Files.readAllBytes(path));
        Path written = Files.createTempFile(path.getParent(), "." + path.getFileName() + ".", ".vp-renumber");
        temporary.add(written);
        Files.writeString(written, file.text(), StandardCharsets.UTF_8);
        if (Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
          Files.setPosixFilePermissions(written, Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
        }
      }
      int moved = 0;
      try {
        for (; moved < planned.size(); moved++) {
          Planned file = planned.get(moved);
          move(temporary.get(moved), root.resolve(file.target()), file.renamedTo().isEmpty());
          if (file.renamedTo().isPresent()) {
            Files.delete(root.resolve(file.path()));
          }
        }
      } catch (IOException e) {
        undo(root, planned.subList(0, moved + 1), originals);
        throw e;
      }
    } finally {
      for (Path file : temporary) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static void move(Path from, Path to, boolean replace) throws IOException {
    if (!replace) {
      // A rename must not take the place of a file that came since the check: no ATOMIC_MOVE, which replaces.
      Files.move(from, to);
      return;
    }
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Puts back the files as they were, as far as it can; the first failure stays the one reported. */
  private static void undo(Path root, List<Planned> done, List<byte[]> originals) {
    for (int i = 0; i < done.size(); i++) {
      Planned file = done.get(i);
      try {
        Files.write(root.resolve(file.path()), originals.get(i));
        if (file.renamedTo().isPresent()) {
          Files.deleteIfExists(root.resolve(file.target()));
        }
      } catch (IOException ignored) {
        // The reported failure says the run stopped; what could not be put back is in git.
      }
    }
  }

  private static void notThroughALink(Path root, String relative) throws IOException {
    Path path = root;
    for (String part : relative.split("/")) {
      path = path.resolve(part);
      if (!path.normalize().startsWith(root) || Files.isSymbolicLink(path)) {
        throw new IOException(relative + " är en symbolisk länk eller ligger utanför plan-source");
      }
    }
  }
}
