package se.vp.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import se.vp.TestPlan;
import se.vp.Validation;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Severity;

/**
 * Random and mutated YAML through the loader and every check. Whatever an editor, or someone
 * hostile, puts in a pull request, vp answers with findings: never an exception, never a hang,
 * and every finding names the file it is about. A bounded number of cases runs in every build,
 * from fixed seeds so that CI is reproducible; change a seed to explore further. A failure prints
 * the smallest input that shows it. How the cases ended is written to target/vp-fuzz.txt.
 */
class LoaderFuzzTest {

  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final List<String> KEYS = List.of("text", "nr", "mottagare", "beslut", "av", "år", "förslag", "typ",
      "nummer", "målsättning", "namn", "mål", "styrtal", "uppdrag", "ersätter", "lydelse", "utfall", "värde", "från",
      "till", "riktning", "mnkr", "procent", "datum", "rubrik", "punkter", "händelser", "status", "nämnd");
  private static final List<String> VALUES = List.of("4", "27", "4.1.1", "\"4.2\"", "FM", "DN", "2026", "151.3",
      "3,1", "nämnden", "förvaltningen", "öka", "nytt", "ta-bort", "slå-ihop", "2025-06-17", "2025-02-30", "[27, 28]",
      "{av: FM, år: 2026}", "[]", "{}", "~", "null", "true", "\"\"", "'x'", "&a", "*a", "!!str x", "|", ">-",
      "Att främja ungas entreprenörskap.", "brp-per-invanare", "gastnatter", "- x", ": :", "\t", "#", "%YAML 1.2");

  private static Path committed;
  private static List<String> files;
  private static final AtomicInteger CASES = new AtomicInteger();
  private static final AtomicInteger WITH_ERRORS = new AtomicInteger();
  private static final AtomicInteger LOCATED = new AtomicInteger();

  @BeforeContainer
  static void copyTheCommittedPlan() throws IOException {
    Path project = Files.createTempDirectory("vp-fuzz");
    TestPlan.committed(project);
    committed = project;
    try (Stream<Path> paths = Files.walk(project.resolve("plan-source"))) {
      files = paths.filter(Files::isRegularFile).map(p -> project.resolve("plan-source").relativize(p).toString())
          .sorted().toList();
    }
  }

  @AfterContainer
  static void removeItAndCount() throws IOException {
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/vp-fuzz.txt"), CASES + " fall, " + WITH_ERRORS + " med fel, "
        + LOCATED + " av dem med fel på rad och kolumn\n");
    try (Stream<Path> paths = Files.walk(committed)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  @Property(tries = 250, seed = "20261127")
  void randomBytesInAnyFileGiveOnlyFindings(@ForAll("file") String file, @ForAll("noise") byte[] bytes) {
    holds(file, bytes);
  }

  @Property(tries = 250, seed = "20261128")
  void yamlShapedNoiseGivesOnlyFindings(@ForAll("file") String file, @ForAll("yamlShaped") String text) {
    holds(file, text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 400, seed = "20261129")
  void mutatedPlanFilesGiveOnlyFindings(@ForAll("file") String file, @ForAll("mutations") List<Mutation> mutations) {
    String text = read(file);
    for (Mutation mutation : mutations) {
      text = mutation.apply(text);
    }
    holds(file, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Puts the bytes in place of one file of the committed plan, checks the plan, and puts the file back. */
  private static void holds(String file, byte[] bytes) {
    Path path = committed.resolve("plan-source").resolve(file);
    byte[] original = readBytes(path);
    try {
      Files.write(path, bytes);
      Validation validation = assertTimeoutPreemptively(BOUND,
          () -> Validation.of(committed.resolve("plan-source"), committed));
      for (Diagnostic d : validation.diagnostics()) {
        assertFalse(d.location().file().isBlank(), d.format());
        assertFalse(d.message().isBlank(), d.format());
      }
      CASES.incrementAndGet();
      if (validation.errors() > 0) {
        WITH_ERRORS.incrementAndGet();
        if (validation.diagnostics().stream().anyMatch(d -> d.severity() == Severity.FEL && d.location().line() > 0)) {
          LOCATED.incrementAndGet();
        }
      }
      boolean unreadable = validation.diagnostics().stream()
          .anyMatch(d -> d.severity() == Severity.FEL && d.code().name().compareTo("VP200") < 0);
      assertEquals(unreadable, validation.plan().isEmpty(), "the plan is bound exactly when every file reads");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        Files.write(path, original);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Provide
  Arbitrary<String> file() {
    return Arbitraries.of(files);
  }

  @Provide
  Arbitrary<byte[]> noise() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
  }

  @Provide
  Arbitrary<String> yamlShaped() {
    Arbitrary<String> line = Combinators.combine(
        Arbitraries.integers().between(0, 6).map(n -> " ".repeat(n)),
        Arbitraries.of("", "- ", "? "),
        Arbitraries.of(KEYS),
        Arbitraries.of(": ", ":", " ", ": - "),
        Arbitraries.of(VALUES)).as((indent, marker, key, colon, value) -> indent + marker + key + colon + value);
    return line.list().ofMaxSize(25).map(lines -> String.join("\n", lines) + "\n");
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Mutation> mutation = Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 1).map(Mutation::deleteLine),
        Arbitraries.doubles().between(0, 1).map(Mutation::duplicateLine),
        Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.of(":", "-", "[", "]", "{", "}", "&", "*",
            "!", "|", ">", "'", "\"", "%", "@", "\t", "#", "\n", " ", "\u0000", "\uFEFF", "ö", "4.10"))
            .as(Mutation::insert),
        Arbitraries.doubles().between(0, 1).map(Mutation::truncate),
        Arbitraries.doubles().between(0, 1).map(Mutation::indentLine));
    return mutation.list().ofMinSize(1).ofMaxSize(4);
  }

  /** A small change to a YAML text, at a place given as a fraction of its length or lines. */
  interface Mutation {
    String apply(String text);

    static Mutation deleteLine(double where) {
      return text -> edit(text, where, (lines, i) -> lines.remove(i));
    }

    static Mutation duplicateLine(double where) {
      return text -> edit(text, where, (lines, i) -> lines.add(i, lines.get(i)));
    }

    static Mutation indentLine(double where) {
      return text -> edit(text, where, (lines, i) -> lines.set(i, "  " + lines.get(i)));
    }

    static Mutation insert(double where, String what) {
      return text -> {
        int at = (int) (where * text.length());
        return text.substring(0, at) + what + text.substring(at);
      };
    }

    static Mutation truncate(double where) {
      return text -> text.substring(0, (int) (where * text.length()));
    }

    private static String edit(String text, double where, java.util.function.BiConsumer<List<String>, Integer> change) {
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      change.accept(lines, Math.min(lines.size() - 1, (int) (where * lines.size())));
      return String.join("\n", lines);
    }
  }

  private static String read(String file) {
    return new String(readBytes(committed.resolve("plan-source").resolve(file)), StandardCharsets.UTF_8);
  }

  private static byte[] readBytes(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
