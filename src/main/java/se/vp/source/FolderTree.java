package se.vp.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * plan-source on disk, hidden files included. No link is followed: a linked file or folder is
 * listed as a link. Only a regular file is ever opened: reading a FIFO or a device would block.
 */
public final class FolderTree implements SourceTree {

  private final Path folder;
  private final String display;

  public FolderTree(Path folder, String display) {
    this.folder = folder.toAbsolutePath().normalize();
    this.display = display;
  }

  @Override
  public String display() {
    return display;
  }

  @Override
  public List<Entry> entries() throws IOException {
    List<Entry> entries = new ArrayList<>();
    Files.walkFileTree(folder, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        SourceTree.Contents contents = attributes.isRegularFile() ? () -> Files.readAllBytes(file) : () -> {
          throw new NotRegularFile();
        };
        entries.add(new Entry(relative(file), attributes.isSymbolicLink(), attributes.size(), contents));
        return entries.size() > SourceLimits.MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        entries.add(new Entry(relative(file), false, 0, () -> {
          throw e;
        }));
        return FileVisitResult.CONTINUE;
      }
    });
    entries.sort(Comparator.comparing(Entry::path));
    return entries;
  }

  private String relative(Path file) {
    return folder.relativize(file).toString().replace('\\', '/');
  }
}
