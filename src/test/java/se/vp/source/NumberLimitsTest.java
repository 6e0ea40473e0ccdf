package se.vp.source;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;

/**
 * Issue 14: a number of ten bytes ({@code 1e30000000}) took 107 s and 200 MB of log, and longer
 * exponents or digits ended in ArithmeticException and NumberFormatException. Numbers are bounded
 * where they are read, before any arithmetic, and whatever lies beyond is a finding in its place.
 */
class NumberLimitsTest {

  private static final Duration SOON = Duration.ofSeconds(10);

  @TempDir Path project;

  private TestPlan styrtalWithOutcome(String value) {
    return TestPlan.minimal(project).with("styrtal/antal.yaml", """
        text: Antal besökare.
        riktning: öka
        beslut: {av: DN, år: 2025}
        utfall:
          - år: 2024
            värde: %s
        """.formatted(value));
  }

  @Test
  void refusesAHugeExponentAtOnce() {
    TestPlan plan = styrtalWithOutcome("1e30000000");
    assertTimeoutPreemptively(SOON, () -> plan.assertFindings(
        "VP022 plan-source/styrtal/antal.yaml:6:12: fel: talet är för stort eller har för många siffror"));
  }

  @Test
  void refusesAnExponentBeyondWhatJavaCanHold() {
    TestPlan plan = styrtalWithOutcome("1e999999999");
    assertTimeoutPreemptively(SOON, () -> plan.assertFindings(
        "VP022 plan-source/styrtal/antal.yaml:6:12: fel: talet är för stort eller har för många siffror"));
  }

  @Test
  void refusesTwentyDigits() {
    TestPlan plan = styrtalWithOutcome("99999999999999999999");
    assertTimeoutPreemptively(SOON, () -> plan.assertFindings(
        "VP022 plan-source/styrtal/antal.yaml:6:12: fel: talet är för stort eller har för många siffror"));
  }

  @Test
  void refusesAMegabyteOfDigits() {
    TestPlan plan = styrtalWithOutcome("1." + "0".repeat(1_000_000));
    assertTimeoutPreemptively(SOON, () -> plan.assertFindings(
        "VP022 plan-source/styrtal/antal.yaml:6:12: fel: talet är för stort eller har för många siffror"));
  }

  @Test
  void refusesTooManyDecimals() {
    TestPlan plan = styrtalWithOutcome("1e-40");
    assertTimeoutPreemptively(SOON, () -> plan.assertFindings(
        "VP022 plan-source/styrtal/antal.yaml:6:12: fel: talet är för stort eller har för många siffror"));
  }

  @Test
  void readsTheLargestNumbersAllowed() {
    TestPlan plan = styrtalWithOutcome("-999999999999999.999999999999999");
    assertTimeoutPreemptively(SOON, () -> plan.assertFindings(
        "VP214 plan-source/styrtal/antal.yaml"));
  }

  @Test
  void refusesAnUppdragNumberTooLargeForTheLists() {
    TestPlan plan = TestPlan.minimal(project).with("uppdrag/stort.yaml", """
        nr: 99999999999
        text: Att göra något.
        mottagare: nämnden
        """);
    assertTimeoutPreemptively(SOON, () -> plan.assertFindings(
        "VP106 plan-source/uppdrag/stort.yaml:1:5: fel:"));
  }
}
