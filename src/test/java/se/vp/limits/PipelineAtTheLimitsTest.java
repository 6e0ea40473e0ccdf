package se.vp.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14: every input under the limits is bounded in time and memory. {@link AtTheLimits} runs
 * validate, render and diff of a plan at every limit (the longest texts and headings, every word
 * changed, the largest figure, as much text as a plan may hold, a file of the largest size full of
 * unknown keys) in a JVM of its own with a heap of 512 MiB, as a CI runner might give. Each goal is a
 * run of its own for a user, so each must end within 60 seconds, well, and without a stack trace.
 */
class PipelineAtTheLimitsTest {

  private static final int BUDGET_SECONDS = 60;
  private static final Pattern STAGE = Pattern.compile("(?m)^(vp:[^:\\n]+): (\\d+) ms");

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
    boolean ended = process.waitFor(3 * BUDGET_SECONDS, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly().waitFor();
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000;
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println(output + "(" + seconds + " s)");
    assertTrue(ended, "still running after " + 3 * BUDGET_SECONDS + " s:\n" + output);
    Matcher stage = STAGE.matcher(output);
    int stages = 0;
    while (stage.find()) {
      stages++;
      assertTrue(Long.parseLong(stage.group(2)) <= BUDGET_SECONDS * 1000L,
          stage.group(1) + " took more than " + BUDGET_SECONDS + " s:\n" + output);
    }
    assertTrue(stages >= 3, "validate, render and diff each report their time:\n" + output);
    assertFalse(output.contains("Exception") || output.contains("Error:") || output.contains("\tat "),
        "a stack trace:\n" + output);
    assertEquals(0, process.exitValue(), output);
  }
}
