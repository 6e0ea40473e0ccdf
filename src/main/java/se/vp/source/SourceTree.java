package se.vp.source;

import java.io.IOException;
import java.util.List;

/**
 * The files of a plan-source folder, wherever they live: on disk, or in a git commit. Paths are
 * relative to the folder, with '/'; {@link #display} is what findings put before them.
 */
public interface SourceTree {

  /** How findings name the folder, as "plan-source". */
  String display();

  /** Every entry below the folder, sorted by path. */
  List<Entry> entries() throws IOException;

  /** A file, or a symbolic link (which is never read). */
  record Entry(String path, boolean link, long size, Contents contents) {}

  /** The bytes of a file, read only when asked for. */
  interface Contents {
    byte[] read() throws IOException;
  }

  /** What reading a FIFO, a device or a socket gives instead of its bytes. */
  final class NotRegularFile extends IOException {
    public NotRegularFile() {
      super("ingen vanlig fil");
    }
  }
}
