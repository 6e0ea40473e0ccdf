package se.vp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Severity;

/** The core as the goals use it: every finding in one outcome, counted once, failing once. */
class VpTest {

  @TempDir Path project;

  private Vp.Project committed() {
    TestPlan.committed(project);
    return new Vp.Project(project.resolve("plan-source"), project, Optional.empty(), false);
  }

  private Path templates() throws IOException {
    Path templates = project.resolve("templates");
    Files.createDirectories(templates);
    try (Stream<Path> files = Files.list(Path.of("templates"))) {
      for (Path file : files.toList()) {
        Files.copy(file, templates.resolve(file.getFileName().toString()));
      }
    }
    return templates;
  }

  private static List<Code> codes(Outcome outcome) {
    return outcome.findings().stream().map(Diagnostic::code).distinct().sorted().toList();
  }

  @Test
  void keepsThePlansWarningsWhenARenderFails() throws IOException {
    Vp.Project plan = committed();
    Path templates = templates();
    Files.writeString(templates.resolve("beslutsunderlag.ftlx"),
        Files.readString(templates.resolve("beslutsunderlag.ftlx")).replace("<h1>", "<h1>${finnsInte}"));

    Outcome outcome = Vp.render(new Vp.Render(plan, templates, project.resolve("output"), false, false, true, false,
        Optional.empty()));

    assertEquals(TestPlan.COMMITTED_WARNINGS, outcome.warnings());
    assertEquals(1, outcome.errors());
    assertTrue(codes(outcome).contains(Code.VP301), outcome.findings().toString());
    assertEquals("1 fel, " + TestPlan.COMMITTED_WARNINGS + " varningar. Inga handlingar skrevs; output/ är oförändrad.", outcome.failure().orElseThrow());
    assertEquals(List.of(), outcome.written());
  }

  @Test
  void countsARenderedPlansFindingsOnce() throws IOException {
    Outcome outcome = Vp.render(new Vp.Render(committed(), templates(), project.resolve("output"), false, false, true,
        true, Optional.empty()));

    assertEquals(Optional.empty(), outcome.failure());
    // Six handlingar and the folder of the web edition.
    assertEquals(7, outcome.written().size());
    assertEquals("0 fel, " + TestPlan.COMMITTED_WARNINGS + " varningar.", outcome.notes().get(outcome.notes().size() - 1));
    assertTrue(outcome.notes().get(0).startsWith("tid läsa "), outcome.notes().toString());
  }

  @Test
  void saysOfAnUnformattedFileWhatValidateSaysWithItsCode() throws IOException {
    Vp.Project plan = committed();
    Path file = plan.planSource().resolve("styrtal/gastnatter.yaml");
    Files.writeString(file, Files.readString(file).replace("text: ", "text:   "));

    Outcome checked = Vp.format(new Vp.Format(plan, true));
    Outcome validated = Vp.validate(plan);

    Diagnostic unformatted = checked.findings().get(0);
    assertEquals(Code.VP019, unformatted.code());
    assertEquals(Severity.VARNING, unformatted.severity());
    assertTrue(validated.findings().contains(unformatted), validated.findings().toString());
    assertEquals("1 fil är inte formaterad: plan-source/styrtal/gastnatter.yaml. Kör mvn vp:fmt för att rätta.",
        checked.failure().orElseThrow());
    assertEquals(Optional.empty(), validated.failure());
  }

  @Test
  void failsOnWarningsWhenTheProjectSaysSo() {
    Vp.Project plan = committed();
    Outcome outcome = Vp.validate(new Vp.Project(plan.planSource(), plan.displayBase(), Optional.empty(), true));
    assertEquals("0 fel, " + TestPlan.COMMITTED_WARNINGS + " varningar, och vp.failOnWarning är satt. Rätta varningarna och kör mvn vp:validate igen.",
        outcome.failure().orElseThrow());
  }

  @Test
  void answersAMistakenRequestForANewFileWithAFinding() {
    Outcome outcome = Vp.create(new Vp.Create(committed(), new se.vp.scaffold.ScaffoldRequest("styrtl",
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
    assertEquals(List.of("plan-source: fel: vp.kind=styrtl är okänt – menade du 'styrtal'? Välj uppdrag, styrtal,"
        + " fokusområde eller målsättning [VP501]"), outcome.findings().stream().map(Diagnostic::format).toList());
    assertEquals("1 fel, 0 varningar. Ingen fil skapades.", outcome.failure().orElseThrow());
  }
}
