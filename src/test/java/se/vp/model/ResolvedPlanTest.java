package se.vp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;
import se.vp.diagnostic.Location;

/** References resolved once, for the checks, the views and the diff alike. */
class ResolvedPlanTest {

  @TempDir Path project;

  private static String name(Placement.Place place) {
    if (place instanceof Placement.InMalsattning m) {
      return "målsättning " + m.malsattning().nr();
    }
    if (place instanceof Placement.InFokusomrade f) {
      return "fokusområde " + f.fokusomrade().nummer();
    }
    return ((Placement.InTema) place).tema().rubrik();
  }

  private ResolvedPlan committed() {
    return TestPlan.committed(project).validate().plans().get(0).resolved();
  }

  @Test
  void resolvesUppdragByTheCouncilsNumberOrByTheirId() {
    ResolvedPlan plan = committed();
    Location at = Location.ofFile("x");
    assertEquals("nr-27-strategiskt-paverkansarbete", plan.uppdrag(new Ref("27", at)).orElseThrow().id());
    assertEquals("kommunikationsplattform", plan.uppdrag(new Ref("kommunikationsplattform", at)).orElseThrow().id());
    assertTrue(plan.uppdrag(new Ref("99", at)).isEmpty());
  }

  @Test
  void ordersTheFokusomradenByNumberAndNestsThem() {
    ResolvedPlan plan = committed();
    assertEquals(List.of("4.1", "4.1.1", "4.1.2", "4.2", "4.2.1", "4.2.2", "4.3"),
        plan.fokusomraden().stream().map(f -> f.nummer().toString()).toList());
    Fokusomrade omstallning = plan.fokusomrade("4.1").orElseThrow();
    assertEquals(List.of("4.1.1", "4.1.2"),
        plan.underomraden(omstallning).stream().map(f -> f.nummer().toString()).toList());
    assertEquals(omstallning, plan.overordnat(plan.fokusomrade("4.1.2").orElseThrow()).orElseThrow());
    assertEquals(List.of("4.1", "4.2", "4.3"), plan.fokusomradenUnder(plan.malsattning(4).orElseThrow()).stream()
        .map(f -> f.nummer().toString()).toList());
  }

  @Test
  void placesAnUppdragWhereTheListsNameIt() {
    ResolvedPlan plan = committed();
    Uppdrag nr20 = plan.uppdragNr(20).orElseThrow();
    assertEquals(List.of("fokusområde 4.1.2"), plan.places(nr20).stream().map(ResolvedPlanTest::name).toList());
  }

  @Test
  void placesAStyrtalInTheOrderTheHandlingarReadThePlan() {
    ResolvedPlan plan = committed();
    Styrtal brp = plan.styrtal(new Ref("brp-per-invanare", Location.ofFile("x"))).orElseThrow();
    assertEquals(List.of("målsättning 4", "fokusområde 4.1.1"),
        plan.places(brp).stream().map(ResolvedPlanTest::name).toList());
  }

  @Test
  void leavesOutWhatDoesNotResolve() {
    ResolvedPlan plan = committed();
    Location at = Location.ofFile("x");
    assertEquals(List.of("gastnatter"), plan.styrtal(List.of(new Ref("finns-inte", at), new Ref("gastnatter", at)))
        .stream().map(Styrtal::id).toList());
  }
}
