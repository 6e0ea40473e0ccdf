package se.vp.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.diagnostic.Diagnostics;

/** The plan in the working tree against the plan in git, read from a real repository. */
class PlanHistoryTest {

  @TempDir Path folder;

  private static List<String> lines(Comparison comparison) {
    return comparison.changes().stream()
        .map(c -> c.category() + " " + c.type().word() + " " + c.label() + " | "
            + String.join(" | ", c.fields().stream().map(f -> f.name() + ": " + f.before() + " → " + f.after()).toList()))
        .toList();
  }

  private Comparison compare(Optional<String> base) {
    Diagnostics out = new Diagnostics();
    PlanHistory.Result result = PlanHistory.compare(folder.resolve("plan-source"), folder, base, out);
    assertEquals(List.of(), out.sorted());
    assertEquals(0, result.current().errors(), result.current().diagnostics().toString());
    return result.comparison().orElseThrow();
  }

  @Test
  void comparesOneNamndOfARegionAtATime() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      Path planSource = folder.resolve("plan-source");
      try (var files = Files.walk(planSource)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      }
      se.vp.synthetic.SyntheticPlans.writeRegion(planSource, 2, 7);
      repository.commit("Regionen");
      Path plan = planSource.resolve("namnder/namnd-002/plan.yaml");
      Files.writeString(plan, Files.readString(plan).replaceFirst("status: [a-zö]+", "status: beslutad"));

      Diagnostics out = new Diagnostics();
      PlanHistory.Result all = PlanHistory.compare(planSource, folder, Optional.of("main"), Optional.empty(), out);
      assertTrue(all.comparison().isEmpty());
      assertEquals(List.of("plan-source: fel: plan-source har 2 nämnder, och vp:diff jämför en nämnd i taget"
          + " – ange nämnden med -Dvp.namnd=<nämnd> [VP020]"), out.sorted().stream().map(d -> d.format()).toList());

      Diagnostics none = new Diagnostics();
      Comparison first = PlanHistory.compare(planSource, folder, Optional.of("main"), Optional.of("namnd-001"), none)
          .comparison().orElseThrow();
      assertEquals(List.of(), first.changes());
      Comparison second = PlanHistory.compare(planSource, folder, Optional.of("main"), Optional.of("namnd-002"), none)
          .comparison().orElseThrow();
      assertEquals(List.of(), none.sorted());
      assertEquals(1, second.changes().size(), lines(second).toString());
      assertTrue(lines(second).get(0).startsWith("PLAN ändrad Status | Status: "), lines(second).get(0));
    }
  }

  @Test
  void findsNothingBetweenAPlanAndItself() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      Comparison comparison = compare(Optional.of("HEAD"));
      assertEquals(List.of(), comparison.changes());
      assertEquals("inga ändringar", comparison.summary());
    }
  }

  @Test
  void reportsEveryKindOfChangeItemByItem() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      var plan = repository.plan;
      plan.edit("plan.yaml", "status: förslag", "status: beslutad");
      plan.edit("tidplan.yaml", "2025-10-01", "2025-10-02");
      plan.edit("malsattningar/09-kompetensforsorjning.yaml", "Kompetensförsörjningen är långsiktig.",
          "En långsiktig och stark kompetensförsörjning.");
      plan.edit("uppdrag/nr-31-kompetensforsorjningsstrukturer.yaml", "främja ett väl", "främja väl");
      plan.with("styrtal/gastnatter.yaml", "text: Antal gästnätter\nbeslut: {av: DN, år: 2025}\n"
          + "förslag: {typ: behåll, år: 2026}\n");
      plan.without("styrtal/vaxthusgaser-utslapp.yaml");
      plan.edit("fokusomraden/4-1-2-hallbarhet.yaml", "  - vaxthusgaser-utslapp\n", "");
      plan.with("styrtal/besokare.yaml", "text: Antal besökare på länets besöksmål.\nförslag: {typ: nytt, år: 2026}\n");
      plan.edit("fokusomraden/4-1-1-innovationssystem.yaml", "  - gastnatter\n", "  - gastnatter\n  - besokare\n");
      plan.edit("fokusomraden/4-1-1-innovationssystem.yaml", "  - unga-entreprenorskap\n", "");
      plan.edit("fokusomraden/4-3-kompetensforsorjning.yaml", "  - 33\n", "  - 33\n  - unga-entreprenorskap\n");
      plan.edit("ekonomi.yaml", "  mnkr: 151.3", "  mnkr: 151.4");
      plan.edit("fullmaktiges-uppdrag.yaml", "  - nr: 61", "  - nr: 61\n  - nr: 20");

      Comparison comparison = compare(Optional.of("main"));

      assertEquals(List.of(
          "PLAN ändrad Status | Status: förslag → beslutad",
          "TIDPLAN ändrad utkast | datum: 1 oktober 2025 → 2 oktober 2025",
          "MALSATTNING ändrad Målsättning 9: En långsiktig och stark kompetensförsörjning. | titel: "
              + "Kompetensförsörjningen är långsiktig. → En långsiktig och stark kompetensförsörjning.",
          "FOKUSOMRADE ändrad Fokusområde 4.1.1 Innovationsstöds- och företagsfrämjande system | styrtal: "
              + "Bruttoregionalprodukt (BRP) per invånare (tkr/invånare) ska öka. Ska öka mer procentuellt (2025 jämfört"
              + " med 2024) än jämförbara län.; Antal nystartade företag per 1 000 invånare i Örebro län; Antal samarbeten"
              + " mellan universitet, högskolor, forskningsinstitut och regionala företag; Antal gästnätter → "
              + "Bruttoregionalprodukt (BRP) per invånare (tkr/invånare) ska öka. Ska öka mer procentuellt (2025 jämfört"
              + " med 2024) än jämförbara län.; Antal nystartade företag per 1 000 invånare i Örebro län; Antal samarbeten"
              + " mellan universitet, högskolor, forskningsinstitut och regionala företag; Antal gästnätter; Antal"
              + " besökare på länets besöksmål. | uppdrag: Nr 27; Nr 29; Nr 30; Att öka samverkan med länets aktörer för"
              + " att stärka ungas entreprenörskap.; Att ta fram en ny kommunikationsplattform som visar länets"
              + " innovationsstödsystem. → Nr 27; Nr 29; Nr 30; Att ta fram en ny kommunikationsplattform som visar"
              + " länets innovationsstödsystem.",
          "FOKUSOMRADE ändrad Fokusområde 4.1.2 Långsiktig hållbarhet och konkurrenskraft | styrtal: Utsläpp av"
              + " växthusgaser i ton koldioxidekvivalenter ska minska.; Utsläpp av växthusgaser i ton"
              + " koldioxidekvivalenter.; Total slutanvändning av energi per bruttoregionalproduktenhet (kWh/miljoner"
              + " kronor). → Utsläpp av växthusgaser i ton koldioxidekvivalenter ska minska.; Total slutanvändning av"
              + " energi per bruttoregionalproduktenhet (kWh/miljoner kronor).",
          "FOKUSOMRADE ändrad Fokusområde 4.3 Kompetensförsörjning | uppdrag: Nr 31; Nr 33; Att utveckla och stärka"
              + " insatserna för att möta arbetslivets och branschernas tillgång till rätt kompetens i hela Örebro län.;"
              + " Att stärka arbetet med att möta samhällets och de olika branschernas tillgång till rätt kompetens.; Att"
              + " hitta initiera en samverkansplattform för att möta kompetensförsörjningsbehoven.; Att verka för att nå"
              + " dem som står långt från arbetsmarknaden. → Nr 31; Nr 33; Att öka samverkan med länets aktörer för att"
              + " stärka ungas entreprenörskap.; Att utveckla och stärka insatserna för att möta arbetslivets och"
              + " branschernas tillgång till rätt kompetens i hela Örebro län.; Att stärka arbetet med att möta"
              + " samhällets och de olika branschernas tillgång till rätt kompetens.; Att hitta initiera en"
              + " samverkansplattform för att möta kompetensförsörjningsbehoven.; Att verka för att nå dem som står"
              + " långt från arbetsmarknaden.",
          "STYRTAL tillagd Styrtal: Antal besökare på länets besöksmål. | text:  → Antal besökare på länets"
              + " besöksmål. | ursprung:  → Förslag nytt styrtal till DN 2026 | ligger under:  → fokusområde 4.1.1",
          "STYRTAL ändrad Styrtal: Antal gästnätter | ursprung: Förslag nytt styrtal till DN 2026 → DN 2025, Behåll"
              + " i DN 2026",
          "STYRTAL borttagen Styrtal: Utsläpp av växthusgaser i ton koldioxidekvivalenter. | text: Utsläpp av"
              + " växthusgaser i ton koldioxidekvivalenter. →  | ursprung: Förslag nytt styrtal till DN 2026 →  |"
              + " ligger under: fokusområde 4.1.2 → ",
          "UPPDRAG ändrad Uppdrag Nr 31: Att främja väl fungerande strukturer för kompetensförsörjning och livslångt"
              + " lärande inom Örebro län. | text: Att främja ett väl fungerande strukturer för kompetensförsörjning och"
              + " livslångt lärande inom Örebro län. → Att främja väl fungerande strukturer för kompetensförsörjning och"
              + " livslångt lärande inom Örebro län.",
          "UPPDRAG flyttad Uppdrag till förvaltningen: Att öka samverkan med länets aktörer för att stärka ungas"
              + " entreprenörskap. | ligger under: fokusområde 4.1.1 → fokusområde 4.3",
          "FULLMAKTIGES_LISTA ändrad Antal uppdrag till nämnden | Antal uppdrag till nämnden: 17 st → 18 st",
          "FULLMAKTIGES_LISTA ändrad Uppdrag i listan | Uppdrag i listan: Nr 27; Nr 28; Nr 29; Nr 30; Nr 31; Nr 32;"
              + " Nr 33; Nr 50; Nr 51; Nr 52; Nr 54; Nr 55; Nr 56; Nr 41; Nr 38; Nr 59; Nr 61 → Nr 27; Nr 28; Nr 29;"
              + " Nr 30; Nr 31; Nr 32; Nr 33; Nr 50; Nr 51; Nr 52; Nr 54; Nr 55; Nr 56; Nr 41; Nr 38; Nr 59; Nr 61;"
              + " Nr 20",
          "EKONOMI ändrad Ramanslag | Ramanslag: 151,3\u00a0Mnkr → 151,4\u00a0Mnkr"), lines(comparison));
      assertEquals("1 tillagd, 1 borttagen, 11 ändrade, 1 flyttad", comparison.summary());
    }
  }

  @Test
  void marksTheWordsThatChange() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      repository.plan.edit("uppdrag/nr-31-kompetensforsorjningsstrukturer.yaml", "främja ett väl", "främja väl");
      Change change = compare(Optional.of("main")).changes().get(0);
      assertEquals(List.of(new WordDiff.Piece(WordDiff.Kind.LIKA, "Att främja"),
          new WordDiff.Piece(WordDiff.Kind.BORT, " ett"),
          new WordDiff.Piece(WordDiff.Kind.LIKA, " väl fungerande strukturer för kompetensförsörjning och livslångt"
              + " lärande inom Örebro län.")), change.fields().get(0).words());
    }
  }

  @Test
  void reportsARenumberingAsARenumbering() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      repository.plan.edit("uppdrag/nr-20-energi-och-klimatprogram.yaml", "nr: 20", "nr: 21");
      repository.plan.edit("fokusomraden/4-1-2-hallbarhet.yaml", "  - 20\n", "  - 21\n");
      List<String> changes = lines(compare(Optional.of("main")));
      assertTrue(changes.contains("UPPDRAG omnumrerad Uppdrag Nr 21: Att färdigställa nytt regionalt energi- och"
          + " klimatprogram. | nummer: Nr 20 → Nr 21"), changes.toString());
    }
  }

  @Test
  void comparesWithTheMergeBaseOfTheMainBranchByDefault() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      repository.git.checkout().setCreateBranch(true).setName("forslag").call();
      repository.plan.edit("plan.yaml", "status: förslag", "status: beslutad");
      repository.commit("Planen beslutad");
      Comparison comparison = compare(Optional.empty());
      assertTrue(comparison.base().startsWith("huvudgrenen ("), comparison.base());
      assertEquals("1 ändrad", comparison.summary());
    }
  }

  @Test
  void readsTheOldPlanWithoutTouchingTheWorkingTree() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      repository.plan.edit("plan.yaml", "status: förslag", "status: beslutad");
      compare(Optional.of("main"));
      assertTrue(Files.readString(folder.resolve("plan-source/plan.yaml")).contains("status: beslutad"));
    }
  }

  @Test
  void saysSoWhenTheRevisionDoesNotExist() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      Diagnostics out = new Diagnostics();
      PlanHistory.Result result = PlanHistory.compare(folder.resolve("plan-source"), folder, Optional.of("vp-2024"), out);
      assertTrue(result.comparison().isEmpty());
      assertEquals("plan-source: fel: revisionen 'vp-2024' finns inte i git – ange en gren, en tagg eller en commit,"
          + " till exempel origin/main eller vp-2025 [VP402]", out.sorted().get(0).format());
    }
  }

  @Test
  void saysSoWhenThePlanIsNotInGit() {
    se.vp.TestPlan.committed(folder);
    Diagnostics out = new Diagnostics();
    PlanHistory.Result result = PlanHistory.compare(folder.resolve("plan-source"), folder, Optional.empty(), out);
    assertTrue(result.comparison().isEmpty());
    assertEquals(se.vp.diagnostic.Code.VP401, out.sorted().get(0).code());
  }
}
