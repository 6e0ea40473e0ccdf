package se.vp.renumber;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;
import se.vp.Validation;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.VpException;

/**
 * vp:renumber on a copy of the committed plan: every place that names the fokusområde by number
 * follows it, the files change in those scalars only, and a renumbering it cannot make whole is
 * refused with nothing written.
 */
class RenumbererTest {

  @TempDir Path project;
  @TempDir Path outside;

  private Renumbered renumber(TestPlan plan, String from, String till) throws Exception {
    return Renumberer.renumber(plan.planSource(), project, RenumberRequest.of(from, till));
  }

  private String refusal(TestPlan plan, String from, String till) {
    VpException e = assertThrows(VpException.class, () -> renumber(plan, from, till));
    assertEquals(Code.VP601, e.diagnostic().code());
    return e.diagnostic().text();
  }

  /** Every file of plan-source with its text, to show that a refusal wrote nothing. */
  private static Map<String, String> files(TestPlan plan) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(plan.planSource())) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(plan.planSource().relativize(file).toString(), Files.readString(file));
      }
    }
    return files;
  }

  private static long errors(TestPlan plan) {
    Validation validation = plan.validate();
    return validation.diagnostics().stream().filter(d -> d.severity() == Severity.FEL).count();
  }

  @Test
  void renumbersAFokusomradeInEveryFileThatNamesItAndRenamesItsFile() throws Exception {
    TestPlan plan = TestPlan.committed(project);
    Map<String, String> before = files(plan);
    Renumbered done = renumber(plan, "4.3", "4.4");
    assertEquals(List.of(
        "döpte om plan-source/fokusomraden/4-3-kompetensforsorjning.yaml till 4-4-kompetensforsorjning.yaml"
            + " (nummer 4.3 → 4.4)",
        "ändrade plan-source/omraden/energi-och-klimat.yaml (fokusområde 4.3 → 4.4)",
        "ändrade plan-source/omraden/naringslivsutveckling.yaml (fokusområde 4.3 → 4.4)",
        "ändrade plan-source/omraden/valfard-och-folkhalsa.yaml (fokusområde 4.3 → 4.4)"),
        done.files().stream().map(Renumbered.ChangedFile::line).toList());
    Map<String, String> after = files(plan);
    assertFalse(after.containsKey("fokusomraden/4-3-kompetensforsorjning.yaml"));
    assertEquals(before.get("fokusomraden/4-3-kompetensforsorjning.yaml").replace("nummer: \"4.3\"", "nummer: \"4.4\""),
        after.get("fokusomraden/4-4-kompetensforsorjning.yaml"));
    assertEquals(before.get("omraden/energi-och-klimat.yaml").replace("fokusområde: \"4.3\"", "fokusområde: \"4.4\""),
        after.get("omraden/energi-och-klimat.yaml"));
    before.keySet().stream().filter(f -> !f.startsWith("omraden/") && !f.startsWith("fokusomraden/4-3"))
        .forEach(f -> assertEquals(before.get(f), after.get(f), f));
    assertEquals(0, errors(plan), plan.findings().toString());
    assertEquals(List.of("plan-source/uppdrag/nr-31-kompetensforsorjningsstrukturer.yaml:1 nämner fortfarande 4.3"),
        done.stillNamed());
  }

  @Test
  void takesTheUnderomradenAlongAndEveryErsatterThatNamesThem() throws Exception {
    TestPlan plan = TestPlan.committed(project);
    Renumbered done = renumber(plan, "4.2", "4.4");
    assertEquals(List.of("4.2 → 4.4", "4.2.1 → 4.4.1", "4.2.2 → 4.4.2"), done.numbers());
    Map<String, String> after = files(plan);
    assertTrue(after.containsKey("fokusomraden/4-4-1-forebyggande.yaml"), after.keySet().toString());
    assertTrue(after.get("fokusomraden/4-4-utbildning.yaml").contains("""
            ersätter:
              - "4.4.1"
              - "4.4.2"
        """), after.get("fokusomraden/4-4-utbildning.yaml"));
    assertTrue(after.get("fokusomraden/4-4-2-studier.yaml").startsWith("nummer: \"4.4.2\"\n"));
    assertEquals(0, errors(plan), plan.findings().toString());
  }

  @Test
  void keepsCommentsLayoutAndTheWayANumberIsWritten() throws Exception {
    TestPlan plan = TestPlan.committed(project);
    plan.with("omraden/energi-och-klimat.yaml", files(plan).get("omraden/energi-och-klimat.yaml")
        .replaceFirst("      - fokusområde: \"4.3\"",
            "      # Kompetens, som området skriver det\n      - fokusområde: '4.3'  # med citattecken\r"));
    plan.edit("omraden/valfard-och-folkhalsa.yaml", "fokusområde: \"4.3\"", "fokusområde: 4.3");
    renumber(plan, "4.3", "4.4");
    Map<String, String> after = files(plan);
    assertTrue(after.get("omraden/energi-och-klimat.yaml")
        .contains("      # Kompetens, som området skriver det\n      - fokusområde: '4.4'  # med citattecken\r"));
    assertTrue(after.get("omraden/valfard-och-folkhalsa.yaml").contains("fokusområde: 4.4\n"));
  }

  /** The reader counts columns in characters, not in UTF-16 units: a 😀 earlier on the line moves nothing. */
  @Test
  void findsANumberAfterACharacterBeyondTheBasicPlaneOnItsLine() throws Exception {
    TestPlan plan = TestPlan.committed(project);
    plan.edit("omraden/energi-och-klimat.yaml", "      - fokusområde: \"4.3\"\n        rubrik: Kompetensförsörjning\n"
        + "        punkter:\n          - Påverka", "      - {rubrik: \"Kompetens 😀 och 𝔸\", fokusområde: \"4.3\","
        + " punkter: [Påverka]}\n      # - Påverka");
    assertEquals(0, errors(plan), plan.findings().toString());
    renumber(plan, "4.3", "4.4");
    assertTrue(files(plan).get("omraden/energi-och-klimat.yaml")
        .contains("      - {rubrik: \"Kompetens 😀 och 𝔸\", fokusområde: \"4.4\", punkter: [Påverka]}\n"));
  }

  @Test
  void refusesANumberThatIsTaken() throws Exception {
    TestPlan plan = TestPlan.committed(project);
    Map<String, String> before = files(plan);
    assertEquals("fokusområde 4.2 finns redan: plan-source/fokusomraden/4-2-utbildning.yaml – välj ett ledigt nummer,"
        + " till exempel 4.4", refusal(plan, "4.3", "4.2"));
    assertEquals(before, files(plan));
  }

  @Test
  void refusesANumberUnderAnotherMalsattning() throws Exception {
    TestPlan plan = TestPlan.committed(project);
    assertTrue(refusal(plan, "4.3", "5.1").startsWith("fokusområde 4.3 hör till målsättning 4, och 5.1 skulle numrera"
        + " det under målsättning 5 – ett fokusområde numreras under sin egen målsättning, som VP204 kontrollerar;"
        + " välj ett nummer som börjar med 4."));
  }

  @Test
  void refusesAFokusomradeThatDoesNotExistAndWhatCannotBeANumber() throws Exception {
    TestPlan plan = TestPlan.committed(project);
    assertTrue(refusal(plan, "4.7", "4.8").startsWith("fokusområde 4.7 finns inte i planen"));
    assertEquals("vp.till ska vara ett fokusområdes nummer, inte 'fyra' – skriv det som 4.4 eller 4.1.2",
        refusal(plan, "4.3", "fyra"));
    assertTrue(refusal(plan, "4.2", "4.1.3").startsWith("4.2.1 skulle bli 4.1.3.1, och ett fokusområdes nummer har"
        + " högst tre led"));
    assertTrue(refusal(plan, "4.3", "4.5.1").startsWith("fokusområde 4.5 finns inte, och 4.5.1 kan bara ligga under"));
  }

  @Test
  void refusesAPlanWithErrorsAndWritesNothing() throws Exception {
    TestPlan plan = TestPlan.committed(project);
    plan.edit("uppdrag/nr-31-kompetensforsorjningsstrukturer.yaml", "nr: 31", "nr: 31\nokänd: 1");
    Map<String, String> before = files(plan);
    assertTrue(refusal(plan, "4.3", "4.4").startsWith("planen kan inte läsas"), "a file with an unknown key");
    assertEquals(before, files(plan));
  }

  @Test
  void refusesAPlanWhoseErrorsTheRenumberingDoesNotMend() throws Exception {
    TestPlan plan = TestPlan.committed(project);
    plan.edit("fokusomraden/4-1-1-innovationssystem.yaml", "  - gastnatter", "  - gastnatter-i-lanet");
    Map<String, String> before = files(plan);
    assertTrue(refusal(plan, "4.3", "4.4").startsWith("planen har fel som en ny numrering inte rättar"));
    assertEquals(before, files(plan));
  }

  @Test
  void refusesAPlanWithALinkAndWritesNothingThroughIt() throws Exception {
    TestPlan plan = TestPlan.committed(project);
    Path target = outside.resolve("energi-och-klimat.yaml");
    Files.move(plan.planSource().resolve("omraden/energi-och-klimat.yaml"), target);
    Files.createSymbolicLink(plan.planSource().resolve("omraden/energi-och-klimat.yaml"), target);
    String text = Files.readString(target);
    Map<String, String> before = files(plan);
    assertTrue(refusal(plan, "4.3", "4.4").startsWith("planen kan inte läsas"), "a link is VP017");
    assertEquals(text, Files.readString(target));
    assertEquals(before, files(plan));
  }

  @Test
  void refusesANumberWrittenOtherwiseThanItReads() throws Exception {
    TestPlan plan = TestPlan.committed(project);
    plan.edit("omraden/valfard-och-folkhalsa.yaml", "fokusområde: \"4.3\"", "fokusområde: \"4\\x2e3\"");
    assertEquals(0, errors(plan), plan.findings().toString());
    Map<String, String> before = files(plan);
    assertTrue(refusal(plan, "4.3", "4.4").startsWith("numret står inte som vp läste det"));
    assertEquals(before, files(plan));
  }

  /** Issue 13: nummer changed by hand, the references left behind; the hint's command takes them along. */
  @Test
  void bringsTheReferencesAlongAfterANummerChangedByHand() throws Exception {
    TestPlan plan = TestPlan.committed(project);
    plan.edit("fokusomraden/4-3-kompetensforsorjning.yaml", "nummer: \"4.3\"", "nummer: \"4.4\"");
    assertEquals(3, errors(plan));
    Renumbered done = renumber(plan, "4.3", "4.4");
    assertEquals(4, done.files().size(), done.files().toString());
    assertTrue(Files.exists(plan.planSource().resolve("fokusomraden/4-4-kompetensforsorjning.yaml")));
    assertEquals(0, errors(plan), plan.findings().toString());
  }

  /** By hand, and one of the områden's insatser too: the others follow, the one done stays. */
  @Test
  void bringsTheRestAlongWhenSomeReferencesWereChangedByHandToo() throws Exception {
    TestPlan plan = TestPlan.committed(project);
    plan.edit("fokusomraden/4-3-kompetensforsorjning.yaml", "nummer: \"4.3\"", "nummer: \"4.4\"");
    plan.edit("omraden/energi-och-klimat.yaml", "fokusområde: \"4.3\"", "fokusområde: \"4.4\"");
    Renumbered done = renumber(plan, "4.3", "4.4");
    assertEquals(List.of("plan-source/fokusomraden/4-3-kompetensforsorjning.yaml",
        "plan-source/omraden/naringslivsutveckling.yaml", "plan-source/omraden/valfard-och-folkhalsa.yaml"),
        done.files().stream().map(Renumbered.ChangedFile::display).toList());
    assertEquals(0, errors(plan), plan.findings().toString());
  }

  /** By hand on a fokusområde with underområden: the hint of VP205 takes them, and every ersätter, along. */
  @Test
  void bringsTheUnderomradenAlongAfterTheirParentsNummerWasChangedByHand() throws Exception {
    TestPlan plan = TestPlan.committed(project);
    plan.edit("fokusomraden/4-2-utbildning.yaml", "nummer: \"4.2\"", "nummer: \"4.4\"");
    Renumbered done = renumber(plan, "4.2", "4.4");
    assertEquals(List.of("4.2 → 4.4", "4.2.1 → 4.4.1", "4.2.2 → 4.4.2"), done.numbers());
    assertEquals(0, errors(plan), plan.findings().toString());
    Map<String, String> after = files(plan);
    assertTrue(after.keySet().containsAll(List.of("fokusomraden/4-4-utbildning.yaml",
        "fokusomraden/4-4-1-forebyggande.yaml", "fokusomraden/4-4-2-studier.yaml")), after.keySet().toString());
  }
}
