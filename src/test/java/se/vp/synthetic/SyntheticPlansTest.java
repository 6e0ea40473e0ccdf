package se.vp.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.Validation;
import se.vp.model.Ekonomi;
import se.vp.model.Plan;

/** The synthetic plans are valid, deterministic, and laid out as the two layouts say. */
class SyntheticPlansTest {

  @TempDir
  Path tmp;

  @Test
  void singleLayoutValidatesWithoutErrorsOrWarningsAndIsFormatted() {
    Path source = tmp.resolve("plan-source");
    int files = SyntheticPlans.writeSingle(source, 42L);
    Validation validation = Validation.withFormatCheck(source, tmp);
    assertEquals(List.of(), findings(validation), "the synthetic plan has findings");
    Plan plan = validation.plan().orElseThrow();
    assertEquals(10, plan.malsattningar().size());
    assertEquals(5, plan.fokusomraden().size());
    assertEquals(25, plan.styrtal().size());
    assertEquals(40, plan.uppdrag().size());
    assertEquals(20, plan.uppdrag().stream().filter(u -> u.nr().isPresent()).count());
    assertEquals(20, plan.fullmaktigesUppdrag().orElseThrow().uppdrag().size());
    assertTrue(plan.omraden().size() >= 3 && plan.omraden().size() <= 5);
    assertEquals(files, count(source));
    assertTrue(plan.fakta().toString().matches("(?s).*[åäöÅÄÖ].*"), "Swedish letters in plan.yaml");
  }

  /** Issue 15 point 7: a plan shaped unlike the committed one validates as it is. */
  @Test
  void municipalShapeValidatesWithoutErrorsOrWarningsAndIsFormatted() {
    for (long seed = 1; seed <= 4; seed++) {
      Path source = tmp.resolve("kommun-" + seed);
      SyntheticPlans.writeSingle(source, seed * 104_729, (int) seed, SyntheticPlans.Shape.MUNICIPAL);
      Validation validation = Validation.withFormatCheck(source, tmp);
      assertEquals(List.of(), findings(validation), "seed " + seed * 104_729);
      Plan plan = validation.plan().orElseThrow();
      assertEquals(Set.of("KF", plan.fakta().namnd().forkortning().orElseThrow()),
          plan.organ().stream().map(o -> o.forkortning()).collect(Collectors.toSet()));
      assertTrue(plan.uppdrag().stream().flatMap(u -> u.ursprung().beslut().stream()).allMatch(b -> !b.av().equals("FM")
          && !b.av().equals("DN")));
      Ekonomi ekonomi = plan.ekonomi().orElseThrow();
      assertTrue(ekonomi.modell().isEmpty());
      assertTrue(ekonomi.fordelning().orElseThrow().rader().stream().allMatch(r -> r.post().isPresent()));
      assertTrue(plan.uppdrag().stream().flatMap(u -> u.nr().stream()).allMatch(nr -> nr > 100));
      assertTrue(plan.styrtal().stream().allMatch(st -> st.utfall().isEmpty() || st.utfall().size() >= 2));
      assertTrue(plan.styrtal().stream().anyMatch(st -> st.enhet().equals(java.util.Optional.of("%"))));
      assertTrue(plan.tidplan().stream().anyMatch(h -> h.typ().isEmpty() && h.rubrik().isEmpty()));
    }
  }

  @Test
  void municipalRegionValidates() {
    Path source = tmp.resolve("kommuner");
    SyntheticPlans.writeRegion(source, 3, 17L, SyntheticPlans.Shape.MUNICIPAL);
    assertEquals(List.of(), findings(Validation.of(source, tmp)));
  }

  @Test
  void manySeedsAndNamnderValidate() {
    for (long seed = 1; seed <= 8; seed++) {
      Path source = tmp.resolve("plan-" + seed);
      SyntheticPlans.writeSingle(source, seed * 7919, (int) seed * 13);
      Validation validation = Validation.of(source, tmp);
      assertEquals(List.of(), findings(validation), "seed " + seed * 7919 + ", nämnd " + seed * 13);
    }
  }

  @Test
  void sameSeedGivesTheSameBytesAndAnotherSeedDiffers() throws IOException {
    SyntheticPlans.writeSingle(tmp.resolve("a"), 5L);
    SyntheticPlans.writeSingle(tmp.resolve("b"), 5L);
    SyntheticPlans.writeSingle(tmp.resolve("c"), 6L);
    assertEquals(read(tmp.resolve("a")), read(tmp.resolve("b")));
    assertNotEquals(read(tmp.resolve("a")), read(tmp.resolve("c")));
    SyntheticPlans.writeRegion(tmp.resolve("r1"), 3, 5L);
    SyntheticPlans.writeRegion(tmp.resolve("r2"), 3, 5L);
    assertEquals(read(tmp.resolve("r1")), read(tmp.resolve("r2")));
  }

  @Test
  void regionLayoutHasItsShape() throws IOException {
    Path source = tmp.resolve("region");
    int namnder = 3;
    SyntheticPlans.writeRegion(source, namnder, 11L);
    Map<String, String> files = read(source);

    Set<String> top = names(source);
    assertEquals(Set.of("fullmaktige", "namnder"), top);
    assertEquals(Set.of("gemensamt.yaml", "malsattningar", "uppdrag"), names(source.resolve("fullmaktige")));
    Map<String, String> goals = under(files, "fullmaktige/malsattningar/");
    assertEquals(10, goals.size());
    goals.forEach((name, text) -> {
      assertTrue(name.matches("[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*\\.yaml"), name);
      assertEquals(List.of("nr", "titel", "beslut"), topKeys(text), name);
    });
    Map<String, String> council = under(files, "fullmaktige/uppdrag/");
    assertEquals(SyntheticPlans.SHARED_UPPDRAG + namnder * SyntheticPlans.SPECIFIC_UPPDRAG, council.size());
    council.forEach((name, text) -> assertTrue(name.startsWith("nr-") && text.startsWith("nr: "), name));

    assertEquals(Set.of("namnd-001", "namnd-002", "namnd-003"), names(source.resolve("namnder")));
    for (int k = 1; k <= namnder; k++) {
      String dir = "namnder/" + SyntheticPlans.namndId(k) + "/";
      Set<String> entries = names(source.resolve(dir));
      assertEquals(Set.of("plan.yaml", "tidplan.yaml", "omvarld.yaml", "fullmaktiges-uppdrag.yaml", "ekonomi.yaml",
          "forutsattningar.yaml", "fokusomraden", "styrtal", "uppdrag", "omraden", "malsattningar"), entries, dir);
      assertEquals(5, under(files, dir + "fokusomraden/").size());
      assertEquals(25, under(files, dir + "styrtal/").size());
      Map<String, String> own = under(files, dir + "uppdrag/");
      assertEquals(20, own.size());
      own.values().forEach(text -> assertFalse(text.startsWith("nr:"), text));
      Map<String, String> placements = under(files, dir + "malsattningar/");
      assertFalse(placements.isEmpty());
      placements.forEach((name, text) -> {
        assertTrue(goals.containsKey(name), name + " names a council målsättning");
        List<String> keys = topKeys(text);
        assertTrue(Set.of("styrtal", "uppdrag").containsAll(keys) && !keys.isEmpty(), name + ": " + keys);
      });
      // Every number on the nämnd's list is a council uppdrag of the region.
      Set<Integer> councilNumbers = council.values().stream().map(t -> Integer.parseInt(t.lines().findFirst()
          .orElseThrow().substring(4))).collect(Collectors.toSet());
      assertTrue(councilNumbers.containsAll(numbers(files.get(dir + "fullmaktiges-uppdrag.yaml"))), dir);
    }
  }

  @Test
  void regionNamndIsTheSameWhateverTheRegionsSize() {
    SortedMap<String, String> two = SyntheticPlans.regionFiles(2, 3L);
    SortedMap<String, String> four = SyntheticPlans.regionFiles(4, 3L);
    for (Map.Entry<String, String> file : two.entrySet()) {
      assertEquals(file.getValue(), four.get(file.getKey()), file.getKey());
    }
  }

  /** The fullmaktige files and namnder/<id>/ merge to exactly what writeSingle writes for that nämnd. */
  @Test
  void regionNamndMergesToTheSingleLayout() {
    long seed = 99L;
    SortedMap<String, String> region = SyntheticPlans.regionFiles(3, seed);
    for (int k = 1; k <= 3; k++) {
      assertEquals(SyntheticPlans.singleFiles(seed, k), merge(region, SyntheticPlans.namndId(k)), "nämnd " + k);
    }
  }

  @Test
  void sizes() {
    assertEquals(List.of(1, 10, 100),
        Arrays.stream(SyntheticPlans.Size.values()).map(s -> s.namnder).toList());
  }

  // ---------------------------------------------------------------- helpers

  /** A text merge of the region layout for one nämnd, as the region loader would see it. */
  private static SortedMap<String, String> merge(SortedMap<String, String> region, String id) {
    String dir = "namnder/" + id + "/";
    SortedMap<String, String> single = new TreeMap<>();
    Set<Integer> listed = numbers(region.get(dir + "fullmaktiges-uppdrag.yaml"));
    region.forEach((path, text) -> {
      if (path.startsWith(dir) && !path.startsWith(dir + "malsattningar/")) {
        single.put(path.substring(dir.length()), text);
      } else if (path.equals("fullmaktige/gemensamt.yaml")) {
        single.put("gemensamt.yaml", text);
      } else if (path.startsWith("fullmaktige/uppdrag/")) {
        if (listed.contains(Integer.parseInt(text.lines().findFirst().orElseThrow().substring(4)))) {
          single.put(path.substring("fullmaktige/".length()), text);
        }
      } else if (path.startsWith("fullmaktige/malsattningar/")) {
        String name = path.substring("fullmaktige/".length());
        String placed = region.getOrDefault(dir + name, "");
        int beslut = text.indexOf("\nbeslut:");
        single.put(name, text.substring(0, beslut + 1) + placed + text.substring(beslut + 1));
      }
    });
    return single;
  }

  private static Set<Integer> numbers(String lista) {
    Set<Integer> numbers = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^  - nr: ([0-9]+)$").matcher(lista);
    while (m.find()) {
      numbers.add(Integer.parseInt(m.group(1)));
    }
    return numbers;
  }

  private static List<String> topKeys(String yaml) {
    return yaml.lines().filter(l -> !l.startsWith(" ") && !l.startsWith("-") && l.contains(":"))
        .map(l -> l.substring(0, l.indexOf(':'))).toList();
  }

  private static Map<String, String> under(Map<String, String> files, String dir) {
    Map<String, String> found = new TreeMap<>();
    files.forEach((path, text) -> {
      if (path.startsWith(dir) && !path.substring(dir.length()).contains("/")) {
        found.put(path.substring(dir.length()), text);
      }
    });
    return found;
  }

  private static List<String> findings(Validation validation) {
    return validation.diagnostics().stream().map(Object::toString).toList();
  }

  private static Set<String> names(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static long count(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).count();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
      }
    }
    return files;
  }
}
