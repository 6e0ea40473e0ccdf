package se.vp.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import se.vp.TestPlan;
import se.vp.Vp;

/** A project of the committed plan and templates in a folder of a test's, and the render vp:serve makes of it. */
final class ServedProject {

  private ServedProject() {}

  /** Without the PowerPoint deck, which the preview's tests do not look at. */
  static Vp.Render create(Path root) throws IOException {
    TestPlan.committed(root);
    Path templates = Files.createDirectories(root.resolve("templates"));
    try (Stream<Path> files = Files.list(Path.of("templates"))) {
      for (Path file : files.toList()) {
        Files.copy(file, templates.resolve(file.getFileName().toString()));
      }
    }
    return new Vp.Render(new Vp.Project(root.resolve("plan-source"), root, Optional.empty(), false), templates,
        root.resolve("output"), false, false, false, false, Optional.empty());
  }
}
