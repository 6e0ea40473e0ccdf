package se.vp.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;
import se.vp.Validation;
import se.vp.view.Item;
import se.vp.view.PlanViews;
import se.vp.view.Views;

/** The diff compares what the handlingar show: whatever a view shows, a change to it is reported. */
class ViewDiffTest {

  @TempDir Path before;
  @TempDir Path after;

  private static Views.Plan view(TestPlan plan) {
    Validation validation = plan.validate();
    assertEquals(0, validation.errors(), validation.diagnostics().toString());
    return PlanViews.of(validation.plans().get(0).resolved());
  }

  /** The changes, one line each: "Styrtal ändrad Styrtal: text | utfall: a → b". */
  private List<String> changes(Consumer<TestPlan> edit) {
    TestPlan proposal = TestPlan.committed(after);
    edit.accept(proposal);
    return Comparison.of("main", "", view(TestPlan.committed(before)), view(proposal)).changes().stream()
        .map(c -> c.category() + " " + c.type().word() + " " + c.label() + " | " + String.join(" | ",
            c.fields().stream().map(f -> f.name() + ": " + f.before() + " → " + f.after()).toList()))
        .toList();
  }

  @Test
  void findsNothingBetweenAPlanAndItself() {
    assertEquals(List.of(), changes(plan -> { }));
  }

  @Test
  void reportsAStyrtalsUnitThatEveryDocumentShows() {
    assertEquals(List.of("Styrtal ändrad Styrtal: Sjukfrånvaron ska minska. | utfall: 2024: 6,5\u00a0% → 2024: 6,5\u00a0kr"
            + " | mål: 6,3–6,1\u00a0% → 6,3–6,1\u00a0kr"),
        changes(plan -> plan.edit("styrtal/sjukfranvaro.yaml", "enhet: procent", "enhet: kr")));
  }

  @Test
  void reportsAStyrtalsTextOnceThoughSeveralListsNameIt() {
    assertEquals(List.of("Styrtal ändrad Styrtal: Sjukfrånvaron ska sjunka. | text: Sjukfrånvaron ska minska. →"
            + " Sjukfrånvaron ska sjunka."),
        changes(plan -> plan.edit("styrtal/sjukfranvaro.yaml", "ska minska.", "ska sjunka.")));
  }

  @Test
  void reportsAStyrtalsTarget() {
    assertEquals(List.of("Styrtal ändrad Styrtal: Sjukfrånvaron ska minska. | mål: 6,3–6,1\u00a0% → 6,3–5,9\u00a0%"),
        changes(plan -> plan.edit("styrtal/sjukfranvaro.yaml", "till: 6.1", "till: 5.9")));
  }

  @Test
  void reportsAStyrtalsDirection() {
    assertEquals(List.of("Styrtal ändrad Styrtal: Sjukfrånvaron ska minska. | riktning: minska → öka"),
        changes(plan -> plan.edit("styrtal/sjukfranvaro.yaml", "riktning: minska", "riktning: öka")));
  }

  @Test
  void reportsAnUppdragsRecipientAndWhereTheFokusomradeNowListsIt() {
    List<String> changes = changes(plan -> plan.edit("uppdrag/kommunikationsplattform.yaml",
        "mottagare: förvaltningen", "mottagare: nämnden"));
    assertTrue(changes.contains("Uppdrag ändrad Uppdrag till förvaltningen: Att ta fram en ny kommunikationsplattform"
        + " som visar länets innovationsstödsystem. | mottagare: förvaltningen → nämnden"), changes.toString());
    assertTrue(changes.stream().anyMatch(c -> c.startsWith("Fokusområden ändrad Fokusområde 4.1.1 ")
        && c.contains("uppdrag till förvaltningen:") && c.contains("uppdrag till nämnden:")), changes.toString());
  }

  @Test
  void reportsAnOmradesInsats() {
    List<String> changes = changes(plan -> plan.edit("omraden/energi-och-klimat.yaml",
        "få mer grön omställning", "få mer och snabbare grön omställning"));
    assertEquals(1, changes.size(), changes.toString());
    assertTrue(changes.get(0).startsWith("Områden ändrad Området Energi och klimat | presentationer 1: insatser – 4.1:"
        + " punkter: "), changes.get(0));
    assertTrue(changes.get(0).contains("Utreda möjligheterna att få mer grön omställning med hjälp av digitalisering"
        + " → "), changes.get(0));
  }

  @Test
  void namesAnEntryOfAListByItsKeyAndShowsTheKeyOnce() {
    Views.Omrade omrade = new Views.Omrade("energi", "Energi och klimat", List.of(new Views.Presentation(
        List.of(new Views.Insats("Utbildning", "4.2", List.of(new Views.Punkt("Ge hopp", List.of())))), List.of())));
    assertEquals(List.of("namn", "presentationer: insatser – 4.2: rubrik", "presentationer: insatser – 4.2: punkter"),
        List.copyOf(ShownFields.of(omrade).keySet()));
  }

  @Test
  void reportsAFieldOfASectionUnderItsHeading() {
    assertEquals(List.of("Ekonomi ändrad ramanslag | ramanslag: 151,3\u00a0Mnkr → 151,4\u00a0Mnkr"),
        changes(plan -> plan.edit("ekonomi.yaml", "  mnkr: 151.3", "  mnkr: 151.4")));
  }

  @Test
  void reportsEveryKindOfChangeItemByItem() {
    List<String> changes = changes(plan -> plan
        .edit("plan.yaml", "status: förslag", "status: beslutad")
        .edit("tidplan.yaml", "2025-10-01", "2025-10-02")
        .edit("malsattningar/09-kompetensforsorjning.yaml", "Kompetensförsörjningen är långsiktig.",
            "En långsiktig och stark kompetensförsörjning.")
        .edit("uppdrag/nr-31-kompetensforsorjningsstrukturer.yaml", "främja ett väl", "främja väl")
        .with("styrtal/gastnatter.yaml", "text: Antal gästnätter\nbeslut: {av: DN, år: 2025}\n"
            + "förslag: {typ: behåll, år: 2026}\n")
        .without("styrtal/vaxthusgaser-utslapp.yaml")
        .edit("fokusomraden/4-1-2-hallbarhet.yaml", "  - vaxthusgaser-utslapp\n", "")
        .with("styrtal/besokare.yaml", "text: Antal besökare på länets besöksmål.\nförslag: {typ: nytt, år: 2026}\n")
        .edit("fokusomraden/4-1-1-innovationssystem.yaml", "  - gastnatter\n", "  - gastnatter\n  - besokare\n")
        .edit("fokusomraden/4-1-1-innovationssystem.yaml", "  - unga-entreprenorskap\n", "")
        .edit("fokusomraden/4-3-kompetensforsorjning.yaml", "  - 33\n", "  - 33\n  - unga-entreprenorskap\n")
        .edit("ekonomi.yaml", "  mnkr: 151.3", "  mnkr: 151.4")
        .edit("fullmaktiges-uppdrag.yaml", "  - nr: 61", "  - nr: 61\n  - nr: 20"));
    String tidplan = "17 juni 2025: Ekonomiska förutsättningar beslutas av fullmäktige, Mål, styrtal och uppdrag;"
        + " 4 september 2025: Presentation av förutsättningar, Områdena presenterar hur de ska bidra till positiv"
        + " förflyttning inom fokusområdena. Vilka utmaningar finns 2026?; 14 september 2025: Partigruppernas förslag"
        + " lämnas in., (Förslag gällande justering av fokusområden, verksamhetsmål och uppdrag?); %s oktober 2025:"
        + " Utkast Vp 2026 bereds på nämnd; 18 november 2025: Vp-2026 och budget beslutas på nämnd";
    String innovation = "Bruttoregionalprodukt (BRP) per invånare (tkr/invånare) ska öka. Ska öka mer procentuellt"
        + " (2025 jämfört med 2024) än jämförbara län.; Antal nystartade företag per 1 000 invånare i Örebro län; Antal"
        + " samarbeten mellan universitet, högskolor, forskningsinstitut och regionala företag; Antal gästnätter";
    String unga = "Att öka samverkan med länets aktörer för att stärka ungas entreprenörskap.";
    String kommunikation = "Att ta fram en ny kommunikationsplattform som visar länets innovationsstödsystem.";
    String kompetens = "Att utveckla och stärka insatserna för att möta arbetslivets och branschernas tillgång till rätt"
        + " kompetens i hela Örebro län.; Att stärka arbetet med att möta samhällets och de olika branschernas tillgång"
        + " till rätt kompetens.; Att hitta initiera en samverkansplattform för att möta kompetensförsörjningsbehoven.;"
        + " Att verka för att nå dem som står långt från arbetsmarknaden.";
    String utslapp = "Utsläpp av växthusgaser i ton koldioxidekvivalenter";
    String energi = "Total slutanvändning av energi per bruttoregionalproduktenhet (kWh/miljoner kronor).";
    String nr31 = "Att främja väl fungerande strukturer för kompetensförsörjning och livslångt lärande inom Örebro län.";
    String lista = "Nr 27; Nr 28; Nr 29; Nr 30; Nr 31: " + nr31 + "; Nr 32; Nr 33; Nr 50; Nr 51; Nr 52; Nr 54; Nr 55;"
        + " Nr 56; Nr 41; Nr 38; Nr 59; Nr 61";
    assertEquals(List.of(
        "Planen ändrad status | status: förslag → beslutad",
        "Tidplan ändrad Tidplan | Tidplan: " + tidplan.formatted("1") + " → " + tidplan.formatted("2"),
        "Målsättningar ändrad Målsättning 9: En långsiktig och stark kompetensförsörjning. | titel: Kompetensförsörjningen"
            + " är långsiktig. → En långsiktig och stark kompetensförsörjning.",
        "Fokusområden ändrad Fokusområde 4.1.1 Innovationsstöds- och företagsfrämjande system | styrtal: " + innovation
            + " → " + innovation + "; Antal besökare på länets besöksmål. | uppdrag till förvaltningen: " + unga + "; "
            + kommunikation + " → " + kommunikation,
        "Fokusområden ändrad Fokusområde 4.1.2 Långsiktig hållbarhet och konkurrenskraft | styrtal: " + utslapp
            + " ska minska.; " + utslapp + ".; " + energi + " → " + utslapp + " ska minska.; " + energi,
        "Fokusområden ändrad Fokusområde 4.3 Kompetensförsörjning | uppdrag till förvaltningen: " + kompetens + " → "
            + unga + "; " + kompetens,
        "Fullmäktiges uppdrag till nämnden borttagen uppdrag utanför listan | uppdrag utanför listan: Nr 20 → ",
        "Fullmäktiges uppdrag till nämnden ändrad antal | antal: 17 → 18",
        "Fullmäktiges uppdrag till nämnden ändrad uppdrag i listan | uppdrag i listan: " + lista + " → " + lista
            + "; Nr 20",
        "Uppdrag ändrad Uppdrag Nr 31: " + nr31 + " | text: Att främja ett väl fungerande strukturer för"
            + " kompetensförsörjning och livslångt lärande inom Örebro län. → " + nr31,
        "Uppdrag flyttad Uppdrag till förvaltningen: " + unga + " | ligger under: Fokusområde 4.1.1 → Fokusområde 4.3",
        "Styrtal tillagd Styrtal: Antal besökare på länets besöksmål. | text:  → Antal besökare på länets besöksmål. |"
            + " ursprung:  → Förslag nytt styrtal till DN 2026 | ligger under:  → Fokusområde 4.1.1",
        "Styrtal borttagen Styrtal: " + utslapp + ". | text: " + utslapp + ". →  | ursprung: Förslag nytt styrtal till"
            + " DN 2026 →  | ligger under: Fokusområde 4.1.2 → ",
        "Styrtal ändrad Styrtal: Antal gästnätter | ursprung: Förslag nytt styrtal till DN 2026 → DN 2025; Behåll i DN"
            + " 2026",
        "Ekonomi ändrad ramanslag | ramanslag: 151,3\u00a0Mnkr → 151,4\u00a0Mnkr"), changes);
  }

  @Test
  void showsAnItemAlikeWhereverTheViewShowsIt() {
    Views.Plan plan = view(TestPlan.committed(before));
    Map<Object, Item> first = new java.util.HashMap<>();
    List<String> unlike = new java.util.ArrayList<>();
    walk(plan, item -> {
      Item seen = first.putIfAbsent(List.of(item.getClass(), item.id()), item);
      if (seen != null && !Objects.equals(seen, item)) {
        unlike.add(item.getClass().getSimpleName() + " " + item.id());
      }
    });
    assertEquals(List.of(), unlike);
  }

  private static void walk(Object value, Consumer<Item> visit) {
    if (value instanceof java.util.Optional<?> optional) {
      optional.ifPresent(inner -> walk(inner, visit));
    } else if (value instanceof List<?> list) {
      list.forEach(entry -> walk(entry, visit));
    } else if (value instanceof Record record) {
      if (record instanceof Item item) {
        visit.accept(item);
      }
      for (var component : record.getClass().getRecordComponents()) {
        walk(ShownFields.read(component, record), visit);
      }
    }
  }
}
