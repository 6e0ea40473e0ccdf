package se.vp.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.Outcome;
import se.vp.Validation;
import se.vp.Vp;
import se.vp.check.DecidedChanges;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.VpException;
import se.vp.model.Forslagstyp;
import se.vp.view.PlanViews;

/**
 * Provenance checked against the base (VP242): the committed plan on main, then a proposal in the
 * work tree that changes or removes what FM or DN decided, with and without a förslag saying so.
 */
class DecidedChangesTest {

  private static final String STYRTAL = "styrtal/nystartade-foretag.yaml";
  private static final String NR_31 = "uppdrag/nr-31-kompetensforsorjningsstrukturer.yaml";

  @TempDir Path folder;

  /** VP242's findings as "path:line:col: message", the proposal in the work tree against main. */
  private List<String> findings() {
    Diagnostics out = new Diagnostics();
    Path planSource = folder.resolve("plan-source");
    PlanHistory.Base base = PlanHistory.planAt(planSource, folder, Optional.of("main"), Optional.empty(), out)
        .orElseThrow(() -> new AssertionError(out.sorted()));
    Validation now = Validation.of(planSource, folder);
    assertEquals(0, now.errors(), now.diagnostics().toString());
    DecidedChanges.report(DecidedChanges.between(base.plan(), now.plans().get(0).resolved(),
        PlanHistory.folderAt("plan-source", base.commit()), "plan-source"), out);
    return out.sorted().stream().peek(d -> assertEquals(Code.VP242, d.code()))
        .map(d -> d.location() + ": " + d.message()).toList();
  }

  private GitFixture committed() throws Exception {
    return GitFixture.withCommittedPlan(folder);
  }

  /** The committed plan's styrtal decided in DN 2025, its file and its one reference taken away. */
  private static void removeStyrtal(GitFixture repository) throws Exception {
    Files.delete(repository.plan.planSource().resolve(STYRTAL));
    repository.plan.edit("fokusomraden/4-1-1-innovationssystem.yaml", "  - nystartade-foretag\n", "");
  }

  private static void rewordNr31(GitFixture repository) {
    repository.plan.edit(NR_31, "främja ett väl", "främja väl");
  }

  private int forslagRows() {
    Validation plan = Validation.of(folder.resolve("plan-source"), folder);
    return PlanViews.of(plan.plans().get(0).resolved()).forslag().size();
  }

  @Test
  void theCommittedPlanAgainstItselfHasNoFinding() throws Exception {
    try (GitFixture repository = committed()) {
      assertEquals(List.of(), findings());
    }
  }

  @Test
  void removingADecidedStyrtalIsAFindingAtItsFile() throws Exception {
    try (GitFixture repository = committed()) {
      removeStyrtal(repository);
      assertEquals(List.of("plan-source/styrtal/nystartade-foretag.yaml:1:1: styrtalet nystartade-foretag är beslutat"
          + " (DN 2025) men tas bort utan ett förslag som säger det"), findings());
    }
  }

  @Test
  void rewordingAnUppdragTheCouncilDecidedIsAFindingAtItsText() throws Exception {
    try (GitFixture repository = committed()) {
      rewordNr31(repository);
      assertEquals(List.of("plan-source/" + NR_31 + ":3:7: uppdrag Nr 31 är beslutat (FM 2026), men förslaget ändrar"
          + " texten utan ett förslag som säger det"), findings());
    }
  }

  @Test
  void renumberingADecidedFokusomradeIsAFindingAtItsNumber() throws Exception {
    try (GitFixture repository = committed()) {
      renumber43(repository);
      assertEquals(List.of("plan-source/fokusomraden/4-3-kompetensforsorjning.yaml:1:9: fokusområde 4.3 är beslutat"
          + " (DN 2025), men förslaget ändrar numret utan ett förslag som säger det"), findings());
    }
  }

  /** vp:renumber renames a file named by its number: the renamed file is the same area, not a removal. */
  @Test
  void aRenumberedAreaWhoseFileIsRenamedIsTheSameArea() throws Exception {
    try (GitFixture repository = committed()) {
      renumber43(repository);
      Path source = repository.plan.planSource();
      Files.move(source.resolve("fokusomraden/4-3-kompetensforsorjning.yaml"),
          source.resolve("fokusomraden/4-4-kompetensforsorjning.yaml"));
      assertEquals(List.of("plan-source/fokusomraden/4-4-kompetensforsorjning.yaml:1:9: fokusområde 4.3 är beslutat"
          + " (DN 2025), men förslaget ändrar numret utan ett förslag som säger det"), findings());
      Files.writeString(source.resolve("fokusomraden/4-4-kompetensforsorjning.yaml"),
          "förslag:\n  typ: ändra\n  år: 2026\n", StandardOpenOption.APPEND);
      assertEquals(List.of(), findings());
      assertEquals(List.of("Ändrat fokusområde|Fokusområde 4.3 Kompetensförsörjning"), withTidigare());
    }
  }

  private static void renumber43(GitFixture repository) {
    repository.plan.edit("fokusomraden/4-3-kompetensforsorjning.yaml", "nummer: \"4.3\"", "nummer: \"4.4\"");
    for (String omrade : List.of("energi-och-klimat", "valfard-och-folkhalsa", "naringslivsutveckling")) {
      repository.plan.edit("omraden/" + omrade + ".yaml", "fokusområde: \"4.3\"", "fokusområde: \"4.4\"");
    }
  }

  @Test
  void retitlingADecidedMålsättningIsAFindingAtItsTitle() throws Exception {
    try (GitFixture repository = committed()) {
      repository.plan.edit("malsattningar/04-hallbar-regional-utveckling.yaml", "ligger i framkant", "är i framkant");
      assertEquals(List.of("plan-source/malsattningar/04-hallbar-regional-utveckling.yaml:2:8: målsättning 4 är"
          + " beslutad (FM 2026), men förslaget ändrar titeln utan ett förslag som säger det"), findings());
    }
  }

  @Test
  void aChangeTheProposalSaysIsNoFinding() throws Exception {
    try (GitFixture repository = committed()) {
      rewordNr31(repository);
      repository.plan.edit(NR_31, "  år: 2026\n", "  år: 2026\nförslag:\n  typ: ändra\n  år: 2026\n");
      removeStyrtal(repository);
      repository.plan.with(STYRTAL, "text: Antal nystartade företag\nbeslut: {av: DN, år: 2025}\n"
          + "förslag: {typ: ta-bort, år: 2026}\n");
      assertEquals(List.of(), findings());
    }
  }

  @Test
  void aFörslagOfAnotherKindOrYearDoesNotSaySo() throws Exception {
    try (GitFixture repository = committed()) {
      rewordNr31(repository);
      repository.plan.edit(NR_31, "  år: 2026\n", "  år: 2026\nförslag:\n  typ: behåll\n  år: 2026\n");
      assertEquals(1, findings().size());
    }
  }

  @Test
  void changingWhatNoBodyDecidedIsNoFinding() throws Exception {
    try (GitFixture repository = committed()) {
      repository.plan.edit("uppdrag/kraftsamling-barn-och-unga.yaml", "stärka måluppfyllelsen", "höja måluppfyllelsen");
      repository.plan.edit("fokusomraden/4-2-utbildning.yaml", "namn: Utbildning", "namn: Utbildning och lärande");
      assertEquals(List.of(), findings());
    }
  }

  /**
   * vp:diff -Dvp.skrivForslag=true on the realistic proposal: each change gets its förslag (the
   * removed styrtal's file back with ta-bort), the comments stay, the findings are gone and the
   * beslutsunderlag's "Förslag till nämnden" gains a row for each.
   */
  @Test
  void writingTheFörslagListsEveryChangeForTheCommittee() throws Exception {
    try (GitFixture repository = committed()) {
      int before = forslagRows();
      rewordNr31(repository);
      removeStyrtal(repository);
      repository.plan.edit("fokusomraden/4-1-2-hallbarhet.yaml", "namn: Långsiktig hållbarhet och konkurrenskraft",
          "namn: Långsiktig hållbarhet");
      assertEquals(3, findings().size());

      Outcome outcome = diff(true);
      assertTrue(outcome.failure().isEmpty(), outcome.toString());
      assertEquals(List.of(), outcome.findings().stream()
          .filter(d -> d.code() == Code.VP242 || d.location().file().endsWith(STYRTAL)).toList());
      assertEquals(List.of(), findings());
      assertFalse(String.join("\n", outcome.report()).contains("utan förslag"), String.join("\n", outcome.report()));
      assertEquals(List.of("skrev förslag i plan-source/" + NR_31, "skrev förslag i plan-source/" + STYRTAL,
          "skrev förslag i plan-source/fokusomraden/4-1-2-hallbarhet.yaml"),
          outcome.notes().stream().filter(n -> n.startsWith("skrev")).sorted(
              Comparator.comparing(n -> n.contains("uppdrag") ? 0 : n.contains("styrtal") ? 1 : 2)).toList());

      Path source = repository.plan.planSource();
      assertEquals("""
          # Lydelsen som på bilden för fokusområde 4.3; sammanfattningen skriver den annorlunda (se fullmaktiges-uppdrag.yaml).
          nr: 31
          text: Att främja väl fungerande strukturer för kompetensförsörjning och livslångt lärande inom Örebro län.
          mottagare: nämnden
          beslut:
            av: FM
            år: 2026
          förslag:
            typ: ändra
            år: 2026
          """, Files.readString(source.resolve(NR_31)));
      String restored = Files.readString(source.resolve(STYRTAL));
      assertTrue(restored.endsWith("förslag:\n  typ: ta-bort\n  år: 2026\n"), restored);
      String area = Files.readString(source.resolve("fokusomraden/4-1-2-hallbarhet.yaml"));
      assertTrue(area.startsWith("# Översiktsbilden i bildspelet kallar detta fokusområde 4.2.1"), area);
      assertTrue(area.contains("\nförslag:\n  typ: ändra\n  år: 2026\n"), area);

      assertEquals(before + 3, forslagRows());
      assertEquals(List.of(
          "Ändrat fokusområde|Fokusområde 4.1.2 Långsiktig hållbarhet och konkurrenskraft",
          "Ändrat uppdrag|Att främja ett väl fungerande strukturer för kompetensförsörjning och livslångt lärande inom"
              + " Örebro län."), withTidigare());
      // Written as vp:fmt writes: a second vp:fmt changes nothing.
      assertTrue(Vp.format(new Vp.Format(new Vp.Project(source, folder, Optional.empty(), false), true))
          .failure().isEmpty());
    }
  }

  /** The förslag rows that show the text they change, "typ|text from the base", with the plan at main as base. */
  private List<String> withTidigare() {
    Diagnostics out = new Diagnostics();
    Path planSource = folder.resolve("plan-source");
    PlanHistory.Base base = PlanHistory.planAt(planSource, folder, Optional.of("main"), Optional.empty(), out)
        .orElseThrow();
    return PlanViews.of(Validation.of(planSource, folder).plans().get(0).resolved(), Optional.of(base.plan()))
        .forslag().stream().filter(f -> f.tidigare().isPresent()).map(f -> f.typ() + "|" + f.tidigare().get())
        .sorted().toList();
  }

  /**
   * A removed file whose place is taken (here by an empty folder of its name, which the plan does
   * not read) cannot be put back: vp:diff says so, writes no förslag anywhere and no report.
   */
  @Test
  void aFileThatCannotBePutBackStopsAllWriting() throws Exception {
    try (GitFixture repository = committed()) {
      rewordNr31(repository);
      removeStyrtal(repository);
      Files.createDirectory(repository.plan.planSource().resolve(STYRTAL));
      String nr31 = Files.readString(repository.plan.planSource().resolve(NR_31));
      Outcome outcome = diff(true);
      String failure = outcome.failure().orElseThrow();
      assertTrue(failure.endsWith("Inga förslag skrevs; plan-source/ och output/ är oförändrade."), failure);
      assertEquals(List.of(Code.VP021, Code.VP242, Code.VP242), outcome.findings().stream()
          .filter(d -> d.code() == Code.VP021 || d.code() == Code.VP242).map(d -> d.code()).sorted().toList());
      assertEquals(nr31, Files.readString(repository.plan.planSource().resolve(NR_31)));
      assertFalse(Files.exists(folder.resolve("output")));
    }
  }

  @Test
  void withoutTheOptionNothingIsWritten() throws Exception {
    try (GitFixture repository = committed()) {
      rewordNr31(repository);
      String text = Files.readString(repository.plan.planSource().resolve(NR_31));
      Outcome outcome = diff(false);
      assertEquals(1, outcome.findings().stream().filter(d -> d.code() == Code.VP242).count());
      assertEquals(Severity.VARNING, Code.VP242.severity());
      // The pull request's comment names it before the changes.
      List<String> comment = outcome.report();
      int head = comment.indexOf("**Beslutat som ändras utan förslag** (VP242): förslagen till nämnden säger inte att"
          + " detta ändras.");
      assertTrue(head > 0 && head < comment.indexOf("#### Uppdrag"), String.join("\n", comment));
      assertEquals("- plan-source/" + NR_31 + " rad 3: uppdrag Nr 31 är beslutat (FM 2026), men förslaget ändrar texten"
          + " utan ett förslag som säger det", comment.get(head + 2));
      // So does the report a secretary sends, before its first group of changes.
      try (PDDocument pdf = Loader.loadPDF(folder.resolve("output/ändringar.pdf").toFile())) {
        String report = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        int named = report.indexOf("Beslutat som ändras utan förslag");
        assertTrue(named > 0 && named < report.indexOf("Uppdrag Nr 31"), report);
        assertTrue(report.contains("plan-source/" + NR_31 + " rad 3: uppdrag Nr 31 är beslutat (FM 2026), men"),
            report);
      }
      assertEquals(text, Files.readString(repository.plan.planSource().resolve(NR_31)));
    }
  }

  /**
   * mvn vp:render -Dvp.base=main: the beslutsunderlag's förslag table shows the changed uppdrag's text
   * from main beside the proposed text; without the base, and in the up-to-date check, it does not.
   */
  @Test
  void renderWithABaseShowsTheTextAChangeReplaces() throws Exception {
    try (GitFixture repository = committed()) {
      rewordNr31(repository);
      repository.plan.edit(NR_31, "  år: 2026\n", "  år: 2026\nförslag:\n  typ: ändra\n  år: 2026\n");
      String was = "Text från VP-2025: Att främja ett väl fungerande strukturer";
      String now = "Förslag på text VP-2026: Att främja väl fungerande strukturer";
      assertFalse(beslutsunderlag(Optional.empty()).contains(was));
      String shown = beslutsunderlag(Optional.of("main"));
      assertTrue(shown.contains(was) && shown.contains(now), shown);
      assertFalse(beslutsunderlag(Optional.empty()).contains(was));
      Outcome unknown = Vp.renderForBrowser(render(Optional.of("vp-1999")));
      assertTrue(unknown.failure().isPresent());
      assertEquals(List.of(Code.VP402), unknown.findings().stream().map(d -> d.code()).toList());
    }
  }

  private Vp.Render render(Optional<String> base) {
    return new Vp.Render(new Vp.Project(folder.resolve("plan-source"), folder, Optional.empty(), false),
        Path.of("templates"), folder.resolve("output"), false, true, false, false, false, Optional.empty(), base);
  }

  /** The beslutsunderlag's XHTML as the templates write it, its text only (the markup between words taken out). */
  private String beslutsunderlag(Optional<String> base) throws Exception {
    Outcome outcome = Vp.renderForBrowser(render(base));
    assertTrue(outcome.failure().isEmpty(), outcome.toString());
    return Files.readString(folder.resolve("output/beslutsunderlag.xhtml")).replaceAll("<[^>]+>", " ")
        .replaceAll("\\s+", " ");
  }

  /** mvn vp:validate -Dvp.base=main checks the same; without a base it compares nothing. */
  @Test
  void validateWithABaseChecksTheSame() throws Exception {
    try (GitFixture repository = committed()) {
      rewordNr31(repository);
      Vp.Project project = new Vp.Project(folder.resolve("plan-source"), folder, Optional.empty(), false);
      assertEquals(List.of("plan-source/" + NR_31 + ":3:7"), Vp.validate(project, Optional.of("main")).findings()
          .stream().filter(d -> d.code() == Code.VP242).map(d -> d.location().toString()).toList());
      assertEquals(0, Vp.validate(project).findings().stream().filter(d -> d.code() == Code.VP242).count());
      Outcome unknown = Vp.validate(project, Optional.of("vp-1999"));
      assertEquals(List.of(Code.VP402), unknown.findings().stream().filter(d -> d.severity() == Severity.FEL)
          .map(d -> d.code()).toList());
      assertTrue(unknown.failure().isPresent());
    }
  }

  private Outcome diff(boolean skrivForslag) {
    return Vp.diff(new Vp.Diff(new Vp.Project(folder.resolve("plan-source"), folder, Optional.empty(), false),
        Path.of("templates"), folder.resolve("output"), Optional.of("main"), false, Optional.empty(), Optional.empty(),
        skrivForslag));
  }

  /**
   * A file that is a link is never written through, and nothing else is written either: the link's
   * target outside plan-source and the other file keep their bytes.
   */
  @Test
  void aLinkIsNotWrittenThroughAndNothingIsWritten() throws Exception {
    try (GitFixture repository = committed()) {
      Path source = repository.plan.planSource();
      Path outside = folder.resolve("utanfor.yaml");
      Files.writeString(outside, "text: Utanför planen\nbeslut: {av: DN, år: 2025}\n");
      Path linked = source.resolve("styrtal/gastnatter.yaml");
      Files.delete(linked);
      Files.createSymbolicLink(linked, outside);
      String nr31 = Files.readString(source.resolve(NR_31));
      List<DecidedChanges.Finding> asked = List.of(
          finding(NR_31, false), finding("styrtal/gastnatter.yaml", false));
      VpException refused = assertThrows(
          VpException.class, () -> ForslagFiles.write(source, folder, headOf(repository), 2026, asked));
      assertEquals(Code.VP021, refused.diagnostic().code());
      assertEquals("plan-source/styrtal/gastnatter.yaml", refused.diagnostic().location().file());
      assertEquals("text: Utanför planen\nbeslut: {av: DN, år: 2025}\n", Files.readString(outside));
      assertEquals(nr31, Files.readString(source.resolve(NR_31)));
      assertTrue(Files.isSymbolicLink(linked));
    }
  }

  /** A removed file is not put back through a folder that is now a link out of plan-source. */
  @Test
  void aRemovedFileIsNotPutBackThroughALinkedFolder() throws Exception {
    try (GitFixture repository = committed()) {
      Path source = repository.plan.planSource();
      Path outside = Files.createDirectory(folder.resolve("utanfor"));
      Path styrtal = source.resolve("styrtal");
      try (var files = Files.list(styrtal)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(styrtal);
      Files.createSymbolicLink(styrtal, outside);
      VpException refused = assertThrows(
          VpException.class,
          () -> ForslagFiles.write(source, folder, headOf(repository), 2026, List.of(finding(STYRTAL, true))));
      assertEquals(Code.VP021, refused.diagnostic().code());
      try (var files = Files.list(outside)) {
        assertFalse(files.findAny().isPresent());
      }
    }
  }

  private static DecidedChanges.Finding finding(String path, boolean restore) {
    return new DecidedChanges.Finding(new Location("plan-source/" + path, 1, 1), "ändrat", "ge förslag",
        path, List.of(), restore ? Forslagstyp.TA_BORT : Forslagstyp.ANDRA, restore);
  }

  private static String headOf(GitFixture repository) throws Exception {
    return repository.git.getRepository().resolve("HEAD").name();
  }
}
