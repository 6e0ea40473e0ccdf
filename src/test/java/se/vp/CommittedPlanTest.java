package se.vp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.vp.model.Mottagare;
import se.vp.model.Plan;

/**
 * The committed VP 2026 loads without errors and shows exactly the seed's inconsistencies as
 * warnings: each is kept in plan-source as the deck has it, and reported, never silently fixed.
 */
class CommittedPlanTest {

  private final Validation validation = Validation.of(Path.of("plan-source"), Path.of(""));

  @Test
  void loadsWithoutErrorsAndWithExactlyTheSeedsInconsistenciesAsWarnings() {
    List<String> found = validation.diagnostics().stream()
        .map(d -> d.code() + " " + d.location().file() + ":" + d.location().line() + " " + d.severity().word())
        .toList();
    assertEquals(TestPlan.committedFindings(), found);
  }

  @Test
  void readmeCountsTheCommittedPlansWarningsAsTheListDoes() throws java.io.IOException {
    String readme = java.nio.file.Files.readString(Path.of("README.md"));
    long warnings = TestPlan.COMMITTED_WARNINGS;
    assertTrue(readme.contains("[INFO] vp: 0 fel, " + warnings + " varningar."), "README's example of vp:validate");
    assertTrue(readme.contains("The committed plan gives " + warnings + " warnings and no errors"), "README's account");
  }

  @Test
  void holdsTheWholePlanOfTheSeed() {
    Plan plan = validation.plan().orElseThrow();
    assertEquals(2026, plan.fakta().ar());
    assertEquals(5, plan.tidplan().size());
    assertEquals(5, plan.omvarld().omvarldsfaktorer().size());
    assertEquals(2, plan.omvarld().internaUtmaningar().size());
    assertEquals(10, plan.malsattningar().size());
    assertEquals(5, plan.malsattningar().get(3).styrtal().size());
    assertEquals(List.of("4.1", "4.1.1", "4.1.2", "4.2", "4.2.1", "4.2.2", "4.3"),
        plan.fokusomraden().stream().map(f -> f.nummer().toString()).sorted().toList());
    assertEquals(24, plan.styrtal().size());
    assertEquals(18, plan.uppdrag().stream().filter(u -> u.nr().isPresent()).count());
    assertEquals(10, plan.uppdrag().stream().filter(u -> u.mottagare() == Mottagare.FORVALTNINGEN).count());
    assertEquals(17, plan.fullmaktigesUppdrag().orElseThrow().uppdrag().size());
    assertEquals(3, plan.forutsattningar().orElseThrow().omraden().size());
    assertTrue(plan.ekonomi().isPresent());
  }
}
