package se.vp.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Calendar;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.Outcome;
import se.vp.TestPlan;
import se.vp.Vp;
import se.vp.diagnostic.Code;

/** vp:diff as the goal runs it: one count of every finding, and the documents dated as asked. */
class DiffOutcomeTest {

  @TempDir Path folder;

  private Outcome diff(Optional<Instant> sourceDate) {
    return Vp.diff(new Vp.Diff(new Vp.Project(folder.resolve("plan-source"), folder, Optional.empty(), false),
        Path.of("templates"), folder.resolve("output"), Optional.of("main"), false, sourceDate));
  }

  @Test
  void countsTheFindingThatStopsTheComparisonWithThePlans() {
    TestPlan.committed(folder);

    Outcome outcome = diff(Optional.empty());

    assertTrue(outcome.findings().stream().anyMatch(d -> d.code() == Code.VP401), outcome.findings().toString());
    assertEquals("1 fel, " + TestPlan.COMMITTED_WARNINGS + " varningar. Ingen jämförelse gjordes; output/ är oförändrad.", outcome.failure().orElseThrow());
    assertTrue(outcome.notes().isEmpty(), "no '0 fel' before the error: " + outcome.notes());
  }

  @Test
  void datesTheChangeReportByTheReproducibleBuildsTime() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      repository.plan.edit("uppdrag/nr-31-kompetensforsorjningsstrukturer.yaml", "främja ett väl", "främja väl");
      Instant time = Instant.parse("2025-11-01T12:00:00Z");

      Outcome outcome = diff(Optional.of(time));

      assertEquals(Optional.empty(), outcome.failure());
      try (PDDocument pdf = Loader.loadPDF(folder.resolve("output/ändringar.pdf").toFile())) {
        Calendar created = pdf.getDocumentInformation().getCreationDate();
        assertEquals(time.toEpochMilli(), created.getTimeInMillis());
      }
    }
  }
}
