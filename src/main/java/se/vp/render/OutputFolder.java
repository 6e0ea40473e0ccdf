package se.vp.render;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
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

  private static final String LOCK = ".vp-lås";
  private static final String STAGING_PREFIX = ".vp-ny-";

  private final Path folder;
  private final String display;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Path staging;
  private final List<String> staged = new ArrayList<>();
  private boolean committed;

  private OutputFolder(Path folder, String display, FileChannel lockChannel, FileLock lock, Path staging) {
    this.folder = folder;
    this.display = display;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.staging = staging;
  }

  static OutputFolder open(Path folder, String display) throws RenderException {
    FileChannel channel = null;
    try {
      Files.createDirectories(folder);
      channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
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
      return new OutputFolder(folder, display, channel, lock, staging);
    } catch (IOException e) {
      closeQuietly(channel);
      throw failure(Code.VP304, display, display + "/ kan inte skrivas: " + e.getMessage(),
          Optional.of("kontrollera att mappen finns och är skrivbar"), e);
    }
  }

  /** Writes a file aside; {@code name} may hold one folder level, as "förhandsvisning/bildspel-1.png". */
  void write(String name, byte[] bytes) throws RenderException {
    try {
      Path file = staging.resolve(name);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      staged.add(name);
    } catch (IOException e) {
      throw failure(Code.VP304, display, name + " kan inte skrivas: " + e.getMessage(), Optional.empty(), e);
    }
  }

  /**
   * Moves everything written into output/. A folder of files (the previews) replaces the old
   * folder whole, so no page of an earlier, longer render is left behind.
   */
  List<Path> commit() throws RenderException {
    List<Path> written = new ArrayList<>();
    try {
      List<String> topLevel = staged.stream().map(n -> n.contains("/") ? n.substring(0, n.indexOf('/')) : n)
          .distinct().sorted().toList();
      for (String name : topLevel) {
        Path target = folder.resolve(name);
        Path source = staging.resolve(name);
        if (Files.isDirectory(source) && Files.exists(target)) {
          Path old = staging.resolve(".gammal-" + name);
          Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        written.add(target);
      }
      committed = true;
      return written;
    } catch (IOException e) {
      throw failure(Code.VP304, display, "handlingarna kan inte flyttas in i " + display + "/: " + e.getMessage(),
          Optional.empty(), e);
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

  private static RenderException failure(Code code, String display, String message, Optional<String> hint, Exception cause) {
    return new RenderException(new Diagnostic(Location.ofFile(display), Severity.FEL, code, message, hint), cause);
  }
}
