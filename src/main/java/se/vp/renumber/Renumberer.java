package se.vp.renumber;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.vp.check.PlanChecks;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.Suggestions;
import se.vp.diagnostic.VpException;
import se.vp.model.Fokusomrade;
import se.vp.model.Namndplan;
import se.vp.model.Nummer;
import se.vp.model.Plan;
import se.vp.model.Ref;
import se.vp.source.PlanLoader;
import se.vp.source.PlanSource;
import se.vp.source.SourceTree;

/**
 * Gives a fokusområde a new number, and its underområden theirs (4.3 → 4.4 makes 4.3.1 4.4.1), in
 * every place plan-source names them: the fokusområden's {@code nummer}, the områden's insatser
 * and a förslag's {@code ersätter}. A file named by its number (4-3-kompetens.yaml) is renamed to
 * the new one. References stay by number, as the committee, the deck and the reviewers speak; this
 * is what makes a new number one command rather than a hunt through the files.
 *
 * <p>All or nothing: the plan as it would be is read and checked whole before a byte is written,
 * and refused if it would have an error. A plan whose {@code nummer} was changed by hand, with the
 * references left behind, is what the check's hint sends here: the references follow the number.
 */
public final class Renumberer {

  /** At most this many places are named where a comment or text still says an old number. */
  static final int MAX_STILL_NAMED = 10;

  private final String display;
  private final Nummer from;
  private final Nummer till;

  private Renumberer(String display, Nummer from, Nummer till) {
    this.display = display;
    this.from = from;
    this.till = till;
  }

  /**
   * Renumbers in {@code planSource} as asked, or refuses with why; paths in messages are relative
   * to {@code displayBase}, normally the project's folder.
   */
  public static Renumbered renumber(Path planSource, Path displayBase, RenumberRequest request)
      throws VpException, IOException {
    String display = PlanLoader.display(planSource, displayBase);
    Nummer from = number(request.fran(), "vp.från", "4.3", display);
    Nummer till = number(request.till(), "vp.till", "4.4", display);
    if (from.equals(till)) {
      throw refusal(display, "vp.från och vp.till är båda " + from, "ange det nya numret med -Dvp.till");
    }
    Diagnostics found = new Diagnostics();
    Optional<SourceTree> tree = PlanSource.folder(planSource, display, found);
    Optional<List<SourceTree.Entry>> entries = tree.flatMap(t -> PlanSource.entries(t, found));
    if (entries.isEmpty()) {
      throw new VpException(found.sorted().get(0), null);
    }
    if (PlanSource.isRegion(entries.get())) {
      throw refusal(display, display + " är en region med flera nämnder, och vp:renumber numrerar bara om i en enda"
          + " nämnds plan", "ändra numret och referenserna till det för hand och kör mvn vp:validate");
    }
    Checked before = Checked.of(tree.get());
    if (before.plan().isEmpty()) {
      throw refusal(display, "planen kan inte läsas, och vp:renumber ändrar bara i en plan som den kan läsa",
          "rätta felen som mvn vp:validate visar och kör mvn vp:renumber igen");
    }
    Renumberer renumberer = new Renumberer(display, from, till);
    PlannedFiles planned = renumberer.plan(before.plan().get(), tree.get(), entries.get());
    Checked after = Checked.of(planned.tree());
    Optional<Diagnostic> error = after.findings().stream().filter(d -> d.severity() == Severity.FEL).findFirst();
    if (after.plan().isEmpty() || error.isPresent()) {
      if (before.errors() > 0) {
        throw refusal(display, "planen har fel som en ny numrering inte rättar, och vp:renumber ändrar bara i en plan"
            + " utan fel", "rätta felen som mvn vp:validate visar och kör mvn vp:renumber igen");
      }
      throw refusal(display, "med " + till + " i stället för " + from + " skulle planen få fel: "
          + error.map(Diagnostic::format).orElse("den kan inte läsas"), "ändra numret för hand");
    }
    planned.write(planSource);
    return new Renumbered(renumberer.numbers(before.plan().get()), renumberer.changed,
        renumberer.stillNamed(planned.tree(), before.plan().get()));
  }

  private final List<Renumbered.ChangedFile> changed = new ArrayList<>();

  /** Every change the renumbering makes, as planned files; refused where it cannot be made. */
  private PlannedFiles plan(Plan plan, SourceTree tree, List<SourceTree.Entry> entries)
      throws VpException, IOException {
    Map<Nummer, Fokusomrade> files = new TreeMap<>();
    plan.fokusomraden().forEach(f -> files.putIfAbsent(f.nummer(), f));
    List<Ref> refs = plan.fokusomradeReferences();
    boolean byHand = refuseWhatCannotBe(files, refs);
    Map<String, List<NumberEdits.Edit>> edits = new TreeMap<>();
    Map<String, Set<String>> said = new TreeMap<>();
    for (Fokusomrade f : files.values()) {
      if (under(f.nummer(), from)) {
        edit(f.at(), f.nummer().toString(), edits, said);
      }
    }
    for (Ref ref : refs) {
      if (Nummer.parse(ref.raw()).filter(n -> under(n, from)).isPresent()) {
        edit(ref.at(), ref.raw(), edits, said);
      }
    }
    Map<String, String> renames = new TreeMap<>();
    for (Fokusomrade f : files.values()) {
      // The file whose nummer was changed by hand still has the old number in its name.
      Optional<Nummer> old = under(f.nummer(), from) ? Optional.of(f.nummer())
          : byHand && f.nummer().equals(till) ? Optional.of(from) : Optional.empty();
      if (old.isPresent()) {
        rename(f, old.get(), renumbered(old.get()), entries, renames, said);
      }
    }
    Map<String, SourceTree.Entry> byPath = new LinkedHashMap<>();
    entries.forEach(e -> byPath.put(e.path(), e));
    Map<String, PlannedFiles.Planned> planned = new LinkedHashMap<>();
    for (String path : said.keySet()) {
      SourceTree.Entry entry = byPath.get(path);
      String file = display + "/" + path;
      if (entry == null || entry.link()) {
        throw refusal(display, file + " är en symbolisk länk eller finns inte, och vp:renumber skriver inte genom en"
            + " länk", "lägg filen själv i plan-source");
      }
      String text = new String(entry.contents().read(), StandardCharsets.UTF_8);
      Optional<String> now = NumberEdits.apply(text, edits.getOrDefault(path, List.of()));
      if (now.isEmpty()) {
        throw refusal(file, "numret står inte som vp läste det; vp:renumber ändrar bara ett nummer skrivet som"
            + " \"4.3\", '4.3' eller 4.3", "kör mvn vp:fmt och sedan mvn vp:renumber igen");
      }
      Optional<String> renamed = Optional.ofNullable(renames.get(path));
      planned.put(path, new PlannedFiles.Planned(path, now.get(), renamed));
      changed.add(new Renumbered.ChangedFile(file, renamed.map(r -> r.substring(r.lastIndexOf('/') + 1)),
          List.copyOf(said.get(path))));
    }
    return new PlannedFiles(tree, planned);
  }

  /**
   * Refuses a renumbering that cannot be made, saying why; tells whether the fokusområde's nummer
   * was changed by hand already, so that what is left is its references (and its underområden).
   */
  private boolean refuseWhatCannotBe(Map<Nummer, Fokusomrade> files, List<Ref> refs) throws VpException {
    if (till.malsattning() != from.malsattning()) {
      throw refusal(display, "fokusområde " + from + " hör till målsättning " + from.malsattning() + ", och " + till
          + " skulle numrera det under målsättning " + till.malsattning(), "ett fokusområde numreras under sin egen"
          + " målsättning, som VP204 kontrollerar; välj ett nummer som börjar med " + from.malsattning() + ".");
    }
    if (under(till, from)) {
      throw refusal(display, till + " ligger under " + from + " självt", "välj ett nummer utanför " + from);
    }
    boolean byHand = !files.containsKey(from);
    if (byHand) {
      boolean left = files.keySet().stream().anyMatch(n -> under(n, from))
          || refs.stream().map(r -> Nummer.parse(r.raw())).flatMap(Optional::stream).anyMatch(n -> under(n, from));
      if (!left || !files.containsKey(till)) {
        throw refusal(display, "fokusområde " + from + " finns inte i planen", Suggestions.numbers(from.toString(),
            files.keySet().stream().map(Nummer::toString).toList()).orElse("se numren i fokusomraden/"));
      }
    }
    Optional<Fokusomrade> taken = files.entrySet().stream()
        .filter(e -> under(e.getKey(), till) && !(byHand && e.getKey().equals(till))).map(Map.Entry::getValue)
        .findFirst();
    if (taken.isPresent()) {
      throw taken(files, taken.get());
    }
    Optional<Nummer> parent = till.overordnat();
    if (parent.isPresent() && !files.containsKey(parent.get())) {
      throw refusal(display, "fokusområde " + parent.get() + " finns inte, och " + till + " kan bara ligga under ett"
          + " fokusområde som finns", "välj ett nummer under ett fokusområde som finns, eller lägg till "
          + parent.get() + " först med mvn vp:new -Dvp.kind=fokusområde");
    }
    for (Nummer n : files.keySet()) {
      if (under(n, from) && renumbered(n).delar().size() > 3) {
        throw refusal(display, n + " skulle bli " + renumbered(n) + ", och ett fokusområdes nummer har högst tre led",
            "välj ett nummer med lika många led som " + from);
      }
    }
    return byHand;
  }

  private VpException taken(Map<Nummer, Fokusomrade> files, Fokusomrade by) {
    List<Integer> parts = new ArrayList<>(till.delar());
    int last = parts.size() - 1;
    do {
      parts.set(last, parts.get(last) + 1);
    } while (files.containsKey(new Nummer(parts)) && parts.get(last) < 99);
    return refusal(display, "fokusområde " + till + " finns redan: " + by.at().file(),
        "välj ett ledigt nummer, till exempel " + new Nummer(parts));
  }

  private void edit(Location at, String written, Map<String, List<NumberEdits.Edit>> edits,
      Map<String, Set<String>> said) throws VpException {
    String path = relative(at.file());
    String now = renumbered(Nummer.parse(written).orElseThrow()).toString();
    edits.computeIfAbsent(path, k -> new ArrayList<>()).add(new NumberEdits.Edit(at.line(), at.column(), written, now));
    said.computeIfAbsent(path, k -> new LinkedHashSet<>()).add(Nummer.parse(written).orElseThrow() + " → " + now);
  }

  /** A file named by its number, 4-3-kompetens.yaml, gets the new one, 4-4-kompetens.yaml; others keep their names. */
  private void rename(Fokusomrade f, Nummer old, Nummer now, List<SourceTree.Entry> entries,
      Map<String, String> renames, Map<String, Set<String>> said) throws VpException {
    String prefix = old.toString().replace('.', '-');
    if (!f.id().equals(prefix) && !f.id().startsWith(prefix + "-")) {
      return;
    }
    String path = relative(f.at().file());
    String target = path.substring(0, path.lastIndexOf('/') + 1) + now.toString().replace('.', '-')
        + f.id().substring(prefix.length()) + ".yaml";
    if (entries.stream().anyMatch(e -> e.path().equals(target))) {
      throw refusal(display, display + "/" + target + " finns redan, så " + display + "/" + path + " kan inte få det"
          + " namnet", "byt namn på den ena filen först");
    }
    renames.put(path, target);
    said.computeIfAbsent(path, k -> new LinkedHashSet<>()).add(old + " → " + now);
  }

  private String relative(String file) throws VpException {
    if (!file.startsWith(display + "/")) {
      throw refusal(display, file + " ligger utanför " + display + ", och vp:renumber skriver bara där",
          "ändra numret där för hand");
    }
    return file.substring(display.length() + 1);
  }

  /** The numbers given, the fokusområde's first. */
  private List<String> numbers(Plan plan) {
    Set<String> numbers = new LinkedHashSet<>();
    numbers.add(from + " → " + till);
    plan.fokusomraden().stream().map(Fokusomrade::nummer).filter(n -> under(n, from)).sorted()
        .forEach(n -> numbers.add(n + " → " + renumbered(n)));
    return List.copyOf(numbers);
  }

  /**
   * Where a comment or a text of plan-source still names an old number after the renumbering, as
   * "plan-source/uppdrag/nr-31.yaml:1": vp does not rewrite what people wrote, but says where it is.
   */
  private List<String> stillNamed(SourceTree after, Plan plan) throws IOException {
    Set<String> old = new LinkedHashSet<>();
    old.add(from.toString());
    plan.fokusomraden().stream().map(Fokusomrade::nummer).filter(n -> under(n, from))
        .forEach(n -> old.add(n.toString()));
    Pattern named = Pattern.compile("(?<![0-9.])(" + String.join("|", old.stream().map(Pattern::quote).toList())
        + ")(?![0-9]|\\.[0-9])");
    List<String> places = new ArrayList<>();
    for (SourceTree.Entry entry : after.entries()) {
      if (entry.link() || !PlanSource.isYaml(entry) || places.size() >= MAX_STILL_NAMED) {
        continue;
      }
      String[] lines = new String(entry.contents().read(), StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
      for (int i = 0; i < lines.length && places.size() < MAX_STILL_NAMED; i++) {
        Matcher m = named.matcher(lines[i]);
        if (m.find()) {
          places.add(display + "/" + entry.path() + ":" + (i + 1) + " nämner fortfarande " + m.group(1));
        }
      }
    }
    return places;
  }

  private Nummer renumbered(Nummer n) {
    if (!under(n, from)) {
      return n;
    }
    List<Integer> parts = new ArrayList<>(till.delar());
    parts.addAll(n.delar().subList(from.delar().size(), n.delar().size()));
    return new Nummer(parts);
  }

  /** {@code n} is {@code top} or lies under it. */
  private static boolean under(Nummer n, Nummer top) {
    return n.delar().size() >= top.delar().size() && n.delar().subList(0, top.delar().size()).equals(top.delar());
  }

  private static Nummer number(Optional<String> written, String option, String example, String display)
      throws VpException {
    if (written.isEmpty()) {
      throw refusal(display, "ange fokusområdets nummer nu med -Dvp.från och det nya med -Dvp.till",
          "till exempel mvn vp:renumber -Dvp.från=4.3 -Dvp.till=4.4");
    }
    return Nummer.parse(written.get()).orElseThrow(() -> refusal(display, option + " ska vara ett fokusområdes nummer,"
        + " inte '" + written.get() + "'", "skriv det som " + example + " eller 4.1.2"));
  }

  private static VpException refusal(String file, String message, String hint) {
    return VpException.of(Code.VP601, Location.ofFile(file), message, Optional.of(hint), null);
  }

  /** A plan read and checked from a tree, as vp:validate reads and checks it. */
  private record Checked(Optional<Plan> plan, List<Diagnostic> findings) {

    static Checked of(SourceTree tree) {
      Diagnostics out = new Diagnostics();
      List<Namndplan> plans = PlanLoader.loadAll(tree, Optional.empty(), out);
      plans.forEach(p -> PlanChecks.run(p.resolved(), out));
      return new Checked(Namndplan.single(plans), out.sorted());
    }

    long errors() {
      return findings.stream().filter(d -> d.severity() == Severity.FEL).count();
    }
  }
}
