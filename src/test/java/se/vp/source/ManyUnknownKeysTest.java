package se.vp.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;

/** Issue 14: 60 000 unknown keys in one file took 81 s, every key looked up in every other. */
class ManyUnknownKeysTest {

  @TempDir Path project;

  @Test
  void reportsSixtyThousandUnknownKeysInSeconds() {
    StringBuilder yaml = new StringBuilder("text: Att göra något.\nmottagare: nämnden\n");
    for (int i = 0; i < 60_000; i++) {
      yaml.append("mottagre").append(i).append(": 1\n");
    }
    TestPlan plan = TestPlan.minimal(project).with("uppdrag/manga.yaml", yaml.toString());
    List<Diagnostic> findings = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> plan.validate().diagnostics());
    assertEquals(60_000, findings.stream().filter(d -> d.code() == Code.VP101).count());
    Diagnostic first = findings.get(0);
    assertEquals("plan-source/uppdrag/manga.yaml:3:1", first.location().toString());
    assertTrue(first.hint().isPresent(), "the first unknown keys get a hint");
    assertTrue(findings.get(findings.size() - 1).hint().isEmpty(), "a file of 60 000 unknown keys is no typo");
  }
}
