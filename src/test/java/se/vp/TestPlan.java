package se.vp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import se.vp.diagnostic.Diagnostic;

/**
 * A plan written into a temporary project for one test: the smallest valid plan, or a copy of the
 * committed one, changed file by file. Findings are compared as "CODE path:line:col: text" with
 * the text matched from its start, so a test names the rule, the place and what is said.
 */
public final class TestPlan {

  public static final String PLAN_YAML = """
      organisation: Region Test
      nämnd:
        namn: Testnämnd
        bestämd-form: Testnämnden
      år: 2026
      titel: Verksamhetsplan med budget
      status: utkast
      """;

  public static final String TIDPLAN_YAML = """
      händelser:
        - datum: 2025-11-18
          typ: nämndbeslut
          rubrik: VP och budget beslutas på nämnd
      """;

  private final Path project;

  private TestPlan(Path project) {
    this.project = project;
  }

  /** plan.yaml and a tidplan with the committee's decision: a plan with no findings at all. */
  public static TestPlan minimal(Path project) {
    return new TestPlan(project).with("plan.yaml", PLAN_YAML).with("tidplan.yaml", TIDPLAN_YAML);
  }

  /** A copy of the committed plan-source. */
  public static TestPlan committed(Path project) {
    Path source = Path.of("plan-source").toAbsolutePath();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = project.resolve("plan-source").resolve(source.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TestPlan(project);
  }

  public Path project() {
    return project;
  }

  public Path planSource() {
    return project.resolve("plan-source");
  }

  public TestPlan with(String path, String yaml) {
    return withBytes(path, yaml.getBytes(StandardCharsets.UTF_8));
  }

  public TestPlan withBytes(String path, byte[] bytes) {
    try {
      Path file = planSource().resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public TestPlan without(String path) {
    try {
      Files.delete(planSource().resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Replaces text in one file of the plan, failing if the text is not there. */
  public TestPlan edit(String path, String from, String to) {
    try {
      Path file = planSource().resolve(path);
      String text = Files.readString(file);
      if (!text.contains(from)) {
        fail("'" + from + "' is not in " + path);
      }
      Files.writeString(file, text.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Every finding of the committed plan, as "CODE file:line severity", from the one list that the
   * tests, the committed-plan scenario and README.md count from.
   */
  public static List<String> committedFindings() {
    try (var in = TestPlan.class.getResourceAsStream("committed-plan-findings.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many warnings the committed plan gives. */
  public static final long COMMITTED_WARNINGS = committedFindings().stream().filter(f -> f.endsWith(" varning")).count();

  public Validation validate() {
    return Validation.of(planSource(), project);
  }

  /** The findings as "CODE path:line:col: severity: text". */
  public List<String> findings() {
    return validate().diagnostics().stream().map(TestPlan::line).toList();
  }

  static String line(Diagnostic d) {
    return d.code() + " " + d.location() + ": " + d.severity().word() + ": " + d.text();
  }

  /** Asserts exactly these findings in this order, each given as the start of its line. */
  public void assertFindings(String... expected) {
    List<String> actual = findings();
    boolean matches = actual.size() == expected.length;
    for (int i = 0; matches && i < expected.length; i++) {
      matches = actual.get(i).startsWith(expected[i]);
    }
    if (!matches) {
      assertEquals(String.join("\n", Arrays.asList(expected)), String.join("\n", actual));
    }
  }
}
