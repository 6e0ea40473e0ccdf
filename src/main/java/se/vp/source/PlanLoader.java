package se.vp.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Suggestions;
import se.vp.model.Namndplan;
import se.vp.model.Plan;
import se.vp.model.ResolvedPlan;

/**
 * Reads plan-source: finds the files, reads each strictly, checks it against its schema and binds
 * the whole into a {@link Plan}. Every problem becomes a diagnostic; the plan is only bound when
 * every file could be read, so the checks never see half a plan.
 */
public final class PlanLoader {

  private static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

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
    String display = display(planSource, displayBase);
    if (Files.isSymbolicLink(planSource)) {
      out.report(Code.VP017, Location.ofFile(display), "mappen med planen är en symbolisk länk",
          Optional.of("lägg planen själv här"));
      return List.of();
    }
    if (!Files.isDirectory(planSource, LinkOption.NOFOLLOW_LINKS)) {
      out.report(Code.VP016, Location.ofFile(display), "mappen med planen finns inte");
      return List.of();
    }
    return loadAll(new FolderTree(planSource, display), only, out);
  }

  public static List<Namndplan> loadAll(SourceTree tree, Optional<String> only, Diagnostics out) {
    return new PlanLoader(tree, only, out).load();
  }

  private List<Namndplan> load() {
    List<SourceTree.Entry> entries;
    try {
      entries = tree.entries();
    } catch (IOException e) {
      out.report(Code.VP001, Location.ofFile(tree.display()), "mappen kan inte läsas");
      return List.of();
    }
    if (entries.size() > SourceLimits.MAX_FILES) {
      out.report(Code.VP018, Location.ofFile(tree.display()),
          "plan-source har fler än " + SourceLimits.MAX_FILES + " filer");
      return List.of();
    }
    boolean region = Layout.isRegion(entries.stream().map(SourceTree.Entry::path).toList());
    Set<String> namnder = new TreeSet<>();
    entries.forEach(e -> Layout.namnd(e.path()).ifPresent(namnder::add));
    if (!checkOnly(region, namnder)) {
      return List.of();
    }
    List<SourceDocument> council = new ArrayList<>();
    Map<String, List<SourceDocument>> byNamnd = new TreeMap<>();
    if (!region) {
      byNamnd.put("", new ArrayList<>());
    }
    for (SourceTree.Entry entry : entries) {
      Optional<String> namnd = region ? Layout.namnd(entry.path()) : Optional.of("");
      if (only.isPresent() && namnd.isPresent() && !namnd.get().equals(only.get())) {
        continue;
      }
      namnd.ifPresent(n -> byNamnd.computeIfAbsent(n, k -> new ArrayList<>()));
      readDocument(entry, region).ifPresent(document -> namnd.map(byNamnd::get).orElse(council).add(document));
    }
    if (region && byNamnd.isEmpty() && !out.hasErrors()) {
      out.report(Code.VP016, Location.ofFile(tree.display() + "/" + Layout.NAMNDER),
          "regionen har ingen nämnd", Optional.of("lägg varje nämnds plan i " + Layout.NAMNDER + "<nämnd>/"));
    }
    List<Namndplan> plans = new ArrayList<>();
    for (Map.Entry<String, List<SourceDocument>> namnd : byNamnd.entrySet()) {
      List<SourceDocument> documents = withoutDuplicates(council, namnd.getValue());
      String folder = tree.display() + "/" + (region ? Layout.NAMNDER + namnd.getKey() + "/" : "");
      if (documents.stream().noneMatch(d -> d.kind() == FileKind.PLAN) && !out.hasErrors()) {
        out.report(Code.VP016, Location.ofFile(folder + "plan.yaml"),
            "plan.yaml saknas", Optional.of("den anger nämnd, år, titel och status"));
      }
      if (!out.hasErrors()) {
        PlanBinder.bind(documents, out)
            .ifPresent(plan -> plans.add(new Namndplan(namnd.getKey(), ResolvedPlan.of(plan))));
      }
    }
    return out.hasErrors() ? List.of() : plans;
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

  private Optional<SourceDocument> readDocument(SourceTree.Entry entry, boolean region) {
    String path = entry.path();
    String file = tree.display() + "/" + path;
    if (entry.link()) {
      out.report(Code.VP017, Location.ofFile(file), "symboliska länkar följs inte i plan-source",
          Optional.of("lägg filen själv här"));
      return Optional.empty();
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (!lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
      return Optional.empty();
    }
    if (!name.endsWith(".yaml")) {
      out.report(Code.VP014, Location.ofFile(file), "filändelsen ska vara .yaml",
          Optional.of("byt namn till " + name.replaceAll("\\.[^.]+$", ".yaml")));
      return Optional.empty();
    }
    Optional<FileKind> kind = Layout.kind(path, region);
    if (kind.isEmpty()) {
      out.report(Code.VP014, Location.ofFile(file), "vp känner inte igen filen " + path,
          region ? Optional.of(regionHint(path)) : placeHint(path));
      return Optional.empty();
    }
    Optional<String> namnd = Layout.namnd(path);
    if (namnd.isPresent() && !namnd.get().matches(ID)) {
      out.report(Code.VP015, Location.ofFile(file), "mappnamnet '" + namnd.get() + "' duger inte som id för en nämnd",
          Optional.of("använd små bokstäver a–z, siffror och bindestreck, till exempel " + Suggestions.asId(namnd.get())));
      return Optional.empty();
    }
    String id = kind.get().isFolder() ? name.replaceAll("\\.yaml$", "") : kind.get().path().replaceAll("\\.yaml$", "");
    if (kind.get().isFolder() && !id.matches(ID)) {
      out.report(Code.VP015, Location.ofFile(file), "filnamnet '" + id + "' duger inte som id",
          Optional.of("använd små bokstäver a–z, siffror och bindestreck, till exempel " + Suggestions.asId(id)));
      return Optional.empty();
    }
    return read(entry, file).flatMap(root -> {
      if (!schemas.validate(kind.get(), root, out)) {
        return Optional.empty();
      }
      return Optional.of(new SourceDocument(kind.get(), id, file, (YamlMap) root, region && path.startsWith(Layout.COUNCIL)));
    });
  }

  private static String regionHint(String path) {
    if (path.startsWith(Layout.COUNCIL)) {
      return Layout.COUNCIL + " har det fullmäktige beslutar för alla nämnder: malsattningar/, uppdrag/ och gemensamt.yaml;"
          + " nämndens egna filer ligger i " + Layout.NAMNDER + "<nämnd>/";
    }
    if (Layout.namnd(path).isPresent() && Layout.withinPlan(path).equals(FileKind.GEMENSAMT.path())) {
      return "gemensamt.yaml gäller alla nämnder och ligger i " + Layout.COUNCIL;
    }
    return "i en region ligger filerna i " + Layout.COUNCIL + " och " + Layout.NAMNDER + "<nämnd>/";
  }

  private Optional<YamlNode> read(SourceTree.Entry entry, String file) {
    if (entry.size() > SourceLimits.MAX_FILE_BYTES) {
      out.report(Code.VP005, Location.ofFile(file), "filen är " + entry.size()
          + " byte; en fil i plan-source får vara högst " + SourceLimits.MAX_FILE_BYTES + " byte");
      return Optional.empty();
    }
    try {
      return SourceText.decode(entry.contents().read(), file, out).flatMap(text -> YamlReader.read(text, file, out));
    } catch (IOException e) {
      out.report(Code.VP001, Location.ofFile(file), "filen kan inte läsas");
      return Optional.empty();
    }
  }

  private Optional<String> placeHint(String relative) {
    List<String> places = Arrays.stream(FileKind.values()).map(FileKind::path).distinct().toList();
    String first = relative.contains("/") ? relative.substring(0, relative.indexOf('/') + 1) : relative;
    return Suggestions.didYouMean(first, places)
        .or(() -> Optional.of("filer i plan-source: " + String.join(", ", places)));
  }

  /** A path as findings write it: relative to the base when inside it, with '/'. */
  public static String display(Path path, Path base) {
    Path absolute = path.toAbsolutePath().normalize();
    Path root = base.toAbsolutePath().normalize();
    return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString().replace('\\', '/');
  }
}
