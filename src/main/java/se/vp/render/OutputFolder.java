package se.vp.render;

import se.vp.diagnostic.VpException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;

/**
 * output/ as a render sees it: locked for one render at a time, written aside into a staging
 * folder inside it, and changed only when everything is ready, by renames on the same disk. A
 * render that fails at any point before {@link #commit} leaves output/ as it was.
 */
final class OutputFolder implements AutoCloseable {

  static final String LOCK = ".vp-lås";
  private static final String STAGING_PREFIX = ".vp-ny-";

  /** Renames a file or folder; a test may make it fail. */
  interface Mover {
    void move(Path from, Path to) throws IOException;
  }

  static final Mover RENAME = (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);

  private final Path folder;
  private final String display;
  private final Mover mover;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Path staging;
  private final List<String> staged = new ArrayList<>();
  private final java.util.Set<String> removed = new java.util.TreeSet<>();
  private boolean committed;

  private OutputFolder(Path folder, String display, Mover mover, FileChannel lockChannel, FileLock lock, Path staging) {
    this.folder = folder;
    this.display = display;
    this.mover = mover;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.staging = staging;
  }

  static OutputFolder open(Path folder, String display) throws VpException {
    return open(folder, display, RENAME);
  }

  static OutputFolder open(Path folder, String display, Mover mover) throws VpException {
    FileChannel channel = null;
    try {
      Files.createDirectories(folder);
      // Never through a link, whatever was checked before: the lock is the one file opened in place.
      channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          LinkOption.NOFOLLOW_LINKS);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw failure(Code.VP305, display, "en annan vp:render skriver redan till " + display + "/",
            Optional.of("vänta tills den är klar och kör igen"), null);
      }
      removeStaleStaging(folder);
      Path staging = Files.createTempDirectory(folder, STAGING_PREFIX);
      return new OutputFolder(folder, display, mover, channel, lock, staging);
    } catch (IOException e) {
      closeQuietly(channel);
      throw failure(Code.VP304, display, display + "/ kan inte skrivas: " + e.getMessage(),
          Optional.of("kontrollera att mappen finns och är skrivbar"), e);
    }
  }

  /**
   * Writes a file aside, where it stays until {@link #commit} moves it in as it is; {@code name} may
   * hold folders, as "förhandsvisning/bildspel-1.png".
   */
  synchronized Path write(String name, byte[] bytes) throws VpException {
    try {
      Path file = staging.resolve(name);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      staged.add(name);
      return file;
    } catch (IOException e) {
      throw failure(Code.VP304, display, name + " kan inte skrivas: " + e.getMessage(), Optional.empty(), e);
    }
  }

  /** Takes a file or folder out of output/ at {@link #commit}, with the same undo as a replaced one. */
  synchronized void remove(String name) {
    removed.add(name);
  }

  /**
   * Moves everything written into output/: first the earlier files of the same names, and those
   * to remove, aside, then the new ones in. A folder of files (the previews) replaces the old
   * folder whole, so no page of an earlier, longer render is left behind. If a rename fails, the
   * ones done are undone.
   */
  synchronized List<Path> commit() throws VpException {
    List<String> names = staged.stream().map(n -> n.contains("/") ? n.substring(0, n.indexOf('/')) : n)
        .distinct().sorted().toList();
    java.util.Set<String> aside = new java.util.TreeSet<>(names);
    aside.addAll(removed);
    Path earlier = staging.resolve(".förra");
    List<String> setAside = new ArrayList<>();
    List<String> movedIn = new ArrayList<>();
    try {
      Files.createDirectories(earlier);
      for (String name : aside) {
        if (Files.exists(folder.resolve(name))) {
          mover.move(folder.resolve(name), earlier.resolve(name));
          setAside.add(name);
        }
      }
      for (String name : names) {
        mover.move(staging.resolve(name), folder.resolve(name));
        movedIn.add(name);
      }
      committed = true;
      return names.stream().map(folder::resolve).toList();
    } catch (IOException e) {
      undo(movedIn, setAside, earlier);
      throw failure(Code.VP304, display, "handlingarna kan inte flyttas in i " + display + "/, som lämnas som den var",
          Optional.of("kontrollera att mappen är skrivbar och att disken har plats"), e);
    }
  }

  private void undo(List<String> movedIn, List<String> setAside, Path earlier) {
    for (String name : movedIn) {
      try {
        Files.move(folder.resolve(name), staging.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        // Keep undoing the rest; what cannot move back stays where it is.
      }
    }
    for (String name : setAside) {
      try {
        Files.move(earlier.resolve(name), folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        // As above.
      }
    }
  }

  @Override
  public void close() {
    try {
      deleteTree(staging);
    } catch (IOException e) {
      // Left behind, it is removed by the next render.
    }
    try {
      lock.release();
    } catch (IOException e) {
      // Released anyway when the channel closes.
    }
    closeQuietly(lockChannel);
  }

  boolean isCommitted() {
    return committed;
  }

  private static void removeStaleStaging(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)).toList()) {
        deleteTree(entry);
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // Nothing more to do.
      }
    }
  }

  private static VpException failure(Code code, String display, String message, Optional<String> hint, Exception cause) {
    return new VpException(new Diagnostic(Location.ofFile(display), Severity.FEL, code, message, hint), cause);
  }
}
