package se.vp.synthetic;

import static se.vp.synthetic.Ordbank.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.vp.diagnostic.VpException;
import se.vp.format.YamlFormatter;
import se.vp.source.Layout;

/**
 * Synthetic, valid plans for benchmarks and stress tests: one nämnd in the single layout of
 * plan-source, or a region of many nämnder in the region layout (fullmaktige/ and namnder/<id>/).
 *
 * <p>Each nämnd is generated once, as an in-memory {@link Namnd} of file trees (maps, lists and
 * scalars with keys in schema order), and written either way: {@link #writeSingle(Path, long, int)}
 * of nämnd k is exactly what region nämnd k and the fullmaktige files merge to. The region's shared
 * part (målsättningar, shared uppdrag, gemensamt) depends on the seed only; nämnd k on the seed and
 * k only, so it is the same whether 1 or 100 nämnder are written. Same seed, same bytes.
 *
 * <pre>
 * java -cp … se.vp.synthetic.SyntheticPlans &lt;folder&gt; &lt;S|M|L|count|single&gt; [seed] [regional|municipal]
 * </pre>
 */
public final class SyntheticPlans {

  /** Region sizes: S, M and L nämnder. */
  public enum Size {
    S(1), M(10), L(100);

    public final int namnder;

    Size(int namnder) {
      this.namnder = namnder;
    }
  }

  /**
   * The two shapes of plan: {@code REGIONAL} as the committed plan (decisions by FM and DN, a
   * resource model, the frame per område, council numbers from 1); {@code MUNICIPAL} as another
   * committee's (decisions by KF and the nämnd under its own short form, the frame per budget post
   * without a resource model, units such as "per 1 000 invånare" and "%", council numbers from 101,
   * several years of utfall, tidplan entries with only a date and a text).
   */
  public enum Shape {
    REGIONAL, MUNICIPAL;

    int firstNumber() {
      return this == MUNICIPAL ? 101 : 1;
    }

    String council() {
      return this == MUNICIPAL ? "KF" : "FM";
    }
  }

  public static final int MALSATTNINGAR = 10;
  public static final int FOKUSOMRADEN = 5;
  public static final int STYRTAL = 25;
  public static final int SHARED_UPPDRAG = 5;
  public static final int SPECIFIC_UPPDRAG = 15;
  public static final int OWN_UPPDRAG = 20;
  /**
   * Council numbers 1..20 are the shared uppdrag's; nämnd k has 21 + 15(k-1) .. 20 + 15k (from
   * {@link Shape#firstNumber()} on rather than 1).
   */
  static final int SHARED_NUMBERS = 20;

  private SyntheticPlans() {}

  // ---------------------------------------------------------------- API

  /** Writes nämnd 1 of the region of {@code seed} in the single layout; returns the number of files. */
  public static int writeSingle(Path planSource, long seed) {
    return writeSingle(planSource, seed, 1);
  }

  /** Writes nämnd {@code k} (1-based) of the region of {@code seed} in the single layout. */
  public static int writeSingle(Path planSource, long seed, int k) {
    return writeSingle(planSource, seed, k, Shape.REGIONAL);
  }

  public static int writeSingle(Path planSource, long seed, int k, Shape shape) {
    return write(planSource, singleFiles(seed, k, shape));
  }

  /** Writes a region of {@code namnder} nämnder in the region layout; returns the number of files. */
  public static int writeRegion(Path planSource, int namnder, long seed) {
    return writeRegion(planSource, namnder, seed, Shape.REGIONAL);
  }

  public static int writeRegion(Path planSource, int namnder, long seed, Shape shape) {
    return write(planSource, regionFiles(namnder, seed, shape));
  }

  public static int writeRegion(Path planSource, Size size, long seed) {
    return writeRegion(planSource, size.namnder, seed, Shape.REGIONAL);
  }

  /** The folder name of nämnd k in the region layout: namnd-001. */
  public static String namndId(int k) {
    return String.format(Locale.ROOT, "namnd-%03d", k);
  }

  /** The single layout's files, path relative to plan-source to YAML text. */
  public static SortedMap<String, String> singleFiles(long seed, int k) {
    return singleFiles(seed, k, Shape.REGIONAL);
  }

  public static SortedMap<String, String> singleFiles(long seed, int k, Shape shape) {
    Region region = region(seed, shape);
    Namnd n = namnd(region, k);
    SortedMap<String, String> files = new TreeMap<>();
    namndFiles(n, "", files);
    files.put("gemensamt.yaml", yaml(region.gemensamt()));
    for (Goal g : region.goals()) {
      Map<String, Object> merged = map("nr", g.body().get("nr"), "titel", g.body().get("titel"));
      Map<String, Object> placed = n.placements().get(g.nr());
      if (placed != null) {
        merged.putAll(placed);
      }
      merged.put("beslut", g.body().get("beslut"));
      files.put("malsattningar/" + g.file() + ".yaml", yaml(merged));
    }
    Stream.concat(region.shared().stream(), n.council().stream())
        .forEach(u -> files.put("uppdrag/" + u.id() + ".yaml", yaml(u.body())));
    n.own().forEach(u -> files.put("uppdrag/" + u.id() + ".yaml", yaml(u.body())));
    return canonical(files);
  }

  /** The region layout's files, path relative to plan-source to YAML text. */
  public static SortedMap<String, String> regionFiles(int namnder, long seed) {
    return regionFiles(namnder, seed, Shape.REGIONAL);
  }

  public static SortedMap<String, String> regionFiles(int namnder, long seed, Shape shape) {
    if (namnder < 1) {
      throw new IllegalArgumentException("at least one nämnd: " + namnder);
    }
    Region region = region(seed, shape);
    SortedMap<String, String> files = new TreeMap<>();
    files.put("fullmaktige/gemensamt.yaml", yaml(region.gemensamt()));
    region.goals().forEach(g -> files.put("fullmaktige/malsattningar/" + g.file() + ".yaml", yaml(g.body())));
    region.shared().forEach(u -> files.put("fullmaktige/uppdrag/" + u.id() + ".yaml", yaml(u.body())));
    for (int k = 1; k <= namnder; k++) {
      Namnd n = namnd(region, k);
      String dir = "namnder/" + n.id() + "/";
      namndFiles(n, dir, files);
      n.council().forEach(u -> files.put("fullmaktige/uppdrag/" + u.id() + ".yaml", yaml(u.body())));
      n.own().forEach(u -> files.put(dir + "uppdrag/" + u.id() + ".yaml", yaml(u.body())));
      for (Goal g : region.goals()) {
        Map<String, Object> placed = n.placements().get(g.nr());
        if (placed != null) {
          files.put(dir + "malsattningar/" + g.file() + ".yaml", yaml(placed));
        }
      }
    }
    return canonical(files);
  }

  /** The files that are the nämnd's own in both layouts. */
  private static void namndFiles(Namnd n, String dir, Map<String, String> files) {
    files.put(dir + "plan.yaml", yaml(n.plan()));
    files.put(dir + "tidplan.yaml", yaml(n.tidplan()));
    files.put(dir + "omvarld.yaml", yaml(n.omvarld()));
    files.put(dir + "fullmaktiges-uppdrag.yaml", yaml(n.lista()));
    files.put(dir + "ekonomi.yaml", yaml(n.ekonomi()));
    files.put(dir + "forutsattningar.yaml", yaml(n.forutsattningar()));
    n.fokusomraden().forEach(f -> files.put(dir + "fokusomraden/" + f.id() + ".yaml", yaml(f.body())));
    n.styrtal().forEach(s -> files.put(dir + "styrtal/" + s.id() + ".yaml", yaml(s.body())));
    n.omraden().forEach(o -> files.put(dir + "omraden/" + o.id() + ".yaml", yaml(o.body())));
  }

  private static int write(Path planSource, Map<String, String> files) {
    try {
      if (Files.exists(planSource)) {
        try (Stream<Path> entries = Files.list(planSource)) {
          if (entries.findAny().isPresent()) {
            throw new IllegalArgumentException(planSource + " is not empty");
          }
        }
      }
      Set<Path> dirs = new HashSet<>();
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = planSource.resolve(file.getKey());
        if (dirs.add(path.getParent())) {
          Files.createDirectories(path.getParent());
        }
        Files.write(path, file.getValue().getBytes(StandardCharsets.UTF_8));
      }
      return files.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void main(String[] args) {
    String usage = "usage: SyntheticPlans <folder> <S|M|L|count|single> [seed] [regional|municipal]";
    if (args.length < 2 || args.length > 4) {
      System.err.println(usage);
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    long start = System.nanoTime();
    String what;
    int files;
    long seed;
    try {
      seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
      Shape shape = args.length > 3 ? Shape.valueOf(args[3].toUpperCase(Locale.ROOT)) : Shape.REGIONAL;
      if (args[1].equalsIgnoreCase("single")) {
        files = writeSingle(folder, seed, 1, shape);
        what = "1 nämnd, single layout, " + shape;
      } else {
        int namnder = args[1].matches("[0-9]+") ? Integer.parseInt(args[1])
            : Size.valueOf(args[1].toUpperCase(Locale.ROOT)).namnder;
        files = writeRegion(folder, namnder, seed, shape);
        what = namnder + (namnder == 1 ? " nämnd" : " nämnder") + ", region layout, " + shape;
      }
    } catch (IllegalArgumentException e) {
      System.err.println("SyntheticPlans: " + e.getMessage() + "\n" + usage);
      System.exit(2);
      return;
    }
    System.out.printf(Locale.ROOT, "%s: %d files (%s, seed %d) in %d ms%n", folder, files, what, seed,
        (System.nanoTime() - start) / 1_000_000);
  }

  // ---------------------------------------------------------------- model

  /** A file's id (its name without .yaml) and its content, keys in schema order. */
  record Item(String id, Map<String, Object> body) {}

  /** A council målsättning: nr, file name without .yaml ("04-slug"), body nr/titel/beslut. */
  record Goal(int nr, String file, Map<String, Object> body) {}

  /** What every nämnd of the region shares. */
  record Region(Shape shape, long seed, int year, String organisation, String domain, List<String> lan,
      LocalDate fullmaktige, List<Goal> goals, List<Item> shared, Map<Integer, Integer> sharedGoal,
      Map<String, Object> gemensamt) {}

  /** One nämnd, written the same way in both layouts. Placements: goal nr to {styrtal, uppdrag}. */
  record Namnd(int k, String id, Map<String, Object> plan, Map<String, Object> tidplan, Map<String, Object> omvarld,
      Map<String, Object> lista, Map<String, Object> ekonomi, Map<String, Object> forutsattningar,
      List<Item> fokusomraden, List<Item> styrtal, List<Item> council, List<Item> own, List<Item> omraden,
      SortedMap<Integer, Map<String, Object>> placements) {}

  static Region region(long seed, Shape shape) {
    Random rng = new Random(mix(seed));
    int year = 2025 + rng.nextInt(4);
    String[] org = ORGANISATIONER[rng.nextInt(ORGANISATIONER.length)];
    List<String> others = new ArrayList<>();
    for (String[] o : ORGANISATIONER) {
      if (o != org) {
        others.add(o[1]);
      }
    }
    List<String> lan = new ArrayList<>(sample(rng, others, 4));
    lan.sort(java.text.Collator.getInstance(Locale.forLanguageTag("sv-SE")));
    LocalDate fullmaktige = LocalDate.of(year - 1, 6, 10 + rng.nextInt(10));

    List<String[]> titles = sample(rng, List.of(MALSATTNINGSTITLAR), MALSATTNINGAR);
    List<Goal> goals = new ArrayList<>();
    for (int i = 0; i < MALSATTNINGAR; i++) {
      int nr = i + 1;
      goals.add(new Goal(nr, String.format(Locale.ROOT, "%02d-%s", nr, slug(titles.get(i)[0])),
          map("nr", nr, "titel", titles.get(i)[1], "beslut", beslut(shape.council(), year))));
    }

    List<Integer> numbers = new ArrayList<>(new TreeSet<>(
        sample(rng, range(shape.firstNumber(), shape.firstNumber() + SHARED_NUMBERS - 1), SHARED_UPPDRAG)));
    List<String[]> texts = new ArrayList<>(sample(rng, List.of(GEMENSAMMA_UPPDRAG), SHARED_UPPDRAG - 2));
    texts.addAll(List.of(TEMAN));
    Collections.shuffle(numbers, rng);
    List<Item> shared = new ArrayList<>();
    Map<Integer, Integer> sharedGoal = new LinkedHashMap<>();
    List<Map<String, Object>> teman = new ArrayList<>();
    for (int i = 0; i < SHARED_UPPDRAG; i++) {
      int nr = numbers.get(i);
      String[] t = texts.get(i);
      shared.add(new Item("nr-" + nr + "-" + slug(t[0]), map("nr", nr, "text", t[1],
          "mottagare", "regionstyrelsen-och-nämnderna", "beslut", beslut(shape.council(), year - rng.nextInt(2)))));
      if (t.length > 2) {
        teman.add(map("rubrik", t[2], "uppdrag", List.of(nr)));
      } else {
        sharedGoal.put(nr, 1 + rng.nextInt(MALSATTNINGAR));
      }
    }
    shared.sort((a, b) -> Integer.compare((int) a.body().get("nr"), (int) b.body().get("nr")));
    TreeSet<Integer> common = new TreeSet<>(sharedGoal.values());
    while (common.size() < 5) {
      common.add(1 + rng.nextInt(MALSATTNINGAR));
    }
    List<Map<String, Object>> gemensammaMal = common.stream().map(nr -> map("målsättning", nr)).toList();
    return new Region(shape, seed, year, org[0], org[2], lan, fullmaktige, goals, shared, sharedGoal,
        map("målsättningar", gemensammaMal,
            "beslutande-organ", shape == Shape.MUNICIPAL
                ? List.of(map("förkortning", "KF", "namn", "Kommunfullmäktige", "bestämd-form", "kommunfullmäktige"))
                : null,
            "teman", teman));
  }

  static Namnd namnd(Region region, int k) {
    Random rng = new Random(mix(region.seed() ^ mix(0x6E616D6EL + k)));
    int year = region.year();
    String org = region.organisation();

    // plan.yaml
    String[] area = NAMNDOMRADEN[rng.nextInt(NAMNDOMRADEN.length)];
    StringBuilder abbreviation = new StringBuilder("N");
    for (String word : area[0].split(" ")) {
      if (!word.equals("och")) {
        abbreviation.append(word.substring(0, 1).toUpperCase(Locale.ROOT));
      }
    }
    abbreviation.append(k);
    Shape shape = region.shape();
    String fm = shape.council();
    String dn = shape == Shape.MUNICIPAL ? abbreviation.toString() : "DN";
    String first = pick(rng, FORNAMN);
    String last = pick(rng, EFTERNAMN);
    List<Map<String, Object>> konsekvenser = sample(rng, List.of(KONSEKVENSER), 2 + rng.nextInt(2)).stream()
        .map(c -> map("rubrik", c[0], "text", c[1])).toList();
    Map<String, Object> plan = map(
        "organisation", org,
        "nämnd", map("namn", "Nämnd för " + area[0] + " " + k, "bestämd-form", "Nämnden för " + area[0] + " " + k,
            "förkortning", abbreviation.toString()),
        "förvaltning", area[1],
        "år", year,
        "titel", "Verksamhetsplan med budget",
        "status", pick(rng, new String[] {"utkast", "förslag", "beslutad"}),
        "datum", LocalDate.of(year - 1, 10, 28).toString(),
        "diarienummer", abbreviation + " " + (year - 1) % 100 + "/" + (1000 + rng.nextInt(9000)),
        "handläggare", map("namn", first + " " + last, "titel", pick(rng, TITLAR),
            "e-post", slug(first) + "." + slug(last) + "@" + region.domain()),
        "konsekvenser", konsekvenser,
        "skickas-till", List.of("Regionstyrelsen", "Förvaltningen för " + area[1].toLowerCase(Locale.ROOT),
            pick(rng, new String[] {"Ekonomistaben", "Regionens revisorer", "Länets kommuner"})),
        "jämförbara-län", region.lan());
    if (shape == Shape.MUNICIPAL) {
      plan.put("beslutande-organ", List.of(map("förkortning", dn, "namn", ((Map<?, ?>) plan.get("nämnd")).get("namn"),
          "bestämd-form", "nämnden för " + area[0] + " " + k, "nämnden", true)));
    }

    // tidplan.yaml: in date order, ending in the nämnd's decision
    LocalDate presentation = LocalDate.of(year - 1, 9, 1 + rng.nextInt(14));
    LocalDate partigrupper = presentation.plusDays(7 + rng.nextInt(8));
    LocalDate utkast = LocalDate.of(year - 1, 10, 1 + rng.nextInt(14));
    LocalDate beslut = LocalDate.of(year - 1, 11, 10 + rng.nextInt(15));
    Map<String, Object> tidplan = map("händelser", List.of(
        map("datum", region.fullmaktige().toString(), "typ", "fullmäktigebeslut",
            "rubrik", "Ekonomiska förutsättningar beslutas av fullmäktige", "text", "Mål, styrtal och uppdrag för " + year),
        map("datum", presentation.toString(), "typ", "presentation", "rubrik", "Presentation av förutsättningar",
            "text", "Områdena presenterar hur de ska bidra till positiv förflyttning inom fokusområdena. Vilka utmaningar finns "
                + year + "?"),
        map("datum", partigrupper.toString(), "typ", "partigruppsförslag", "rubrik", "Partigruppernas förslag lämnas in",
            "text", "Förslag gällande justering av fokusområden, styrtal och uppdrag."),
        map("datum", utkast.toString(), "typ", "utkast", "rubrik", "Utkast till verksamhetsplan " + year + " bereds på nämnd"),
        map("datum", beslut.toString(), "typ", "nämndbeslut",
            "rubrik", "Verksamhetsplan " + year + " och budget beslutas på nämnd")));

    if (shape == Shape.MUNICIPAL) {
      tidplan = map("händelser", List.of(
          map("datum", region.fullmaktige().toString(), "typ", "fullmäktigebeslut",
              "text", "Kommunfullmäktige beslutar om mål och budget för " + year + "."),
          map("datum", presentation.toString(), "text", "Verksamheterna presenterar sina förutsättningar för nämnden."),
          map("datum", partigrupper.toString(), "text", "Partigrupperna lämnar sina förslag."),
          map("datum", utkast.toString(), "rubrik", "Utkast till verksamhetsplan " + year),
          map("datum", beslut.toString(), "typ", "nämndbeslut",
              "text", "Nämnden beslutar om verksamhetsplan och budget för " + year + ".")));
    }

    Map<String, Object> omvarld = map(
        "omvärldsfaktorer", sample(rng, List.of(OMVARLDSFAKTORER), 4 + rng.nextInt(3)),
        "interna-utmaningar", sample(rng, List.of(INTERNA_UTMANINGAR), 2 + rng.nextInt(2)));

    // fokusområden: five, numbered under one or two målsättningar, parents present
    int main = 1 + rng.nextInt(MALSATTNINGAR);
    int second = 1 + (main + rng.nextInt(MALSATTNINGAR - 1)) % MALSATTNINGAR;
    String[] pattern = pick(rng, FOKUSMONSTER);
    List<String[]> names = sample(rng, List.of(FOKUSNAMN), FOKUSOMRADEN);
    List<String> nummer = new ArrayList<>();
    List<Integer> fokusGoal = new ArrayList<>();
    List<Map<String, Object>> fokusBody = new ArrayList<>();
    List<String> fokusIds = new ArrayList<>();
    for (int i = 0; i < FOKUSOMRADEN; i++) {
      int goal = pattern[i].startsWith("M") ? main : second;
      String nr = goal + pattern[i].substring(1);
      nummer.add(nr);
      fokusGoal.add(goal);
      fokusIds.add(nr.replace('.', '-') + "-" + slug(names.get(i)[0]));
      String mal = pick(rng, MAL_OPPNING).replace("{org}", org) + " " + pick(rng, OBJEKT)[0] + " " + pick(rng, MAL_SLUT)
          + (rng.nextBoolean() ? " " + pick(rng, MAL_TILLAGG) : "");
      Map<String, Object> malMap = rng.nextInt(3) > 0 ? map("text", mal, "beslut", beslut(dn, year - 1))
          : map("text", mal, "förslag", forslag("nytt", year));
      fokusBody.add(map("nummer", nr, "målsättning", goal, "namn", names.get(i)[1], "mål", malMap));
    }

    // styrtal: 25 distinct measures
    List<Item> styrtal = new ArrayList<>();
    Set<String> pairs = new HashSet<>();
    Set<String> ids = new HashSet<>();
    while (styrtal.size() < STYRTAL) {
      Object[] subject = STYRTALSAMNEN[rng.nextInt(STYRTALSAMNEN.length)];
      String[] group = rng.nextInt(3) == 0 ? GRUPPER[0] : GRUPPER[rng.nextInt(GRUPPER.length)];
      if (!pairs.add(subject[1] + "/" + group[1])) {
        continue;
      }
      styrtal.add(new Item(unique(ids, group[1].isEmpty() ? (String) subject[1] : subject[1] + "-" + group[1]),
          styrtal(rng, subject, group[0], year, region.lan(), shape, dn)));
    }

    // uppdrag: 15 numbered council uppdrag to this nämnd, 20 of its own
    Set<String> verbObject = new HashSet<>();
    List<String[]> objects = new ArrayList<>();
    List<Item> council = new ArrayList<>();
    for (int j = 1; j <= SPECIFIC_UPPDRAG; j++) {
      int nr = shape.firstNumber() - 1 + SHARED_NUMBERS + (k - 1) * SPECIFIC_UPPDRAG + j;
      String[] o = freshObject(rng, objects, verbObject);
      council.add(new Item("nr-" + nr + "-" + o[2], map("nr", nr, "text", o[1], "mottagare", "nämnden",
          "beslut", beslut(fm, year - rng.nextInt(2)))));
    }
    List<Item> own = new ArrayList<>();
    for (int j = 0; j < OWN_UPPDRAG; j++) {
      String[] o = freshObject(rng, objects, verbObject);
      int provenance = rng.nextInt(3);
      own.add(new Item(unique(ids, o[3] + "-" + o[2]), map("text", o[1], "mottagare", "förvaltningen",
          "beslut", provenance == 1 ? null : beslut(dn, year - 1),
          "förslag", provenance == 0 ? null : forslag(provenance == 1 ? "nytt" : "behåll", year))));
    }

    // placements: every styrtal and uppdrag in exactly one list; each fokusområde gets some of both
    TreeSet<Integer> placementGoals = new TreeSet<>(region.sharedGoal().values());
    int extra = 2 + rng.nextInt(2);
    while (placementGoals.size() < region.sharedGoal().size() + extra && placementGoals.size() < MALSATTNINGAR) {
      placementGoals.add(1 + rng.nextInt(MALSATTNINGAR));
    }
    List<Integer> goalsHere = new ArrayList<>(placementGoals);
    List<List<String>> fokusStyrtal = lists(FOKUSOMRADEN);
    List<List<Object>> fokusUppdrag = lists(FOKUSOMRADEN);
    SortedMap<Integer, List<String>> goalStyrtal = new TreeMap<>();
    SortedMap<Integer, List<Object>> goalUppdrag = new TreeMap<>();
    for (int i = 0; i < styrtal.size(); i++) {
      String id = styrtal.get(i).id();
      if (i < FOKUSOMRADEN || rng.nextInt(4) > 0) {
        fokusStyrtal.get(i < FOKUSOMRADEN ? i : rng.nextInt(FOKUSOMRADEN)).add(id);
      } else {
        goalStyrtal.computeIfAbsent(pick(rng, goalsHere), g -> new ArrayList<>()).add(id);
      }
    }
    region.sharedGoal().forEach((nr, goal) -> goalUppdrag.computeIfAbsent(goal, g -> new ArrayList<>()).add(nr));
    for (int i = 0; i < council.size(); i++) {
      int nr = (int) council.get(i).body().get("nr");
      if (i < FOKUSOMRADEN || rng.nextInt(3) > 0) {
        fokusUppdrag.get(i < FOKUSOMRADEN ? i : rng.nextInt(FOKUSOMRADEN)).add(nr);
      } else {
        goalUppdrag.computeIfAbsent(pick(rng, goalsHere), g -> new ArrayList<>()).add(nr);
      }
    }
    for (int i = 0; i < own.size(); i++) {
      fokusUppdrag.get(i < FOKUSOMRADEN ? i : rng.nextInt(FOKUSOMRADEN)).add(own.get(i).id());
    }
    List<Item> fokusomraden = new ArrayList<>();
    for (int i = 0; i < FOKUSOMRADEN; i++) {
      Map<String, Object> body = fokusBody.get(i);
      body.put("styrtal", fokusStyrtal.get(i));
      body.put("uppdrag", ordered(fokusUppdrag.get(i)));
      fokusomraden.add(new Item(fokusIds.get(i), body));
    }
    SortedMap<Integer, Map<String, Object>> placements = new TreeMap<>();
    for (int goal : placementGoals) {
      List<String> s = goalStyrtal.get(goal);
      List<Object> u = goalUppdrag.get(goal);
      if (s != null || u != null) {
        placements.put(goal, map("styrtal", s, "uppdrag", u == null ? null : ordered(u)));
      }
    }

    Map<String, Object> lista = map("beslut", beslut(fm, year), "uppdrag", Stream.concat(
        council.stream().map(u -> (int) u.body().get("nr")),
        region.shared().stream().map(u -> (int) u.body().get("nr"))).map(nr -> map("nr", nr)).toList());

    // områden, all presented and all given a share of the ramanslag
    List<String[]> omradesNamn = sample(rng, List.of(OMRADEN), 3 + rng.nextInt(3));
    List<Item> omraden = new ArrayList<>();
    for (String[] o : omradesNamn) {
      List<Map<String, Object>> presentationer = new ArrayList<>();
      for (int p = rng.nextInt(4) == 0 ? 2 : 1; p > 0; p--) {
        List<Map<String, Object>> insatser = new ArrayList<>();
        for (int f : new TreeSet<>(sample(rng, range(0, FOKUSOMRADEN - 1), 2 + rng.nextInt(2)))) {
          insatser.add(map("fokusområde", nummer.get(f), "rubrik", fokusBody.get(f).get("namn"),
              "punkter", punkter(rng, 2 + rng.nextInt(3))));
        }
        List<Map<String, Object>> utmaningar = sample(rng, List.of(UTMANINGSRUBRIKER), 2 + rng.nextInt(3)).stream()
            .map(r -> map("rubrik", r, "punkter", sample(rng, List.of(UTMANINGAR), 1 + rng.nextInt(2)))).toList();
        presentationer.add(map("insatser", insatser, "utmaningar", utmaningar));
      }
      omraden.add(new Item(slug(o[0]), map("namn", o[0], "presentationer", presentationer)));
    }
    List<String> omradesIds = omraden.stream().map(Item::id).toList();

    Map<String, Object> ekonomi = shape == Shape.MUNICIPAL ? budgetByPost(rng, year, presentation)
        : ekonomi(rng, year, presentation, partigrupper, omradesIds);

    List<Object> overgripande = new ArrayList<>(sample(rng, List.of(OVERGRIPANDE), 2 + rng.nextInt(2)));
    if (rng.nextBoolean()) {
      overgripande.add(map("text", "Förändrade förutsättningar från staten:",
          "punkter", sample(rng, List.of(STATEN), 2 + rng.nextInt(2))));
    }
    Map<String, Object> forutsattningar = map(
        "presentation", map("rubrik", "Presentation av verksamhetens förutsättningar", "datum", presentation.toString()),
        "övergripande", overgripande,
        "områden", omradesIds,
        "storregionalt-samarbete", sample(rng, List.of(STORREGIONALT), 3 + rng.nextInt(3)));

    return new Namnd(k, namndId(k), plan, tidplan, omvarld, lista, ekonomi, forutsattningar, fokusomraden, styrtal,
        council, own, omraden, placements);
  }

  private static Map<String, Object> styrtal(Random rng, Object[] subject, String group, int year, List<String> lan,
      Shape shape, String dn) {
    String riktning = rng.nextInt(4) == 0 ? null : (String) subject[2];
    String text = subject[0] + (group.isEmpty() ? "" : " " + group);
    boolean jamforelse = riktning != null && rng.nextInt(5) == 0;
    if (riktning == null) {
      text += ".";
    } else {
      text += " ska " + riktning + "." + (jamforelse
          ? " Förändringen ska vara större procentuellt än i jämförbara län." : "");
    }
    if (rng.nextInt(3) == 0) {
      text += " " + pick(rng, STYRTAL_TILLAGG);
    }
    List<Map<String, Object>> utfall = null;
    Map<String, Object> mal = null;
    if (riktning != null && rng.nextInt(5) < 3) {
      int decimals = (int) subject[5];
      double base = ((Number) subject[4]).doubleValue() * (0.85 + rng.nextDouble() * 0.3);
      long unit = Math.round(Math.pow(10, decimals));
      boolean share = "procent".equals(subject[3]);
      long value = Math.max(unit * 2, Math.round((share ? Math.min(base, 92) : base) * unit));
      int years = shape == Shape.MUNICIPAL ? 2 + rng.nextInt(2) : 1 + rng.nextInt(3);
      utfall = new ArrayList<>();
      int lastYear = year - 1 - rng.nextInt(2);
      long step = Math.max(1, value / 50);
      long v = value;
      long latest = v;
      for (int y = lastYear - years + 1; y <= lastYear; y++) {
        Map<String, Object> outcome = map("år", y, "värde", number(v, decimals));
        if (jamforelse) {
          long own = v;
          outcome.put("jämförbara-län", lan.stream().map(l -> map("län", l,
              "värde", number(Math.max(unit, own + (rng.nextInt(5) - 2) * step), decimals))).toList());
        }
        utfall.add(outcome);
        latest = v;
        v = Math.max(unit, v + (rng.nextInt(3) - 1) * step);
      }
      long ceiling = share ? 100 * unit : Long.MAX_VALUE;
      long from = riktning.equals("öka") ? Math.min(ceiling, latest + step) : Math.max(1, latest - step);
      long to = riktning.equals("öka") ? Math.min(ceiling, from + step) : Math.max(0, from - step);
      mal = map("från", number(from, decimals), "till", number(to, decimals));
    }
    int provenance = rng.nextInt(4);
    return map("text", text, "riktning", riktning,
        "enhet", shape == Shape.MUNICIPAL ? municipalUnit(subject) : subject[3], "utfall", utfall, "mål", mal,
        "jämförelse", jamforelse ? "jämförbara-län" : null,
        "kolada", rng.nextInt(3) == 0 ? String.format(Locale.ROOT, "N%05d", rng.nextInt(100000)) : null,
        "beslut", provenance == 0 ? beslut(riktning != null ? shape.council() : dn, year)
            : provenance == 2 ? null : beslut(dn, year - 1),
        "förslag", provenance == 2 ? forslag("nytt", year) : provenance == 3 ? forslag("behåll", year) : null);
  }

  /** A frame distributed on budget posts, with no resource model and an index without a name. */
  private static Map<String, Object> budgetByPost(Random rng, int year, LocalDate presentation) {
    long previous = 600 + rng.nextInt(14400);
    long percent = 20 + rng.nextInt(19);
    long index = (previous * percent + 500) / 1000;
    long ram = previous + index;
    List<String> posts = List.of("Nämnd och ledning", "Verksamhet i egen regi", "Köpt verksamhet", "Planeringsreserv");
    List<Long> shares = split(rng, ram, posts.size(), 5);
    List<Map<String, Object>> poster = new ArrayList<>();
    for (int i = 0; i < posts.size(); i++) {
      poster.add(map("post", posts.get(i), "mnkr", tenths(shares.get(i)),
          "kommentar", i == posts.size() - 1 ? "Fördelas under året efter beslut i nämnden." : null));
    }
    return map(
        "presentation", map("rubrik", "Ekonomiska förutsättningar " + year, "datum", presentation.toString()),
        "ramanslag", map("mnkr", tenths(ram), "föregående-år-mnkr", tenths(previous),
            "indexuppräkning", map("procent", tenths(percent), "mnkr", tenths(index))),
        "fördelning", map("poster", poster));
  }

  /** A unit as another committee writes it: "%" for procent, "per 1 000 invånare" where the measure says so. */
  private static String municipalUnit(Object[] subject) {
    if ("procent".equals(subject[3])) {
      return "%";
    }
    return ((String) subject[0]).endsWith("per 1 000 invånare") ? "per 1 000 invånare" : (String) subject[3];
  }

  /** The budget, adding up exactly in tenths of mnkr (and in kr for the schablon). */
  private static Map<String, Object> ekonomi(Random rng, int year, LocalDate presentation, LocalDate satsningar,
      List<String> omraden) {
    long previous = 600 + rng.nextInt(14400);
    long percent = 20 + rng.nextInt(19);
    long index = (previous * percent + 500) / 1000;
    long reduction = rng.nextBoolean() ? 0 : 5 + rng.nextInt((int) (previous / 50));
    long ram = previous + index - reduction;
    List<Long> parts = split(rng, index, 3, 1);
    String[] posts = {"Lönekostnadsökningar", "PO-påslag", "Generell prisuppräkning"};
    List<Map<String, Object>> upprakning = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      upprakning.add(map("post", posts[i], "procent", number(15 + rng.nextInt(30), 1), "mnkr", tenths(parts.get(i))));
    }
    long[] schablon = {3000 + rng.nextInt(3000), 1500 + rng.nextInt(2000), 6000 + rng.nextInt(5000)};
    List<Map<String, Object>> reserver = new ArrayList<>();
    long reserved = 0;
    for (String post : sample(rng, List.of("Planeringsreserv", "Nämndens oförutsedda medel", "Reserv för lönerevision"),
        1 + rng.nextInt(2))) {
      long amount = 5 + rng.nextInt((int) Math.max(6, ram / 40));
      reserved += amount;
      reserver.add(map("post", post, "mnkr", tenths(amount)));
    }
    List<Long> shares = split(rng, ram - reserved, omraden.size(), 10);
    int withRequirement = rng.nextBoolean() ? rng.nextInt(omraden.size()) : -1;
    List<Map<String, Object>> fordelning = new ArrayList<>();
    for (int i = 0; i < omraden.size(); i++) {
      Map<String, Object> krav = null;
      if (i == withRequirement) {
        long deficit = 5 + rng.nextInt(40);
        long effect = 1 + rng.nextInt((int) deficit - 1);
        krav = map("underskott-mnkr", tenths(-deficit), "effekt-mnkr", tenths(effect), "mnkr", tenths(deficit - effect),
            "källa", "Periodrapport januari–juli " + (year - 1));
      }
      fordelning.add(map("område", omraden.get(i), "mnkr", tenths(shares.get(i)),
          "kommentar", krav == null ? null : "Förslaget innebär samma förutsättningar som " + (year - 1)
              + " och ett åtgärdskrav för att nå en ekonomi i balans.",
          "åtgärdskrav", krav));
    }
    return map(
        "presentation", map("rubrik", "Ekonomiska förutsättningar och förslag till fördelning av ramanslag",
            "datum", presentation.toString()),
        "ramanslag", map("mnkr", tenths(ram), "föregående-år-mnkr", tenths(previous),
            "indexuppräkning", map("index", pick(rng, new String[] {"LPIK", "LPIK exklusive läkemedel", "Regionindex"}),
                "procent", tenths(percent), "mnkr", tenths(index)),
            "reduceringskrav-mnkr", reduction == 0 ? (Object) 0 : tenths(reduction),
            "kommentar", pick(rng, RAMKOMMENTARER)),
        "resursfördelningsmodell", map(
            "framtagen-år", year - 1 - rng.nextInt(2),
            "uppräkning", upprakning,
            "schablonanslag", map("kr-per-årsarbetare", schablon[0] + schablon[1] + schablon[2], "delar", List.of(
                map("post", "Resor och konferens", "kr-per-årsarbetare", schablon[0]),
                map("post", "Utbildning och kurskostnad", "kr-per-årsarbetare", schablon[1]),
                map("post", "Övrigt (IT-utrustning med mera)", "kr-per-årsarbetare", schablon[2]))),
            "projektfinansiering-timmar-per-årsarbetare", 1700 + 10 * rng.nextInt(5),
            "sjuklöneavräkning-procent", rng.nextBoolean() ? (Object) 4 : number(35, 1),
            "reserver", reserver),
        "fördelning", map("kommentar", "Justering kan komma att ske innan beslut.", "områden", fordelning),
        "uppräkning-per-förening", map("kommentar", "Uppräkningen följer indexuppräkningen för " + year + ".",
            "rader", sample(rng, List.of(FORENINGAR), 3 + rng.nextInt(4)).stream()
                .map(f -> map("namn", f, "mnkr", tenths(1 + rng.nextInt(25)))).toList()),
        "utrymme-för-satsningar", map("datum", satsningar.toString(),
            "kommentar", "Satsningarna prövas mot utrymmet i samband med nämndens beslut.",
            "rader", sample(rng, List.of(SATSNINGAR), 2 + rng.nextInt(3)).stream()
                .map(s -> map("namn", s, "mnkr", tenths(2 + rng.nextInt(40)))).toList()));
  }

  private static List<Object> punkter(Random rng, int count) {
    List<Object> punkter = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (i == 1 && rng.nextInt(4) == 0) {
        punkter.add(map("text", pick(rng, STOTTA), "punkter", sample(rng, List.of(KORTA_PUNKTER), 2 + rng.nextInt(2))));
      } else {
        String punkt = pick(rng, INSATSER).replace("{x}", pick(rng, OBJEKT)[0]);
        punkter.add(punkter.contains(punkt) ? punkt.replace(".", " under året.") : punkt);
      }
    }
    return punkter;
  }

  /**
   * An uppdrag's wording: {verb, text, object slug, verb slug}. Objects are dealt from a shuffled deck, so each is
   * used once before any is used again, and never twice with the same verb.
   */
  private static String[] freshObject(Random rng, List<String[]> deck, Set<String> used) {
    while (true) {
      if (deck.isEmpty()) {
        deck.addAll(List.of(OBJEKT));
        Collections.shuffle(deck, rng);
      }
      String verb = pick(rng, VERB);
      String[] object = deck.get(deck.size() - 1);
      if (used.add(verb + "/" + object[1])) {
        deck.remove(deck.size() - 1);
        String text = "Att " + verb + " " + object[0] + (rng.nextInt(3) > 0 ? " " + pick(rng, KVALIFIKATIONER) : "")
            + ".";
        return new String[] {verb, text, object[1], slug(verb.split(" ")[0])};
      }
    }
  }

  /** Council numbers first, ascending, then förvaltningens ids in the order given. */
  private static List<Object> ordered(List<Object> refs) {
    List<Object> out = new ArrayList<>(refs.stream().filter(r -> r instanceof Integer).sorted().toList());
    refs.stream().filter(r -> r instanceof String).forEach(out::add);
    return out;
  }

  // ---------------------------------------------------------------- helpers

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        map.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return map;
  }

  private static Map<String, Object> beslut(String av, int year) {
    return map("av", av, "år", year);
  }

  private static Map<String, Object> forslag(String typ, int year) {
    return map("typ", typ, "år", year);
  }

  private static BigDecimal tenths(long tenths) {
    return BigDecimal.valueOf(tenths, 1);
  }

  private static BigDecimal number(long units, int decimals) {
    return BigDecimal.valueOf(units, decimals);
  }

  private static <T> T pick(Random rng, T[] items) {
    return items[rng.nextInt(items.length)];
  }

  private static <T> T pick(Random rng, List<T> items) {
    return items.get(rng.nextInt(items.size()));
  }

  private static <T> List<T> sample(Random rng, List<T> items, int count) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, rng);
    return List.copyOf(copy.subList(0, Math.min(count, copy.size())));
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> range = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      range.add(i);
    }
    return range;
  }

  private static <T> List<List<T>> lists(int count) {
    List<List<T>> lists = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lists.add(new ArrayList<>());
    }
    return lists;
  }

  /** {@code total} split into {@code count} random parts of at least {@code min} each. */
  private static List<Long> split(Random rng, long total, int count, long min) {
    long rest = total - count * min;
    if (rest < 0) {
      throw new IllegalStateException("cannot split " + total + " into " + count + " parts of " + min);
    }
    long[] weights = new long[count];
    long sum = 0;
    for (int i = 0; i < count; i++) {
      weights[i] = 1 + rng.nextInt(10);
      sum += weights[i];
    }
    List<Long> parts = new ArrayList<>();
    long given = 0;
    for (int i = 0; i < count; i++) {
      long part = i == count - 1 ? rest - given : rest * weights[i] / sum;
      given += part;
      parts.add(min + part);
    }
    return parts;
  }

  private static String unique(Set<String> ids, String id) {
    String candidate = id;
    for (int i = 2; !ids.add(candidate); i++) {
      candidate = id + "-" + i;
    }
    return candidate;
  }

  /** An id from Swedish words: "Välfärd och folkhälsa" is valfard-och-folkhalsa. */
  static String slug(String text) {
    return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
  }

  // ---------------------------------------------------------------- YAML in vp's canonical form

  /** The content as JSON, which is YAML too; {@link #canonical} gives it the form vp:fmt writes. */
  static String yaml(Object value) {
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream().map(e -> yaml(e.getKey().toString()) + ": " + yaml(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof List<?> list) {
      return list.stream().map(SyntheticPlans::yaml).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return "\"" + ((String) value).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Every file in the form mvn vp:fmt writes, by the project's own formatter. */
  private static SortedMap<String, String> canonical(SortedMap<String, String> files) {
    boolean region = Layout.isRegion(files.keySet());
    YamlFormatter formatter = new YamlFormatter();
    files.replaceAll((path, text) -> {
      try {
        return formatter.format(text, Layout.kind(path, region).orElseThrow(), "fil.yaml");
      } catch (VpException e) {
        throw new IllegalStateException(path + ": " + e.getMessage(), e);
      }
    });
    return files;
  }
}
