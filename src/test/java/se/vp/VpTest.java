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

  /** vp:renumber says each file it changed on a line of its own, and where the plan still names the old number. */
  @Test
  void saysEachFileARenumberingChanged() {
    Outcome outcome = Vp.renumber(new Vp.Renumber(committed(), se.vp.renumber.RenumberRequest.of("4.3", "4.4"),
        java.util.Set.of("vp.från", "vp.till")));
    assertEquals(Optional.empty(), outcome.failure());
    assertEquals(List.of(
        "döpte om plan-source/fokusomraden/4-3-kompetensforsorjning.yaml till 4-4-kompetensforsorjning.yaml"
            + " (nummer 4.3 → 4.4)",
        "ändrade plan-source/omraden/energi-och-klimat.yaml (fokusområde 4.3 → 4.4)",
        "ändrade plan-source/omraden/naringslivsutveckling.yaml (fokusområde 4.3 → 4.4)",
        "ändrade plan-source/omraden/valfard-och-folkhalsa.yaml (fokusområde 4.3 → 4.4)",
        "plan-source/uppdrag/nr-31-kompetensforsorjningsstrukturer.yaml:1 nämner fortfarande 4.3; vp ändrar inte"
            + " kommentarer och texter, se om den ska ändras för hand",
        "fokusområde 4.3 → 4.4: 4 filer ändrade. Kör mvn vp:diff för att se ändringen som granskarna ser den."),
        outcome.notes());
  }

  @Test
  void refusesAnOptionVpRenumberDoesNotKnow() {
    Outcome outcome = Vp.renumber(new Vp.Renumber(committed(), se.vp.renumber.RenumberRequest.of("4.3", null),
        java.util.Set.of("vp.från", "vp.tll")));
    assertEquals(List.of("plan-source: fel: vp:renumber känner inte till -Dvp.tll – menade du 'vp.till'? vp:renumber"
        + " tar -Dvp.från (eller -Dvp.fran) och -Dvp.till [VP601]"), outcome.findings().stream().map(Diagnostic::format)
        .toList());
    assertEquals("1 fel, 0 varningar. Inga filer ändrades.", outcome.failure().orElseThrow());
  }

  /** A refusal shows what stands in the way, the plan's errors, and not its warnings. */
  @Test
  void showsThePlansErrorsWithARefusedRenumbering() throws IOException {
    Vp.Project plan = committed();
    Path fokus = plan.planSource().resolve("fokusomraden/4-1-1-innovationssystem.yaml");
    Files.writeString(fokus, Files.readString(fokus).replace("  - gastnatter", "  - gastnatter-i-lanet"));
    Outcome outcome = Vp.renumber(new Vp.Renumber(plan, se.vp.renumber.RenumberRequest.of("4.3", "4.4"),
        java.util.Set.of()));
    assertEquals(List.of(Code.VP203, Code.VP601), codes(outcome));
    assertEquals(0, outcome.warnings());
    assertEquals("2 fel, 0 varningar. Inga filer ändrades.", outcome.failure().orElseThrow());
  }
}
