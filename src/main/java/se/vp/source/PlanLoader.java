package se.vp.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Suggestions;
import se.vp.model.FullmaktigesLista;
import se.vp.model.Mottagare;
import se.vp.model.Namndplan;
import se.vp.model.Plan;
import se.vp.model.ResolvedPlan;

/**
 * Reads plan-source: finds the files, reads each strictly, checks it against its schema and binds
 * the whole into a {@link Plan}. Every problem becomes a diagnostic; the plan is only bound when
 * every file could be read, so the checks never see half a plan.
 */
public final class PlanLoader {

  private final SourceTree tree;
  private final Optional<String> only;
  private final Diagnostics out;
  private final SchemaValidator schemas = new SchemaValidator();

  private PlanLoader(SourceTree tree, Optional<String> only, Diagnostics out) {
    this.tree = tree;
    this.only = only;
    this.out = out;
  }

  /**
   * Loads the plan in the folder {@code planSource}; paths in diagnostics are written relative to
   * {@code displayBase}, normally the project's folder, so they read "plan-source/…".
   */
  public static Optional<Plan> load(Path planSource, Path displayBase, Diagnostics out) {
    return Namndplan.single(loadAll(planSource, displayBase, Optional.empty(), out));
  }

  /** Loads the plan in a source tree: a folder on disk, or plan-source in a git commit. */
  public static Optional<Plan> load(SourceTree tree, Diagnostics out) {
    return Namndplan.single(loadAll(tree, Optional.empty(), out));
  }

  /**
   * Loads every nämnd's plan in the folder, or only the nämnd {@code only} of a region; nothing
   * when a file has an error, so that the checks never see half a plan.
   */
  public static List<Namndplan> loadAll(Path planSource, Path displayBase, Optional<String> only, Diagnostics out) {
    return PlanSource.folder(planSource, display(planSource, displayBase), out)
        .map(tree -> loadAll(tree, only, out)).orElse(List.of());
  }

  public static List<Namndplan> loadAll(SourceTree tree, Optional<String> only, Diagnostics out) {
    return new PlanLoader(tree, only, out).load();
  }

  private List<Namndplan> load() {
    Optional<List<SourceTree.Entry>> listed = PlanSource.entries(tree, out);
    if (listed.isEmpty()) {
      return List.of();
    }
    List<SourceTree.Entry> entries = listed.get();
    boolean region = PlanSource.isRegion(entries);
    Set<String> namnder = new TreeSet<>();
    entries.forEach(e -> Layout.namnd(e.path()).ifPresent(namnder::add));
    if (!checkOnly(region, namnder)) {
      return List.of();
    }
    List<SourceTree.Entry> wanted = entries.stream()
        .filter(e -> only.isEmpty() || Layout.namnd(e.path()).map(only.get()::equals).orElse(true)).toList();
    List<SourceDocument> council = new ArrayList<>();
    Map<String, List<SourceDocument>> byNamnd = new TreeMap<>();
    if (!region) {
      byNamnd.put("", new ArrayList<>());
    }
    wanted.forEach(e -> Layout.namnd(e.path()).ifPresent(n -> byNamnd.computeIfAbsent(n, k -> new ArrayList<>())));
    for (SourceFile file : PlanSource.files(tree, wanted, region, out)) {
      readDocument(file).ifPresent(document -> file.namnd().map(byNamnd::get).orElse(council).add(document));
    }
    if (region && byNamnd.isEmpty() && !out.hasErrors()) {
      out.report(Code.VP016, Location.ofFile(tree.display() + "/" + Layout.NAMNDER),
          "regionen har ingen nämnd", Optional.of("lägg varje nämnds plan i " + Layout.NAMNDER + "<nämnd>/"));
    }
    List<Namndplan> plans = new ArrayList<>();
    Diagnostics placeholders = new Diagnostics();
    for (Map.Entry<String, List<SourceDocument>> namnd : byNamnd.entrySet()) {
      List<SourceDocument> documents = withoutDuplicates(council, namnd.getValue());
      String folder = tree.display() + "/" + (region ? Layout.NAMNDER + namnd.getKey() + "/" : "");
      if (documents.stream().noneMatch(d -> d.kind() == FileKind.PLAN) && !out.hasErrors()) {
        out.report(Code.VP016, Location.ofFile(folder + "plan.yaml"),
            "plan.yaml saknas", Optional.of("den anger nämnd, år, titel och status"));
      }
      if (!out.hasErrors()) {
        PlanBinder.bind(documents, out).ifPresent(plan -> {
          ResolvedPlan resolved = ResolvedPlan.of(plan);
          checkSize(documents, folder, unshown(resolved));
          plans.add(new Namndplan(namnd.getKey(), resolved));
          Placeholder.report(documents, plan.fakta().status(), placeholders);
        });
      }
    }
    if (out.hasErrors()) {
      return List.of();
    }
    // Reported once every plan is bound: a placeholder is an error in a plan handed in, not one that keeps it unread.
    out.addAll(placeholders.sorted());
    return plans;
  }

  /**
   * A nämnd's plan holds no more text in all than {@link SourceLimits#MAX_PLAN_CHARS}: every text
   * within its own limit, a plan can still be a megabyte, which the deck and the change report would
   * spend minutes laying out. What the nämnd's handlingar do not show, the council's uppdrag to
   * other nämnder in a region, does not count. Reported at the file with the most text, the
   * likeliest to shorten.
   */
  private void checkSize(List<SourceDocument> documents, String folder, Set<String> unshown) {
    long total = 0;
    SourceDocument largest = null;
    long largestChars = -1;
    for (SourceDocument document : documents) {
      if (unshown.contains(document.file())) {
        continue;
      }
      long chars = textChars(document.root());
      total += chars;
      if (chars > largestChars) {
        largest = document;
        largestChars = chars;
      }
    }
    if (total > SourceLimits.MAX_PLAN_CHARS) {
      out.report(Code.VP024, Location.ofFile(largest.file()),
          "planen har " + total + " tecken text; handlingarna rymmer högst " + SourceLimits.MAX_PLAN_CHARS
              + ", och den här filen har " + largestChars,
          Optional.of("korta texterna, eller dela planen på flera nämnder i " + folder));
    }
  }

  /**
   * The files of the council's uppdrag a nämnd's handlingar never show: given to another nämnd
   * (not to every nämnd), placed nowhere in its plan and not on its list of the council's uppdrag.
   */
  private static Set<String> unshown(ResolvedPlan resolved) {
    Set<Integer> listed = resolved.plan().fullmaktigesUppdrag().stream().flatMap(l -> l.uppdrag().stream())
        .map(FullmaktigesLista.Listat::nr).collect(Collectors.toSet());
    return resolved.plan().uppdrag().stream()
        .filter(u -> u.shared() && u.mottagare() != Mottagare.REGIONSTYRELSEN_OCH_NAMNDERNA
            && resolved.places(u).isEmpty() && u.nr().map(nr -> !listed.contains(nr)).orElse(true))
        .map(u -> u.at().file()).collect(Collectors.toSet());
  }

  private static long textChars(YamlNode node) {
    if (node instanceof YamlMap map) {
      return map.entries().stream().mapToLong(e -> textChars(e.value())).sum();
    }
    if (node instanceof YamlList list) {
      return list.items().stream().mapToLong(PlanLoader::textChars).sum();
    }
    return ((YamlScalar) node).text().length();
  }

  /** -Dvp.namnd names a nämnd that is there, in a region. */
  private boolean checkOnly(boolean region, Set<String> namnder) {
    if (only.isEmpty()) {
      return true;
    }
    if (!region) {
      out.report(Code.VP020, Location.ofFile(tree.display()), "plan-source har en enda nämnd, så vp.namnd ska inte anges",
          Optional.of("ta bort -Dvp.namnd=" + only.get()));
      return false;
    }
    if (!namnder.contains(only.get())) {
      out.report(Code.VP020, Location.ofFile(tree.display() + "/" + Layout.NAMNDER),
          "nämnden '" + only.get() + "' finns inte i " + Layout.NAMNDER,
          Suggestions.didYouMean(only.get(), namnder)
              .or(() -> Optional.of("nämnderna är " + String.join(", ", namnder))));
      return false;
    }
    return true;
  }

  /** The council's documents and the nämnd's; an id used twice within a kind is an error. */
  private List<SourceDocument> withoutDuplicates(List<SourceDocument> council, List<SourceDocument> own) {
    List<SourceDocument> documents = new ArrayList<>();
    Map<String, String> firstFileOfId = new HashMap<>();
    for (SourceDocument document : concat(council, own)) {
      String first = firstFileOfId.putIfAbsent(document.kind() + "/" + document.id(), document.file());
      if (first != null) {
        out.report(Code.VP201, Location.ofFile(document.file()),
            "id '" + document.id() + "' finns redan i " + first, Optional.of("byt namn på den ena filen"));
      } else {
        documents.add(document);
      }
    }
    return documents;
  }

  private static List<SourceDocument> concat(List<SourceDocument> a, List<SourceDocument> b) {
    List<SourceDocument> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private Optional<SourceDocument> readDocument(SourceFile file) {
    return PlanSource.read(file, out).flatMap(root -> {
      if (!schemas.validate(file.kind(), root, out)) {
        return Optional.empty();
      }
      return Optional.of(new SourceDocument(file.kind(), file.id(), file.file(), (YamlMap) root, file.shared()));
    });
  }

  /** A path as findings write it: relative to the base when inside it, with '/'. */
  public static String display(Path path, Path base) {
    Path absolute = path.toAbsolutePath().normalize();
    Path root = base.toAbsolutePath().normalize();
    return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString().replace('\\', '/');
  }
}
