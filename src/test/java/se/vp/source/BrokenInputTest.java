package se.vp.source;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.vp.TestPlan;
import se.vp.Validation;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Severity;

/**
 * A corpus of broken plan-source input, one case per folder under {@code src/test/resources/broken/}:
 * what an editor can get wrong, from bytes and YAML syntax through the schemas to the plan as a
 * whole. Each case shows, line for line, what vp says about it, so that any change to a message,
 * a code or a location is a visible change to the corpus.
 *
 * <p>A case folder holds files laid out as in plan-source; they are written byte for byte over the
 * smallest valid plan ({@link TestPlan#minimal}), so a case may also replace plan.yaml or
 * tidplan.yaml. An empty file named {@code DELETE-<name>} deletes {@code <name>} in the same
 * folder instead. {@code expected.txt} holds the findings as {@link TestPlan#findings()} prints
 * them, in order; lines starting with '#' are comments (used to flag output judged wrong).
 *
 * <p>A file over {@link SourceLimits#MAX_FILE_BYTES} is generated below rather than stored. A
 * plan-source with more than {@link SourceLimits#MAX_FILES} files is left out: writing them takes
 * too long for a unit test.
 */
class BrokenInputTest {

  private static final String EXPECTED = "expected.txt";
  private static final String DELETE = "DELETE-";

  @TempDir Path project;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> folders = Files.list(corpus())) {
      // Collected before returning, since the listing is closed here.
      return folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().toList().stream();
    }
  }

  @Test
  void corpusIsLargeEnough() throws IOException {
    assertTrue(cases().count() >= 36, "the corpus should keep at least 36 cases");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedFindings(String name) throws IOException {
    Path folder = corpus().resolve(name);
    TestPlan plan = TestPlan.minimal(project);
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String relative = folder.relativize(file).toString().replace('\\', '/');
        String fileName = file.getFileName().toString();
        if (relative.equals(EXPECTED)) {
          continue;
        }
        if (fileName.startsWith(DELETE)) {
          plan.without(relative.substring(0, relative.length() - fileName.length())
              + fileName.substring(DELETE.length()));
        } else {
          plan.withBytes(relative, Files.readAllBytes(file));
        }
      }
    }
    assertFindings(name, plan, expected(folder.resolve(EXPECTED)));
  }

  @Test
  void reportsAFileOneByteOverTheSizeLimit() {
    String start = "text: ";
    String text = start + "a".repeat(SourceLimits.MAX_FILE_BYTES - start.length() + 1);
    TestPlan plan = TestPlan.minimal(project).with("uppdrag/stor.yaml", text);
    assertFindings("file over the size limit", plan, List.of(
        "VP005 plan-source/uppdrag/stor.yaml: fel: filen är 1048577 byte; en fil i plan-source får vara högst 1048576 byte"));
  }

  /** Runs the plan and holds it to the expected lines and to what every broken input must give. */
  private static void assertFindings(String what, TestPlan plan, List<String> expected) {
    Validation validation = assertDoesNotThrow(plan::validate, what);
    List<String> findings = assertDoesNotThrow(plan::findings, what);
    assertEquals(String.join("\n", expected), String.join("\n", findings), what);
    assertFalse(findings.isEmpty(), what + ": a broken input must give at least one finding");
    // An error about the plan as a whole (VP2xx) comes from checking a plan that was read, so only
    // errors in reading a file leave the plan out.
    boolean unreadable = validation.diagnostics().stream()
        .anyMatch(d -> d.severity() == Severity.FEL && isAboutReading(d));
    assertEquals(unreadable, validation.plan().isEmpty(),
        what + ": the plan is bound exactly when every file could be read");
  }

  /** VP001–VP109: reading a file and checking it against its schema; VP2xx are about the plan. */
  private static boolean isAboutReading(Diagnostic d) {
    return Integer.parseInt(d.code().name().substring(2)) < 200;
  }

  private static List<String> expected(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.startsWith("#") && !line.isBlank())
        .toList();
  }

  private static Path corpus() {
    try {
      return Path.of(BrokenInputTest.class.getResource("/broken").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
