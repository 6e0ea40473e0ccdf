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
}
