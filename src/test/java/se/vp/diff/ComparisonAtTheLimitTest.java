package se.vp.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: the word comparison serves vp:diff and VP208, so a pull request must not be able to
 * make it take a CI runner's memory. {@link ComparisonAtTheLimit} compares two texts of 1 MiB, the
 * largest file plan-source may hold, in every way vp does, in a JVM of 256 MiB; it must end well.
 * (Its times are printed, not asserted: a test does not measure the machine it runs on.)
 */
class ComparisonAtTheLimitTest {

  @TempDir Path folder;

  @Test
  void comparesTwoTextsOfAFilesLargestSizeIn256MiB() throws Exception {
    Path log = folder.resolve("log.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        ComparisonAtTheLimit.class.getName()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean ended = process.waitFor(10, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly().waitFor();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println(output);
    assertTrue(ended, "still running after 10 minutes:\n" + output);
    assertFalse(output.contains("OutOfMemoryError") || output.contains("Exception"), output);
    assertTrue(output.contains("alla jämförelser klara"), output);
    assertEquals(0, process.exitValue(), output);
  }
}
