package se.vp.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Watches plan-source/ and templates/, every folder in them, and tells when anything in them
 * changed: a saved file, a new one, a removed one. A folder made later is watched from then on;
 * links are not followed, as the render follows none.
 */
final class SourceWatcher implements AutoCloseable {

  /** As deep as plan-source/ goes in a region, with room to spare; a deeper folder is not watched. */
  private static final int DEPTH = 8;
  /** More folders than any plan has; a pull request cannot make the watcher take the machine's inotify watches. */
  private static final int MOST_FOLDERS = 2000;

  private final WatchService service;
  private record Folder(Path path, int depth) {}

  private final Map<WatchKey, Folder> folders = new HashMap<>();
  private final Runnable changed;
  private final Thread thread;

  private SourceWatcher(WatchService service, Runnable changed) {
    this.service = service;
    this.changed = changed;
    this.thread = new Thread(this::watch, "vp-serve-watch");
    this.thread.setDaemon(true);
  }

  static SourceWatcher start(List<Path> roots, Runnable changed) throws IOException {
    SourceWatcher watcher = new SourceWatcher(FileSystems.getDefault().newWatchService(), changed);
    for (Path root : roots) {
      watcher.register(root.toAbsolutePath().normalize(), 0);
    }
    watcher.thread.start();
    return watcher;
  }

  private void register(Path folder, int depth) throws IOException {
    if (depth > DEPTH || folders.size() >= MOST_FOLDERS || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    folders.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), new Folder(folder, depth));
    try (Stream<Path> children = Files.list(folder)) {
      for (Path child : children.toList()) {
        register(child, depth + 1);
      }
    }
  }

  private void watch() {
    try {
      while (true) {
        WatchKey key = service.take();
        Folder folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
          if (folder != null && event.kind() == ENTRY_CREATE && event.context() instanceof Path name) {
            try {
              register(folder.path().resolve(name), folder.depth() + 1);
            } catch (IOException e) {
              // Removed as soon as it was made; nothing in it to watch.
            }
          }
        }
        // Whatever happened, overflow included, the render finds out what changed by its hashes.
        changed.run();
        if (!key.reset()) {
          folders.remove(key);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Stopped.
    }
  }

  @Override
  public void close() throws IOException {
    service.close();
    thread.interrupt();
  }
}
