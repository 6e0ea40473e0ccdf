package se.vp.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.VpException;
import se.vp.format.YamlFormatter;
import se.vp.source.FileKind;

/**
 * vp:new on a copy of the committed plan: each kind of file is created where it belongs, with the
 * next free number, in canonical form, and the plan still has no errors; only the warning that
 * the new item is not used yet. Nothing is ever written over, and a mistake is said in Swedish.
 */
class ScaffolderTest {

  @TempDir Path project;
  @TempDir Path outside;

  private Scaffolded create(TestPlan plan, String kind, String... options) throws Exception {
    return Scaffolder.create(plan.planSource(), project, new ScaffoldRequest(kind, option(options, 0),
        option(options, 1), option(options, 2), option(options, 3), option(options, 4)));
  }

  private static Optional<String> option(String[] options, int index) {
    return index < options.length ? Optional.ofNullable(options[index]) : Optional.empty();
  }

  private String scaffoldError(TestPlan plan, String kind, String... options) {
    return assertThrows(VpException.class, () -> create(plan, kind, options)).diagnostic().text();
  }

  /**
   * The plan has no errors but the placeholders' (VP241: the committed plan's status is förslag),
   * and the only findings about the new file are the expected ones; with its placeholders filled
   * in, the file gives none of VP241 and keeps the others.
   */
  private static void assertValidates(TestPlan plan, Scaffolded created, String... findings) throws Exception {
    String text = Files.readString(created.file());
    FileKind kind = FileKind.of(created.display().substring("plan-source/".length())).orElseThrow();
    assertEquals(text, new YamlFormatter().format(text, kind, created.display()), "a new file is in canonical form");
    assertEquals(List.of(findings), findingsAbout(plan, created));
    Files.writeString(created.file(), text.replaceAll("… \\(skriv [^)]+ här\\)", "Ifylld text."));
    assertEquals(Stream.of(findings).filter(f -> !f.equals("FEL VP241")).toList(), findingsAbout(plan, created),
        "with the placeholders filled in");
    Files.writeString(created.file(), text);
  }

  private static List<String> findingsAbout(TestPlan plan, Scaffolded created) {
    var validation = plan.validate();
    assertEquals(List.of(), validation.diagnostics().stream()
        .filter(d -> d.severity() == Severity.FEL && d.code() != Code.VP241).toList());
    return validation.diagnostics().stream()
        .filter(d -> d.location().file().equals(created.display()))
        .map(d -> (d.severity() == Severity.VARNING ? "" : "FEL ") + d.code()).toList();
  }

  @Test
  void createsACouncilUppdragWithTheNextFreeNumber() throws Exception {
    TestPlan plan = TestPlan.committed(project);

    Scaffolded created = create(plan, "uppdrag");

    assertEquals("plan-source/uppdrag/nr-62-nytt-uppdrag.yaml", created.display());
    assertEquals("""
        nr: 62
        text: Att … (skriv uppdragets text här)
        mottagare: nämnden
        beslut:
          av: FM
          år: 2026
        """, Files.readString(created.file()));
    assertTrue(created.nextStep().startsWith("Skriv uppdragets text och lägg till 62 i uppdrag-listan i det fokusområde"),
        created.nextStep());
    assertValidates(plan, created, "VP214", "FEL VP241");
    assertEquals("plan-source/uppdrag/nr-63-paverkan.yaml", create(plan, "uppdrag", "paverkan").display());
  }

  @Test
  void createsACouncilUppdragWithTheNumberTheCouncilGaveIt() throws Exception {
    TestPlan plan = TestPlan.committed(project);

    Scaffolded created = create(plan, "uppdrag", "vatgas", "regionstyrelsen-och-nämnderna", null, null, "70");

    assertEquals("plan-source/uppdrag/nr-70-vatgas.yaml", created.display());
    assertTrue(Files.readString(created.file()).startsWith("nr: 70\n"));
    assertValidates(plan, created, "VP214", "FEL VP241");
    assertEquals("plan-source/uppdrag/nr-71-nytt-uppdrag.yaml", create(plan, "uppdrag").display());
    assertEquals("plan-source/uppdrag/nr-5-tidigt.yaml", create(plan, "uppdrag", "tidigt", null, null, null, "5").display());
    assertEquals("plan-source/uppdrag/nr-62-besoksnaring.yaml",
        create(plan, "uppdrag", "nr-62-besoksnaring", null, null, null, "62").display());
  }

  /** Issue 15 point 1: a plan that names its own council gets uppdrag decided by that council. */
  @Test
  void decidesACouncilUppdragByTheCouncilThePlanDeclares() throws Exception {
    TestPlan plan = TestPlan.committed(project).edit("plan.yaml", "jämförbara-län:", """
        beslutande-organ:
          - {förkortning: RTN, namn: Regional tillväxtnämnd, nämnden: true}
          - {förkortning: RF, namn: Regionfullmäktige, bestämd-form: regionfullmäktige}
        jämförbara-län:""");

    Scaffolded created = create(plan, "uppdrag", "vatgas", null, null, null, "70");

    String written = Files.readString(created.file());
    assertTrue(written.contains("beslut:\n  av: RF\n  år: 2026\n"), written);
  }

  @Test
  void refusesACouncilNumberInUseOrOutOfRangeSayingWhere() throws IOException {
    TestPlan plan = TestPlan.committed(project);
    long files = countFiles(plan);

    assertEquals("nr 27 används redan i plan-source/uppdrag/nr-27-strategiskt-paverkansarbete.yaml:1:5 – välj ett annat"
        + " nummer med -Dvp.nr, eller utelämna det för nästa lediga", scaffoldError(plan, "uppdrag", null, null, null, null, "27"));
    assertEquals("vp.nr ska vara ett nummer från 1 till 9999, inte 'Nr 27' – skriv numret som fullmäktiges uppdrag har det,"
        + " till exempel -Dvp.nr=27", scaffoldError(plan, "uppdrag", null, null, null, null, "Nr 27"));
    assertEquals("vp.nr ska vara ett nummer från 1 till 9999, inte '10000' – skriv numret som fullmäktiges uppdrag har det,"
        + " till exempel -Dvp.nr=27", scaffoldError(plan, "uppdrag", null, null, null, null, "10000"));
    assertEquals("vp.nr är numret på fullmäktiges uppdrag eller en målsättning, och förvaltningens uppdrag har inget – ta"
        + " bort -Dvp.nr", scaffoldError(plan, "uppdrag", null, "förvaltningen", null, null, "70"));
    assertEquals("vp.nr är numret på fullmäktiges uppdrag eller en målsättning, och ett fokusområde har inget – ett"
        + " fokusområdes nummer anges med -Dvp.nummer", scaffoldError(plan, "fokusomrade", null, null, "4", null, "5"));
    assertEquals("nr 4 används redan i plan-source/malsattningar/04-hallbar-regional-utveckling.yaml:1:5 – välj ett annat"
        + " nummer med -Dvp.nr, eller utelämna det för nästa lediga", scaffoldError(plan, "målsättning", null, null, null, null, "4"));
    assertEquals(files, countFiles(plan), "nothing was written");
  }

  @Test
  void givesTheFirstCouncilUppdragOfAnEmptyPlanTheNumberAskedFor() throws Exception {
    TestPlan plan = TestPlan.minimal(project);

    assertEquals("plan-source/uppdrag/nr-41-nytt-uppdrag.yaml", create(plan, "uppdrag", null, null, null, null, "41").display());
    assertEquals("plan-source/uppdrag/nr-42-nytt-uppdrag.yaml", create(plan, "uppdrag").display());
  }

  @Test
  void createsAMalsattningDecidedByTheCouncilWithTheNextFreeNumber() throws Exception {
    TestPlan plan = TestPlan.committed(project);

    Scaffolded created = create(plan, "målsättning");

    assertEquals("plan-source/malsattningar/11-ny-malsattning.yaml", created.display());
    assertEquals("""
        nr: 11
        titel: … (skriv målsättningens titel här)
        beslut:
          av: FM
          år: 2026
        """, Files.readString(created.file()));
    assertTrue(created.nextStep().endsWith("mvn vp:new -Dvp.kind=fokusområde -Dvp.malsattning=11."), created.nextStep());
    assertValidates(plan, created, "FEL VP241");
    assertEquals("plan-source/malsattningar/12-kultur.yaml", create(plan, "malsattning", "kultur").display());
    assertEquals("plan-source/malsattningar/40-sist.yaml", create(plan, "Målsättning", "sist", null, null, null, "40").display());
  }

  @Test
  void refusesAnOptionItDoesNotKnowAndNamesTheOnesItDoes() throws Exception {
    TestPlan plan = TestPlan.committed(project);
    long files = countFiles(plan);

    VpException e = assertThrows(VpException.class, () -> Scaffolder.create(plan.planSource(), project,
        new ScaffoldRequest("uppdrag", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Set.of("vp.kind", "vp.nummr", "vp.skip", "maven.repo.local"))));

    assertEquals("vp:new känner inte till -Dvp.nummr – menade du 'vp.nummer'? vp:new tar vp.kind, vp.id, vp.mottagare,"
        + " vp.malsattning, vp.nummer och vp.nr, och som alla vp-mål vp.planSource, vp.failOnWarning, vp.skip, vp.namnd,"
        + " vp.debug, vp.templates och vp.output", e.diagnostic().text());
    assertEquals("plan-source", e.diagnostic().location().toString());
    VpException two = assertThrows(VpException.class, () -> Scaffolder.create(plan.planSource(), project,
        new ScaffoldRequest("uppdrag", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Set.of("vp.typ", "vp.xyz"))));
    assertTrue(two.diagnostic().text().startsWith("vp:new känner inte till -Dvp.typ och -Dvp.xyz – vp:new tar vp.kind"),
        two.diagnostic().text());
    assertEquals(files, countFiles(plan), "nothing was written");
    Scaffolded created = Scaffolder.create(plan.planSource(), project, new ScaffoldRequest("styrtal", Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Set.of("vp.kind", "vp.skip", "vp.planSource", "vp.nr", "user.home")));
    assertEquals("plan-source/styrtal/nytt-styrtal.yaml", created.display());
  }

  @Test
  void createsAnUppdragToForvaltningenWithoutNumberAndWithAFreeId() throws Exception {
    TestPlan plan = TestPlan.committed(project);

    Scaffolded first = create(plan, "uppdrag", null, "förvaltningen");
    Scaffolded second = create(plan, "uppdrag", null, "forvaltningen");

    assertEquals("plan-source/uppdrag/nytt-uppdrag.yaml", first.display());
    assertEquals("plan-source/uppdrag/nytt-uppdrag-2.yaml", second.display());
    assertEquals("""
        text: Att … (skriv uppdragets text här)
        mottagare: förvaltningen
        förslag:
          typ: nytt
          år: 2026
        """, Files.readString(second.file()));
    assertTrue(second.nextStep().contains("lägg till nytt-uppdrag-2 i uppdrag-listan"), second.nextStep());
    assertValidates(plan, second, "VP214", "FEL VP241");
  }

  @Test
  void createsAStyrtal() throws Exception {
    TestPlan plan = TestPlan.committed(project);

    Scaffolded created = create(plan, "styrtal", "antal-besokare");

    assertEquals("plan-source/styrtal/antal-besokare.yaml", created.display());
    assertEquals("""
        text: … (skriv styrtalets text här)
        förslag:
          typ: nytt
          år: 2026
        """, Files.readString(created.file()));
    assertValidates(plan, created, "FEL VP241", "VP214");
    assertEquals("plan-source/styrtal/nytt-styrtal.yaml", create(plan, "styrtal").display());
  }

  @Test
  void createsAFokusomradeWithTheNextFreeNumberUnderItsMalsattning() throws Exception {
    TestPlan plan = TestPlan.committed(project);

    Scaffolded created = create(plan, "fokusområde", null, null, "4");

    assertEquals("plan-source/fokusomraden/4-4-nytt-fokusomrade.yaml", created.display());
    assertEquals("""
        nummer: "4.4"
        målsättning: 4
        namn: … (skriv fokusområdets namn här)
        mål:
          text: … (skriv fokusområdets mål här)
          förslag:
            typ: nytt
            år: 2026
        """, Files.readString(created.file()));
    assertValidates(plan, created, "FEL VP241", "FEL VP241");
    assertEquals("plan-source/fokusomraden/4-5-nytt-fokusomrade.yaml", create(plan, "fokusomrade", null, null, "4").display());
    assertEquals("plan-source/fokusomraden/5-1-kultur.yaml", create(plan, "Fokusområde", "kultur", null, "5").display());
  }

  @Test
  void createsAFokusomradeWithTheNumberAskedFor() throws Exception {
    TestPlan plan = TestPlan.committed(project);

    Scaffolded created = create(plan, "fokusområde", "vatgas", null, null, "4.1.3");

    assertEquals("plan-source/fokusomraden/4-1-3-vatgas.yaml", created.display());
    assertTrue(Files.readString(created.file()).startsWith("nummer: \"4.1.3\"\nmålsättning: 4\n"));
    assertValidates(plan, created, "FEL VP241", "FEL VP241");
  }

  @Test
  void neverWritesOverAFile() throws Exception {
    TestPlan plan = TestPlan.committed(project);
    Path existing = plan.planSource().resolve("styrtal/gastnatter.yaml");
    String before = Files.readString(existing);

    assertEquals("plan-source/styrtal/gastnatter.yaml finns redan, och vp skriver aldrig över en fil"
        + " – välj ett annat id med -Dvp.id", scaffoldError(plan, "styrtal", "gastnatter"));
    assertEquals(before, Files.readString(existing));
    create(plan, "uppdrag", "ny", "förvaltningen");
    assertTrue(scaffoldError(plan, "uppdrag", "ny", "förvaltningen").startsWith("plan-source/uppdrag/ny.yaml finns redan"));
  }

  @Test
  void saysInSwedishWhatIsWrongWithTheRequest() throws IOException {
    TestPlan plan = TestPlan.committed(project);
    long files = countFiles(plan);

    assertEquals("vp.kind=styrtl är okänt – menade du 'styrtal'? Välj uppdrag, styrtal, fokusområde eller målsättning",
        scaffoldError(plan, "styrtl"));
    assertEquals("'Antal Besökare' duger inte som id – använd små bokstäver a–z, siffror och bindestreck,"
        + " till exempel antal-besokare", scaffoldError(plan, "styrtal", "Antal Besökare"));
    assertEquals("vp.mottagare=namnd är okänt – menade du 'nämnden'? Välj nämnden, förvaltningen eller"
        + " regionstyrelsen-och-nämnderna", scaffoldError(plan, "uppdrag", null, "namnd"));
    assertEquals("ange målsättningen som fokusområdet hör till med -Dvp.malsattning=4 – eller fokusområdets nummer"
        + " med -Dvp.nummer=4.1.3", scaffoldError(plan, "fokusområde"));
    assertEquals("målsättning 11 finns inte i plan-source/malsattningar/ – det finns 1, 2, 3, 4, 5, 6, 7, 8, 9, 10",
        scaffoldError(plan, "fokusområde", null, null, "11"));
    assertEquals("vp.malsattning ska vara en målsättnings nummer, till exempel 4, inte 'fyra'",
        scaffoldError(plan, "fokusområde", null, null, "fyra"));
    assertEquals("fokusområde 4.2 finns redan – välj ett annat nummer med -Dvp.nummer",
        scaffoldError(plan, "fokusområde", null, null, null, "4.2"));
    assertEquals("fokusområde 4.9 finns inte – skapa det först, eller välj ett annat nummer",
        scaffoldError(plan, "fokusområde", null, null, null, "4.9.1"));
    assertEquals("ange vad som ska skapas med -Dvp.kind – välj uppdrag, styrtal, fokusområde eller målsättning",
        scaffoldError(plan, " "));
    assertEquals("fokusområde 4.5 hör inte till målsättning 5", scaffoldError(plan, "fokusområde", null, null, "5", "4.5"));
    assertEquals("ett fokusområde numreras som 4.4 eller 4.1.3, inte '4,4'",
        scaffoldError(plan, "fokusområde", null, null, null, "4,4"));
    assertEquals(files, countFiles(plan), "nothing was written");
  }

  private static long countFiles(TestPlan plan) throws IOException {
    try (var files = Files.walk(plan.planSource())) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void readsThePlansYearFromPlanYaml() throws Exception {
    TestPlan plan = TestPlan.minimal(project).edit("plan.yaml", "år: 2026", "år: 2027");

    Scaffolded created = create(plan, "styrtal");

    assertTrue(Files.readString(created.file()).endsWith("  år: 2027\n"));
    assertEquals("plan-source/plan.yaml anger inget år – skriv till exempel år: 2026",
        scaffoldError(plan.edit("plan.yaml", "år: 2027", "år: snart"), "styrtal"));
  }

  @Test
  void writesNothingThroughALinkedFolder() throws Exception {
    TestPlan plan = TestPlan.committed(project);
    Path styrtal = plan.planSource().resolve("styrtal");
    try (var files = Files.list(styrtal)) {
      for (Path file : files.toList()) {
        Files.move(file, outside.resolve(file.getFileName()));
      }
    }
    Files.delete(styrtal);
    Files.createSymbolicLink(styrtal, outside);
    long before;
    try (var files = Files.list(outside)) {
      before = files.count();
    }

    assertEquals("plan-source/styrtal är en symbolisk länk, och vp:new skriver inte genom länkar – ta bort länken och"
        + " lägg mappen själv här",
        scaffoldError(plan, "styrtal", "ny-styrtal"));

    try (var files = Files.list(outside)) {
      assertEquals(before, files.count());
    }
  }

  @Test
  void writesNothingIntoALinkedPlanSource() throws Exception {
    TestPlan.committed(outside);
    Files.createSymbolicLink(project.resolve("plan-source"), outside.resolve("plan-source"));
    VpException e = assertThrows(VpException.class, () -> Scaffolder.create(project.resolve("plan-source"), project,
        new ScaffoldRequest("uppdrag", Optional.of("nytt-uppdrag"), Optional.of("nämnden"), Optional.empty(),
            Optional.empty(), Optional.empty())));
    assertEquals("mappen med planen är en symbolisk länk – lägg planen själv här", e.diagnostic().text());
    assertTrue(Files.notExists(outside.resolve("plan-source/uppdrag/nytt-uppdrag.yaml")));
  }
}
