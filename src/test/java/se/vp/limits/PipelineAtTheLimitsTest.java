package se.vp.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14: every input under the limits is bounded in time and memory. {@link AtTheLimits} runs
 * validate, render and diff of a plan at every limit (the longest texts and headings, every word
 * changed, the largest figure, as much text as a plan may hold, a file of the largest size full of
 * unknown keys) in a JVM of its own with a heap of 512 MiB, as a CI runner might give; it must end
 * within 60 seconds, well, and without a stack trace.
 */
class PipelineAtTheLimitsTest {

  private static final int BUDGET_SECONDS = 60;

  @TempDir Path folder;

  /** texter: the longest texts, figures and files; delar: as many uppdrag as a plan's text allows. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"texter", "delar"})
  void validatesRendersAndComparesAPlanAtEveryLimitIn512MiBWithinAMinute(String scenario)
      throws IOException, InterruptedException {
    Path log = folder.resolve("log.txt");
    Path work = Files.createDirectories(folder.resolve("arbete"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        AtTheLimits.class.getName(), work.toString(), scenario)
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long start = System.nanoTime();
    boolean ended = process.waitFor(BUDGET_SECONDS, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly().waitFor();
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000;
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println(output + "(" + seconds + " s)");
    assertTrue(ended, "still running after " + BUDGET_SECONDS + " s:\n" + output);
    assertFalse(output.contains("Exception") || output.contains("Error:") || output.contains("\tat "),
        "a stack trace:\n" + output);
    assertEquals(0, process.exitValue(), output);
  }
}
