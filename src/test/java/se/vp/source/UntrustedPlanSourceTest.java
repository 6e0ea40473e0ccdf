package se.vp.source;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;
import se.vp.Validation;

/** plan-source comes from pull requests: a link in it must not make vp read what lies outside. */
class UntrustedPlanSourceTest {

  private static final String SECRET = "HEMLIGT-4711";

  @TempDir Path project;
  @TempDir Path outside;

  @Test
  void readsNoFileThroughALink() throws IOException {
    Path secret = outside.resolve("hemlig.yaml");
    Files.writeString(secret, "text: " + SECRET + "\nmottagare: nämnden\n");
    TestPlan plan = TestPlan.minimal(project);
    Files.createDirectories(plan.planSource().resolve("uppdrag"));
    Files.createSymbolicLink(plan.planSource().resolve("uppdrag/lank.yaml"), secret);
    plan.assertFindings("VP017 plan-source/uppdrag/lank.yaml: fel: symboliska länkar följs inte i plan-source");
    assertTrue(plan.findings().stream().noneMatch(f -> f.contains(SECRET)));
  }

  @Test
  void readsNoFolderThroughALink() throws IOException {
    Files.writeString(outside.resolve("hemlig.yaml"), "text: " + SECRET + "\n");
    TestPlan plan = TestPlan.minimal(project);
    Files.createSymbolicLink(plan.planSource().resolve("styrtal"), outside);
    plan.assertFindings("VP017 plan-source/styrtal: fel: symboliska länkar följs inte i plan-source");
  }

  @Test
  void readsNoPlanThroughALink() throws IOException {
    Path real = outside.resolve("plan-source");
    TestPlan.minimal(outside);
    Files.createSymbolicLink(project.resolve("plan-source"), real);
    Validation validation = Validation.of(project.resolve("plan-source"), project);
    assertTrue(validation.plan().isEmpty());
    assertTrue(validation.diagnostics().get(0).format()
        .equals("plan-source: fel: mappen med planen är en symbolisk länk – lägg planen själv här [VP017]"),
        validation.diagnostics().toString());
  }

  @Test
  void reportsAHiddenLinkLikeAnyOther() throws IOException {
    TestPlan plan = TestPlan.minimal(project);
    Files.createSymbolicLink(plan.planSource().resolve(".plan.yaml.vp-fmt"), outside.resolve("pre-commit"));
    Files.createDirectories(plan.planSource().resolve(".dold"));
    Files.createSymbolicLink(plan.planSource().resolve(".dold/x"), outside);
    plan.assertFindings("VP017 plan-source/.dold/x: fel: symboliska länkar följs inte i plan-source",
        "VP017 plan-source/.plan.yaml.vp-fmt: fel: symboliska länkar följs inte i plan-source");
  }

  @Test
  void reportsAHiddenYamlFileAsAStrayFile() throws IOException {
    TestPlan plan = TestPlan.minimal(project);
    Files.writeString(plan.planSource().resolve(".utkast.yaml"), "text: x\n");
    assertTrue(plan.findings().stream().anyMatch(f -> f.startsWith("VP014 plan-source/.utkast.yaml: fel:")),
        plan.findings().toString());
  }

  @Test
  void readsOnlyRegularFiles() throws Exception {
    TestPlan plan = TestPlan.minimal(project);
    Path fifo = plan.planSource().resolve("uppdrag/nr-1-x.yaml");
    Files.createDirectories(fifo.getParent());
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assertions.assertEquals(0, mkfifo.waitFor());
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () ->
        plan.assertFindings("VP001 plan-source/uppdrag/nr-1-x.yaml: fel: filen är ingen vanlig fil utan en FIFO eller"
            + " enhet, och vp läser bara vanliga filer"));
  }
}
