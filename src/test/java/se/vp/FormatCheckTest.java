package se.vp;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vp:validate tells an editor which files mvn vp:fmt would rewrite, without failing on it. */
class FormatCheckTest {

  @TempDir Path project;

  @Test
  void warnsAboutAFileNotInCanonicalFormAtItsFirstLineThatWouldChange() {
    TestPlan plan = TestPlan.minimal(project)
        .with("plan.yaml", TestPlan.PLAN_YAML.replace("status: utkast", "status: 'utkast'"));
    Validation validation = Validation.withFormatCheck(plan.planSource(), project);
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(
        "plan-source/plan.yaml:7:1: varning: filen är inte formaterad som mvn vp:fmt skriver den – kör mvn vp:fmt [VP019]"),
        validation.diagnostics().stream().map(d -> d.format()).toList());
  }

  @Test
  void saysNothingOfTheFormOfAFileWithAnError() {
    TestPlan plan = TestPlan.minimal(project)
        .with("plan.yaml", TestPlan.PLAN_YAML.replace("status: utkast", "status: 'okänd'"));
    Validation validation = Validation.withFormatCheck(plan.planSource(), project);
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("VP104"),
        validation.diagnostics().stream().map(d -> d.code().name()).toList());
  }

  @Test
  void findsTheCommittedPlanCanonical() {
    org.junit.jupiter.api.Assertions.assertEquals(TestPlan.COMMITTED_WARNINGS,
        Validation.withFormatCheck(Path.of("plan-source"), Path.of("")).warnings());
  }
}
