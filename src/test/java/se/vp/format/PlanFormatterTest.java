package se.vp.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;
import se.vp.Validation;
import se.vp.diagnostic.Diagnostic;

/**
 * Formatting a whole plan-source, as vp:fmt and vp:fmt -Dvp.check=true do, on a copy of the
 * committed plan: what is found, what is written, and what is left alone.
 */
class PlanFormatterTest {

  @TempDir Path project;
  @TempDir Path outside;

  @Test
  void findsTheCommittedPlanCanonical() {
    TestPlan plan = TestPlan.committed(project);
    FormatReport report = PlanFormatter.check(plan.planSource(), project);
    assertEquals(List.of(), report.files());
    assertEquals(List.of(), report.diagnostics());
    assertTrue(report.isCanonical());
  }

  @Test
  void checkNamesTheFilesThatAreNotCanonicalAndWritesNothing() throws IOException {
    TestPlan plan = TestPlan.committed(project)
        .edit("styrtal/gastnatter.yaml", "förslag:\n  typ: nytt\n  år: 2026", "förslag: {typ: nytt, år: 2026}")
        .edit("tidplan.yaml", "    typ: utkast\n", "    typ: 'utkast'   \n");
    String before = Files.readString(plan.planSource().resolve("tidplan.yaml"));

    FormatReport report = PlanFormatter.check(plan.planSource(), project);

    assertEquals(List.of("plan-source/styrtal/gastnatter.yaml:2", "plan-source/tidplan.yaml:15"),
        report.files().stream().map(f -> f.display() + ":" + f.firstChangedLine()).toList());
    assertEquals(plan.planSource().resolve("tidplan.yaml"), report.files().get(1).path());
    assertEquals(before, Files.readString(plan.planSource().resolve("tidplan.yaml")));
  }

  @Test
  void applyRewritesThoseFilesAndThePlanMeansTheSame() throws IOException {
    TestPlan plan = TestPlan.committed(project)
        .edit("uppdrag/nr-27-strategiskt-paverkansarbete.yaml", "nr: 27\n", "")
        .edit("uppdrag/nr-27-strategiskt-paverkansarbete.yaml", "  år: 2025\n", "  år: 2025\nnr: 27 # rådets nummer\n")
        .edit("plan.yaml", "jämförbara-län:\n  - Jönköping\n  - Kronoberg\n  - Värmland\n  - Västmanland",
            "jämförbara-län: [Jönköping, Kronoberg, Värmland, Västmanland]");
    List<String> findings = findings(plan.validate());

    FormatReport report = PlanFormatter.apply(plan.planSource(), project);

    assertEquals(List.of("plan-source/plan.yaml", "plan-source/uppdrag/nr-27-strategiskt-paverkansarbete.yaml"),
        report.files().stream().map(FormattedFile::display).toList());
    assertEquals("""
        nr: 27 # rådets nummer
        text: Att främja och utveckla det strategiska påverkansarbetet inom förvaltningen för Regional utveckling, \
        både nationellt och internationellt.
        mottagare: nämnden
        beslut:
          av: FM
          år: 2025
        """, Files.readString(plan.planSource().resolve("uppdrag/nr-27-strategiskt-paverkansarbete.yaml")));
    assertTrue(PlanFormatter.check(plan.planSource(), project).isCanonical());
    assertEquals(findings, findings(plan.validate()));
    assertEquals(List.of(), PlanFormatter.apply(plan.planSource(), project).files());
  }

  @Test
  void removesAByteOrderMarkAndCarriageReturns() throws IOException {
    TestPlan plan = TestPlan.minimal(project)
        .withBytes("plan.yaml", ("\uFEFF" + TestPlan.PLAN_YAML.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));

    FormatReport report = PlanFormatter.apply(plan.planSource(), project);

    assertEquals(List.of("plan-source/plan.yaml:1"),
        report.files().stream().map(f -> f.display() + ":" + f.firstChangedLine()).toList());
    assertEquals(TestPlan.PLAN_YAML, Files.readString(plan.planSource().resolve("plan.yaml")));
    assertEquals(List.of(), plan.findings());
  }

  @Test
  void leavesAFileItCannotReadAsItIsAndSaysWhy() throws IOException {
    String broken = "text: &t Att främja.\nmottagare:   nämnden\n";
    TestPlan plan = TestPlan.minimal(project)
        .with("uppdrag/ankare.yaml", broken)
        .withBytes("uppdrag/latin1.yaml", "text: Att fr\u00e4mja.\n".getBytes(StandardCharsets.ISO_8859_1))
        .with("styrtal/gastnatter.yaml", "förslag: {typ: nytt, år: 2026}\ntext: Antal gästnätter.\n");

    FormatReport report = PlanFormatter.apply(plan.planSource(), project);

    assertEquals(List.of(
            "plan-source/uppdrag/ankare.yaml:1:7: fel: ankare (&t) används inte i plan-source; filen formateras inte"
                + " – skriv ut värdet där det behövs [VP008]",
            "plan-source/uppdrag/latin1.yaml:1:13: fel: byten 0xE4 är inte giltig UTF-8; filen formateras inte"
                + " – spara filen som UTF-8 [VP002]"),
        report.diagnostics().stream().map(Diagnostic::format).toList());
    assertEquals(List.of("plan-source/styrtal/gastnatter.yaml"), report.files().stream().map(FormattedFile::display).toList());
    assertEquals(broken, Files.readString(plan.planSource().resolve("uppdrag/ankare.yaml")));
  }

  @Test
  void leavesFilesVpDoesNotKnowAlone() throws IOException {
    String odd = "text:   Att främja.\n";
    TestPlan plan = TestPlan.minimal(project)
        .with("uppdrag/paverkan.yml", odd)
        .with("okand/fil.yaml", odd)
        .with(".utkast/fil.yaml", odd)
        .with("uppdrag/.gammal.yaml", odd);

    FormatReport report = PlanFormatter.apply(plan.planSource(), project);

    assertTrue(report.isCanonical(), report.toString());
    for (String file : List.of("uppdrag/paverkan.yml", "okand/fil.yaml", ".utkast/fil.yaml", "uppdrag/.gammal.yaml")) {
      assertEquals(odd, Files.readString(plan.planSource().resolve(file)), file);
    }
  }

  @Test
  void saysSoWhenThereIsNoPlanSource() {
    FormatReport report = PlanFormatter.check(project.resolve("plan-source"), project);
    assertEquals(List.of("plan-source: fel: mappen med planen finns inte [VP016]"),
        report.diagnostics().stream().map(Diagnostic::format).toList());
  }

  private static List<String> findings(Validation validation) {
    return validation.diagnostics().stream().map(d -> d.code() + " " + d.location().file() + " " + d.message()).toList();
  }

  @Test
  void writesNoTemporaryFileThroughALinkAPullRequestCommitted() throws IOException {
    TestPlan plan = TestPlan.committed(project)
        .edit("tidplan.yaml", "    typ: utkast\n", "    typ: 'utkast'   \n");
    Path hook = outside.resolve("pre-commit");
    Files.writeString(hook, "#!/bin/sh\nexit 0\n");
    Files.createSymbolicLink(plan.planSource().resolve(".tidplan.yaml.vp-fmt"), hook);
    Files.setPosixFilePermissions(plan.planSource().resolve("tidplan.yaml"),
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));

    FormatReport report = PlanFormatter.apply(plan.planSource(), project);

    assertEquals("#!/bin/sh\nexit 0\n", Files.readString(hook));
    assertEquals("rw-rw-r--", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(plan.planSource().resolve("tidplan.yaml"))));
    assertEquals(List.of("plan-source/tidplan.yaml"), report.files().stream().map(FormattedFile::display).toList());
    assertTrue(Files.isSymbolicLink(plan.planSource().resolve(".tidplan.yaml.vp-fmt")));
    try (var files = Files.list(plan.planSource())) {
      assertEquals(List.of(".tidplan.yaml.vp-fmt"), files.map(f -> f.getFileName().toString())
          .filter(name -> name.startsWith(".")).toList());
    }
  }
}
