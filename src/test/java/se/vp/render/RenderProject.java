package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.vp.TestPlan;
import se.vp.diagnostic.VpException;

/**
 * A project for one render test: the committed plan and templates copied into a temporary folder,
 * and an output/ that already holds a file from an earlier render, so a test can see it kept.
 */
final class RenderProject {

  static final String EARLIER = "förra renderingen";

  final Path root;
  final Path planSource;
  final Path templates;
  final Path output;

  private RenderProject(Path root) {
    this.root = root;
    this.planSource = root.resolve("plan-source");
    this.templates = root.resolve("templates");
    this.output = root.resolve("output");
  }

  static RenderProject create(Path root) throws IOException {
    TestPlan.committed(root);
    RenderProject project = new RenderProject(root);
    Files.createDirectories(project.templates);
    try (Stream<Path> files = Files.list(Path.of("templates"))) {
      for (Path file : files.toList()) {
        Files.copy(file, project.templates.resolve(file.getFileName().toString()));
      }
    }
    Files.createDirectories(project.output);
    Files.writeString(project.output.resolve("bildspel.pdf"), EARLIER);
    return project;
  }

  RenderResult render() throws VpException {
    return Renders.render(new RenderRequest(planSource, templates, output, root, false, Optional.empty()));
  }

  /** Replaces text in a file of the project, failing if the text is not there. */
  void edit(String file, String from, String to) throws IOException {
    Path path = root.resolve(file);
    String text = Files.readString(path);
    assertTrue(text.contains(from), from + " is not in " + file);
    Files.writeString(path, text.replace(from, to));
  }

  /** Nothing in output/ but the earlier file, and perhaps the lock file vp keeps there. */
  void assertOutputUntouched() throws IOException {
    try (Stream<Path> files = Files.list(output)) {
      assertEquals(List.of("bildspel.pdf"), files.map(f -> f.getFileName().toString())
          .filter(name -> !name.equals(".vp-lås")).sorted().toList());
    }
    assertEquals(EARLIER, Files.readString(output.resolve("bildspel.pdf")));
  }
}
