package se.vp.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * git's index file of the work tree around a folder, read straight from the file: starting JGit for
 * it takes half a second, which an unchanged render would pay on every run. Index versions 2 and 3,
 * which git writes unless told otherwise, are read here; for anything else the answer is empty and
 * the caller asks JGit.
 */
final class GitIndex {

  /** An index larger than this is left to JGit; a repository of a million files has one of about 100 MB. */
  private static final long MAX_INDEX_BYTES = 256L << 20;
  /** A .git file names one folder in a line. */
  static final int MAX_SMALL_FILE = 4096;

  /** The work tree holding a folder, and its git folder (a linked worktree's own, for a .git file). */
  record WorkTree(Path root, Path gitDir) {
    Path index() {
      return gitDir.resolve("index");
    }
  }

  /**
   * One entry of the index: its path in the work tree, mode, object id, and what git recorded of
   * the file when it last saw it (size and modification time, to tell an untouched file without
   * reading it). {@code stage} is above 0 in a merge conflict; {@code intentToAdd} marks a file
   * given with {@code git add -N}, {@code skipWorktree} one a sparse checkout leaves out.
   */
  record Entry(String path, int mode, String id, long size, long mtimeSeconds, int mtimeNanos, int stage,
      boolean intentToAdd, boolean skipWorktree) {}

  private GitIndex() {}

  /** The nearest work tree above the folder, as git finds it: a .git folder, or a .git file naming one (a worktree). */
  static Optional<WorkTree> around(Path folder) {
    for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path git = dir.resolve(".git");
      if (Files.isDirectory(git)) {
        return Optional.of(new WorkTree(dir, git));
      }
      if (Files.isRegularFile(git)) {
        try {
          String line = new String(readSmall(git), StandardCharsets.UTF_8).strip();
          if (line.startsWith("gitdir:")) {
            return Optional.of(new WorkTree(dir, dir.resolve(line.substring("gitdir:".length()).strip()).normalize()));
          }
        } catch (IOException | RuntimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** A small file of git's whole, or an IOException when it is larger than any git writes there. */
  static byte[] readSmall(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_SMALL_FILE + 1);
      if (bytes.length > MAX_SMALL_FILE) {
        throw new IOException(file + " is larger than git writes it");
      }
      return bytes;
    }
  }

  /**
   * True when an entry of the index lies in the folder (given relative to the work tree, with '/');
   * empty when the index is of a version or shape this reader does not know.
   */
  static Optional<Boolean> listsAnythingIn(Path index, String folder) {
    if (!Files.isRegularFile(index)) {
      return Optional.of(false);
    }
    return read(index, folder, true).map(entries -> !entries.isEmpty());
  }

  /**
   * The entries in the folder (relative to the work tree, with '/'; empty for all of it), in the
   * index's order; no entries when there is no index; empty when the index is of a version or
   * shape this reader does not know.
   */
  static Optional<List<Entry>> entriesIn(Path index, String folder) {
    if (!Files.exists(index, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of(List.of());
    }
    if (!Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    return read(index, folder, false);
  }

  private static Optional<List<Entry>> read(Path index, String folder, boolean firstOnly) {
    try {
      if (Files.size(index) > MAX_INDEX_BYTES) {
        return Optional.empty();
      }
      ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(index));
      if (bytes.remaining() < 12 || bytes.getInt(0) != 0x44495243) { // "DIRC"
        return Optional.empty();
      }
      int version = bytes.getInt(4);
      long count = Integer.toUnsignedLong(bytes.getInt(8));
      if (version != 2 && version != 3) {
        return Optional.empty();
      }
      byte[] prefix = (folder.isEmpty() ? "" : folder + "/").getBytes(StandardCharsets.UTF_8);
      Predicate<Integer> inFolder = path -> Arrays.equals(bytes.array(), path, path + prefix.length, prefix, 0,
          prefix.length);
      List<Entry> entries = new ArrayList<>();
      int at = 12;
      for (long i = 0; i < count; i++) {
        // 62 bytes of stat data, object id and flags, 2 more of extended flags in version 3, then
        // the path ended by 1–8 NULs so that the entry's length is a multiple of 8.
        int flags = Short.toUnsignedInt(bytes.getShort(at + 60));
        boolean extended = version == 3 && (flags & 0x4000) != 0;
        int extendedFlags = extended ? Short.toUnsignedInt(bytes.getShort(at + 62)) : 0;
        int path = at + 62 + (extended ? 2 : 0);
        int end = path;
        while (bytes.get(end) != 0) {
          end++;
        }
        if (end - path >= prefix.length && inFolder.test(path)) {
          entries.add(new Entry(new String(bytes.array(), path, end - path, StandardCharsets.UTF_8),
              bytes.getInt(at + 24), HexFormat.of().formatHex(bytes.array(), at + 40, at + 60),
              Integer.toUnsignedLong(bytes.getInt(at + 36)), Integer.toUnsignedLong(bytes.getInt(at + 8)),
              bytes.getInt(at + 12), (flags >> 12) & 3, (extendedFlags & 0x2000) != 0, (extendedFlags & 0x4000) != 0));
          if (firstOnly) {
            return Optional.of(entries);
          }
        }
        at += (path - at + end - path + 8) & ~7;
      }
      // After the entries come extensions, each named by four capitals, and the checksum; anything
      // else means the entries were not read as written (a SHA-256 repository, say).
      int left = bytes.limit() - at;
      boolean extension = left > 24 && Character.isUpperCase(bytes.get(at)) && Character.isUpperCase(bytes.get(at + 3));
      return left == 20 || extension ? Optional.of(entries) : Optional.empty();
    } catch (IOException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }
}
