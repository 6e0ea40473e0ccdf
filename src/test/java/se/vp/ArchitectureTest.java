package se.vp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core is a plain library: only se.vp.maven may know Maven. */
class ArchitectureTest {

  @Test
  void onlyTheMavenPackageUsesMaven() throws IOException {
    Path main = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(main)) {
      List<String> offenders = files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !main.relativize(f).startsWith(Path.of("se/vp/maven")))
          .filter(f -> read(f).contains("org.apache.maven"))
          .map(f -> main.relativize(f).toString())
          .toList();
      assertEquals(List.of(), offenders);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
