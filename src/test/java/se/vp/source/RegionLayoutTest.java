package se.vp.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.Validation;
import se.vp.model.Malsattning;
import se.vp.model.Namndplan;
import se.vp.render.Timings;
import se.vp.synthetic.SyntheticPlans;

/** A region in one plan-source: fullmaktige/ once, each nämnd in namnder/<id>/. */
class RegionLayoutTest {

  @TempDir
  Path project;

  private Path region(int namnder) {
    Path planSource = project.resolve("plan-source");
    SyntheticPlans.writeRegion(planSource, namnder, 5);
    return planSource;
  }

  private Validation validate(Path planSource, Optional<String> namnd) {
    return Validation.of(planSource, project, namnd, new Timings());
  }

  private static List<String> lines(Validation validation) {
    return validation.diagnostics().stream().map(d -> d.code() + " " + d.location() + ": " + d.text()).toList();
  }

  @Test
  void everyNamndIsAPlanOfItsOwnWithTheCouncilsPartsShared() {
    Validation validation = validate(region(3), Optional.empty());
    assertEquals(List.of(), lines(validation));
    assertEquals(List.of("namnd-001", "namnd-002", "namnd-003"), validation.plans().stream().map(Namndplan::id).toList());
    assertTrue(validation.plan().isEmpty(), "a region has no single plan");
    for (Namndplan plan : validation.plans()) {
      Malsattning first = plan.plan().malsattningar().get(0);
      assertTrue(first.at().file().startsWith("plan-source/fullmaktige/malsattningar/"), first.at().file());
      boolean placed = plan.plan().malsattningar().stream().flatMap(m -> m.styrtal().stream())
          .anyMatch(ref -> ref.at().file().startsWith("plan-source/namnder/" + plan.id() + "/malsattningar/"));
      assertTrue(placed, "the nämnd's styrtal under the council's målsättningar come from its own files");
    }
  }

  /** The council's uppdrag to a nämnd that no nämnd places is in no handling; only the whole region can tell. */
  @Test
  void saysOfACouncilUppdragNoNamndHasPlaced() throws Exception {
    Path planSource = region(2);
    Files.writeString(planSource.resolve("fullmaktige/uppdrag/nr-900-glomt.yaml"), """
        nr: 900
        text: Att utreda ett uppdrag som ingen nämnd har fått i sin plan.
        mottagare: nämnden
        beslut:
          av: FM
          år: 2025
        """);
    assertEquals(List.of("VP214 plan-source/fullmaktige/uppdrag/nr-900-glomt.yaml:2:7: fullmäktiges uppdrag Nr 900"
        + " ges till en nämnd, men ingen nämnd i regionen har det under ett fokusområde, en målsättning eller ett"
        + " tema – lägg det i uppdrag-listan hos den nämnd som fått det, eller ta bort filen om fullmäktige inte har"
        + " gett det"), lines(validate(planSource, Optional.empty())));
    assertEquals(List.of(), lines(validate(planSource, Optional.of("namnd-001"))),
        "one nämnd picked out cannot tell what the others place");
  }

  @Test
  void aRegionNamndIsTheSamePlanAsInTheSingleLayout() {
    Validation region = validate(region(2), Optional.of("namnd-002"));
    Path single = project.resolve("single");
    SyntheticPlans.writeSingle(single, 5, 2);
    Validation alone = validate(single, Optional.empty());
    assertEquals(List.of(), lines(alone));
    var a = region.plan().orElseThrow();
    var b = alone.plan().orElseThrow();
    assertEquals(b.malsattningar().stream().map(m -> m.nr() + " " + m.styrtal().size() + " " + m.uppdrag().size()).toList(),
        a.malsattningar().stream().map(m -> m.nr() + " " + m.styrtal().size() + " " + m.uppdrag().size()).toList());
    assertEquals(b.uppdrag().size(), a.uppdrag().size() - 15 * 1,
        "the council's folder also holds the other nämnd's 15 numbered uppdrag");
    assertEquals(b.fakta().namnd(), a.fakta().namnd());
  }

  @Test
  void oneNamndIsReadAloneWhenAskedFor() {
    Validation validation = validate(region(3), Optional.of("namnd-002"));
    assertEquals(List.of("namnd-002"), validation.plans().stream().map(Namndplan::id).toList());
  }

  @Test
  void aNamndThatIsNotThereIsNamedWithTheNearestOne() {
    Validation validation = validate(region(2), Optional.of("namnd-02"));
    assertEquals(List.of("VP020 plan-source/namnder/: nämnden 'namnd-02' finns inte i namnder/ – menade du 'namnd-002'?"),
        lines(validation));
  }

  @Test
  void aSingleNamndPlanTakesNoNamnd() {
    Path single = project.resolve("single");
    SyntheticPlans.writeSingle(single, 5);
    assertEquals(List.of("VP020 single: plan-source har en enda nämnd, så vp.namnd ska inte anges – ta bort -Dvp.namnd=x"),
        lines(validate(single, Optional.of("x"))));
  }

  @Test
  void filesInTheWrongPartOfARegionAreRefusedWithWhereTheyBelong() throws IOException {
    Path planSource = region(1);
    Files.move(planSource.resolve("fullmaktige/gemensamt.yaml"), planSource.resolve("namnder/namnd-001/gemensamt.yaml"));
    Files.move(planSource.resolve("namnder/namnd-001/plan.yaml"), planSource.resolve("fullmaktige/plan.yaml"));
    Files.writeString(planSource.resolve("tidplan.yaml"), "händelser: []\n");
    assertEquals(List.of(
        "VP014 plan-source/fullmaktige/plan.yaml: vp känner inte igen filen fullmaktige/plan.yaml – fullmaktige/ har det"
            + " fullmäktige beslutar för alla nämnder: malsattningar/, uppdrag/ och gemensamt.yaml; nämndens egna filer"
            + " ligger i namnder/<nämnd>/",
        "VP014 plan-source/namnder/namnd-001/gemensamt.yaml: vp känner inte igen filen namnder/namnd-001/gemensamt.yaml"
            + " – gemensamt.yaml gäller alla nämnder och ligger i fullmaktige/",
        "VP014 plan-source/tidplan.yaml: vp känner inte igen filen tidplan.yaml – i en region ligger filerna i"
            + " fullmaktige/ och namnder/<nämnd>/"),
        lines(validate(planSource, Optional.empty())));
  }

  @Test
  void aNamndWithoutPlanYamlAndABadFolderNameAreErrors() throws IOException {
    Path planSource = region(2);
    Files.delete(planSource.resolve("namnder/namnd-002/plan.yaml"));
    assertEquals(List.of("VP016 plan-source/namnder/namnd-002/plan.yaml: plan.yaml saknas – den anger nämnd, år, titel och status"),
        lines(validate(planSource, Optional.empty())));
    Files.move(planSource.resolve("namnder/namnd-002"), planSource.resolve("namnder/Nämnd 2"));
    assertTrue(lines(validate(planSource, Optional.empty())).stream()
        .allMatch(line -> line.startsWith("VP015 plan-source/namnder/Nämnd 2/") && line.endsWith("till exempel namnd-2")));
  }

  @Test
  void aPlacementNeedsTheCouncilsMalsattning() throws IOException {
    Path planSource = region(1);
    Path placements = planSource.resolve("namnder/namnd-001/malsattningar");
    Path placement;
    try (var files = Files.list(placements)) {
      placement = files.sorted().findFirst().orElseThrow();
    }
    Files.move(placement, placements.resolve("99-finns-inte.yaml"));
    List<String> findings = lines(validate(planSource, Optional.empty()));
    assertTrue(findings.contains("VP203 plan-source/namnder/namnd-001/malsattningar/99-finns-inte.yaml:1:1: fullmäktige har"
        + " ingen målsättning 99-finns-inte att placera styrtal och uppdrag under – filen ska heta som målsättningen i"
        + " fullmaktige/malsattningar/"), String.join("\n", findings));
  }

  @Test
  void aPlacementHoldsOnlyStyrtalAndUppdrag() throws IOException {
    Path planSource = region(1);
    Path placement;
    try (var files = Files.list(planSource.resolve("namnder/namnd-001/malsattningar"))) {
      placement = files.sorted().findFirst().orElseThrow();
    }
    Files.writeString(placement, "titel: Egen titel\n" + Files.readString(placement));
    List<String> findings = lines(validate(planSource, Optional.empty()));
    assertEquals(1, findings.size(), String.join("\n", findings));
    assertTrue(findings.get(0).startsWith("VP101 plan-source/namnder/namnd-001/malsattningar/"), findings.get(0));
  }

  @Test
  void anIdInBothTheCouncilsAndTheNamndsFolderIsAnError() throws IOException {
    Path planSource = region(1);
    Path councils;
    try (var files = Files.list(planSource.resolve("fullmaktige/uppdrag"))) {
      councils = files.sorted().findFirst().orElseThrow();
    }
    Files.copy(councils, planSource.resolve("namnder/namnd-001/uppdrag").resolve(councils.getFileName()));
    List<String> findings = lines(validate(planSource, Optional.empty()));
    assertTrue(findings.get(0).startsWith("VP201 plan-source/namnder/namnd-001/uppdrag/" + councils.getFileName()
        + ": id '" + councils.getFileName().toString().replace(".yaml", "") + "' finns redan i plan-source/fullmaktige/uppdrag/"),
        String.join("\n", findings));
  }
}
