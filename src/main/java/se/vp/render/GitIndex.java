package se.vp.render;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Whether git's index lists a file in a folder, read straight from the index file of the work tree
 * around a folder: starting JGit for it takes half a second, which an unchanged render would pay on
 * every run. Index versions 2 and 3, which git writes unless told otherwise, are read here; for
 * anything else the answer is empty and the caller asks JGit.
 */
final class GitIndex {

  /** The work tree holding a folder, and its index file. */
  record WorkTree(Path root, Path index) {}

  private GitIndex() {}

  /** The nearest work tree above the folder: a .git folder, or a .git file naming one (a worktree). */
  static Optional<WorkTree> around(Path folder) {
    for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path git = dir.resolve(".git");
      if (Files.isDirectory(git)) {
        return Optional.of(new WorkTree(dir, git.resolve("index")));
      }
      if (Files.isRegularFile(git)) {
        try {
          String line = Files.readString(git, StandardCharsets.UTF_8).strip();
          if (line.startsWith("gitdir:")) {
            return Optional.of(new WorkTree(dir, dir.resolve(line.substring("gitdir:".length()).strip()).resolve("index")));
          }
        } catch (IOException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * True when an entry of the index lies in the folder (given relative to the work tree, with '/');
   * empty when the index is of a version or shape this reader does not know.
   */
  static Optional<Boolean> listsAnythingIn(Path index, String folder) {
    if (!Files.isRegularFile(index)) {
      return Optional.of(false);
    }
    try {
      ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(index));
      if (bytes.remaining() < 12 || bytes.getInt(0) != 0x44495243) { // "DIRC"
        return Optional.empty();
      }
      int version = bytes.getInt(4);
      long entries = Integer.toUnsignedLong(bytes.getInt(8));
      if (version != 2 && version != 3) {
        return Optional.empty();
      }
      byte[] prefix = (folder + "/").getBytes(StandardCharsets.UTF_8);
      int at = 12;
      for (long i = 0; i < entries; i++) {
        // 62 bytes of stat data, object id and flags, 2 more of extended flags in version 3, then
        // the path ended by 1–8 NULs so that the entry's length is a multiple of 8.
        int flags = Short.toUnsignedInt(bytes.getShort(at + 60));
        int path = at + 62 + (version == 3 && (flags & 0x4000) != 0 ? 2 : 0);
        int end = path;
        while (bytes.get(end) != 0) {
          end++;
        }
        if (end - path >= prefix.length
            && Arrays.equals(bytes.array(), path, path + prefix.length, prefix, 0, prefix.length)) {
          return Optional.of(true);
        }
        at += (path - at + end - path + 8) & ~7;
      }
      // After the entries come extensions, each named by four capitals, and the checksum; anything
      // else means the entries were not read as written (a SHA-256 repository, say).
      int left = bytes.limit() - at;
      boolean extension = left > 24 && Character.isUpperCase(bytes.get(at)) && Character.isUpperCase(bytes.get(at + 3));
      return left == 20 || extension ? Optional.of(false) : Optional.empty();
    } catch (IOException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }
}
