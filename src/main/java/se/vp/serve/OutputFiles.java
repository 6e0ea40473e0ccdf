package se.vp.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of output/ that the preview may serve. A request names a file by its path in output/;
 * anything that could lead elsewhere is refused before the disk is asked: "..", ".", an empty or
 * hidden name (vp's own lock, staging folders and manifests), a backslash, a colon, a control
 * character. A link anywhere on the way is refused too, since a pull request can commit one.
 */
final class OutputFiles {

  /** A handling in output/, as the preview lists it: its path there and its size and time, which name its version. */
  record Listed(String path, long size, long modified) {

    String version() {
      return Long.toString(modified, 36) + "-" + Long.toString(size, 36);
    }
  }

  /** How deep output/ is listed: the nämnd's folder, and the web edition's folder in it. */
  private static final int DEPTH = 3;

  private final Path root;

  OutputFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The regular file at {@code name} in output/, if the name is one the preview serves and no link is on the way. */
  Optional<Path> file(String name) {
    if (!isSafe(name)) {
      return Optional.empty();
    }
    Path step = root;
    try {
      if (!Files.readAttributes(root, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isDirectory()) {
        return Optional.empty();
      }
      String[] names = name.split("/");
      for (int i = 0; i < names.length; i++) {
        step = step.resolve(names[i]);
        BasicFileAttributes attributes =
            Files.readAttributes(step, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        boolean last = i == names.length - 1;
        if (last ? !attributes.isRegularFile() : !attributes.isDirectory()) {
          return Optional.empty();
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(step);
  }

  static boolean isSafe(String name) {
    if (name.isEmpty() || name.length() > 1000 || name.startsWith("/") || name.endsWith("/")) {
      return false;
    }
    for (String part : name.split("/", -1)) {
      if (part.isEmpty() || part.startsWith(".")) {
        return false;
      }
    }
    return name.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '\\' || c == ':');
  }

  /** The files of output/ a person opens, by path in output/ in order; links and hidden names are passed by. */
  List<Listed> list() {
    List<Listed> files = new ArrayList<>();
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root, DEPTH)) {
      walk.filter(p -> !p.equals(root)).forEach(p -> {
        String name = root.relativize(p).toString().replace('\\', '/');
        if (isSafe(name)) {
          file(name).ifPresent(file -> {
            try {
              files.add(new Listed(name, Files.size(file), Files.getLastModifiedTime(file).toMillis()));
            } catch (IOException e) {
              // Gone between the listing and the look: the next render lists it again.
            }
          });
        }
      });
    } catch (IOException | java.io.UncheckedIOException e) {
      // output/ changed under the walk; what was listed stands until the next render.
    }
    files.sort(java.util.Comparator.comparing(Listed::path));
    return files;
  }
}
