package se.vp.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Suggestions;
import se.vp.diagnostic.VpException;
import se.vp.format.YamlFormatter;
import se.vp.model.Mottagare;
import se.vp.model.Nummer;
import se.vp.source.FileKind;
import se.vp.source.Layout;
import se.vp.source.Placeholder;
import se.vp.source.PlanLoader;
import se.vp.source.PlanSource;

/**
 * Creates one new file in plan-source, an uppdrag, a styrtal, a fokusområde or a målsättning, that
 * holds to its schema and is in canonical form: the right folder, a free id and number,
 * placeholders to replace ({@link Placeholder}, which vp:validate reports until they are), and its
 * provenance for the plan's year: what the council gives (its numbered uppdrag, its målsättningar)
 * as decided by the council (beslut: FM, or the council the plan declares), what the committee is to
 * decide as a proposal (förslag: nytt). It never writes over a file.
 */
public final class Scaffolder {

  /** What vp:new creates, by the word the editor writes. */
  private static final Map<String, FileKind> KINDS = Map.of("uppdrag", FileKind.UPPDRAG, "styrtal", FileKind.STYRTAL,
      "fokusområde", FileKind.FOKUSOMRADE, "målsättning", FileKind.MALSATTNING);

  private static final String KIND_CHOICE = "uppdrag, styrtal, fokusområde eller målsättning";

  private final Path planSource;
  private final String display;
  private final PlanFacts facts;

  private Scaffolder(Path planSource, String display, PlanFacts facts) {
    this.planSource = planSource;
    this.display = display;
    this.facts = facts;
  }

  /**
   * Creates the file the request asks for in {@code planSource}; paths in messages are relative
   * to {@code displayBase}, normally the project's folder.
   */
  public static Scaffolded create(Path planSource, Path displayBase, ScaffoldRequest request)
      throws VpException, IOException {
    String display = PlanLoader.display(planSource, displayBase);
    unknownOptions(request, display);
    if (request.kind().isBlank()) {
      throw refusal(display, "ange vad som ska skapas med -Dvp.kind", "välj " + KIND_CHOICE);
    }
    if (Files.isDirectory(planSource.resolve(Layout.NAMNDER)) || Files.isDirectory(planSource.resolve(Layout.COUNCIL))) {
      throw refusal(display, display + " är en region med flera nämnder, och vp:new skriver bara i en enda nämnds plan",
          "skapa filen i " + Layout.NAMNDER + "<nämnd>/ eller " + Layout.COUNCIL + " för hand");
    }
    Optional<String> id = request.id();
    if (id.isPresent() && !id.get().matches(PlanSource.ID)) {
      String suggestion = Suggestions.asId(id.get());
      throw refusal(display, "'" + id.get() + "' duger inte som id",
          "använd små bokstäver a–z, siffror och bindestreck" + (suggestion.isEmpty() ? "" : ", till exempel " + suggestion));
    }
    FileKind kind = kind(request.kind(), display);
    Scaffolder scaffolder = new Scaffolder(planSource, display, PlanFacts.of(planSource, display));
    if (request.nr().isPresent() && kind != FileKind.MALSATTNING
        && (kind != FileKind.UPPDRAG || request.mottagare().map(Scaffolder::isForvaltningen).orElse(false))) {
      throw refusal(display, "vp.nr är numret på fullmäktiges uppdrag eller en målsättning, och "
          + (kind == FileKind.UPPDRAG ? "förvaltningens uppdrag har inget" : "ett " + word(kind) + " har inget"),
          kind == FileKind.FOKUSOMRADE ? "ett fokusområdes nummer anges med -Dvp.nummer" : "ta bort -Dvp.nr");
    }
    return switch (kind) {
      case UPPDRAG -> scaffolder.uppdrag(request);
      case STYRTAL -> scaffolder.styrtal(request);
      case MALSATTNING -> scaffolder.malsattning(request);
      default -> scaffolder.fokusomrade(request);
    };
  }

  /** A vp.* property vp:new does not know is a misspelling, most likely, of one it does: said, not ignored. */
  private static void unknownOptions(ScaffoldRequest request, String display) throws VpException {
    List<String> unknown = request.given().stream().filter(name -> name.startsWith("vp."))
        .filter(name -> !ScaffoldRequest.OPTIONS.contains(name) && !ScaffoldRequest.SHARED.contains(name))
        .sorted().toList();
    if (unknown.isEmpty()) {
      return;
    }
    List<String> known = new ArrayList<>(ScaffoldRequest.OPTIONS);
    known.addAll(ScaffoldRequest.SHARED);
    String hint = Suggestions.didYouMean(unknown.get(0), known).map(h -> h + " ").orElse("")
        + "vp:new tar " + list(ScaffoldRequest.OPTIONS) + ", och som alla vp-mål " + list(ScaffoldRequest.SHARED);
    throw refusal(display, "vp:new känner inte till " + list(unknown.stream().map(name -> "-D" + name).toList()), hint);
  }

  /** "a, b och c" */
  private static String list(List<String> words) {
    return words.size() == 1 ? words.get(0)
        : String.join(", ", words.subList(0, words.size() - 1)) + " och " + words.get(words.size() - 1);
  }

  private static String word(FileKind kind) {
    return KINDS.entrySet().stream().filter(e -> e.getValue() == kind).map(Map.Entry::getKey).findFirst().orElseThrow();
  }

  private static boolean isForvaltningen(String mottagare) {
    return Suggestions.fold(mottagare).equals(Suggestions.fold(Mottagare.FORVALTNINGEN.word()));
  }

  private static FileKind kind(String written, String display) throws VpException {
    String folded = Suggestions.fold(written.strip());
    for (Map.Entry<String, FileKind> kind : KINDS.entrySet()) {
      if (Suggestions.fold(kind.getKey()).equals(folded)) {
        return kind.getValue();
      }
    }
    throw refusal(display, "vp.kind=" + written + " är okänt",
        Suggestions.didYouMean(written, KINDS.keySet()).map(hint -> hint + " ").orElse("") + "Välj " + KIND_CHOICE);
  }

  private Scaffolded uppdrag(ScaffoldRequest request) throws VpException, IOException {
    Mottagare mottagare = mottagare(request.mottagare().orElse(Mottagare.NAMNDEN.word()));
    int year = facts.year();
    String name = request.id().orElse("nytt-uppdrag");
    StringBuilder yaml = new StringBuilder();
    String reference;
    Path file;
    if (mottagare == Mottagare.FORVALTNINGEN) {
      // Förvaltningens uppdrag have no number of the council's; the file's id is how lists name them.
      file = request.id().isPresent() ? free(FileKind.UPPDRAG, name) : firstFree(FileKind.UPPDRAG, name);
      reference = id(file);
    } else {
      int nr = number(FileKind.UPPDRAG, request.nr(), 9999, "fullmäktiges uppdrag");
      // -Dvp.id=nr-62-besoksnaring names the file as the plan's files are named, not nr-62-nr-62-….
      String prefix = "nr-" + nr + "-";
      file = free(FileKind.UPPDRAG, name.startsWith(prefix) ? name : prefix + name);
      reference = String.valueOf(nr);
      yaml.append("nr: ").append(nr).append('\n');
    }
    yaml.append("text: Att ").append(Placeholder.of("uppdragets text")).append('\n')
        .append("mottagare: ").append(mottagare.word()).append('\n')
        // The council's uppdrag come to the plan decided; the committee decides only its own.
        .append(mottagare == Mottagare.FORVALTNINGEN ? proposal("", year) : councilDecision(year));
    String next = "Skriv uppdragets text och lägg till " + reference
        + " i uppdrag-listan i det fokusområde där uppdraget hör hemma (eller i en målsättning, eller ett tema i"
        + " gemensamt.yaml)." + (mottagare == Mottagare.NAMNDEN
            ? " Ett uppdrag från fullmäktige till nämnden står också i fullmaktiges-uppdrag.yaml." : "");
    return write(file, FileKind.UPPDRAG, yaml.toString(), next);
  }

  private Scaffolded styrtal(ScaffoldRequest request) throws VpException, IOException {
    int year = facts.year();
    Path file = request.id().isPresent()
        ? free(FileKind.STYRTAL, request.id().get())
        : firstFree(FileKind.STYRTAL, "nytt-styrtal");
    String yaml = "text: " + Placeholder.of("styrtalets text") + "\n" + proposal("", year);
    String next = "Skriv styrtalets text och lägg till " + id(file)
        + " i styrtal-listan i det fokusområde eller den målsättning där styrtalet hör hemma.";
    return write(file, FileKind.STYRTAL, yaml, next);
  }

  private Scaffolded fokusomrade(ScaffoldRequest request) throws VpException, IOException {
    Optional<Nummer> nummer = Optional.empty();
    if (request.nummer().isPresent()) {
      nummer = Nummer.parse(request.nummer().get());
      if (nummer.isEmpty()) {
        throw refusal(display, "ett fokusområde numreras som 4.4 eller 4.1.3, inte '" + request.nummer().get() + "'",
            null);
      }
    }
    int malsattning = malsattning(request.malsattning(), nummer);
    List<String> taken = facts.values(FileKind.FOKUSOMRADE, "nummer").stream().map(PlanFacts.Value::text).toList();
    String number;
    if (nummer.isPresent()) {
      number = nummer.get().toString();
      if (taken.contains(number)) {
        throw refusal(display, "fokusområde " + number + " finns redan", "välj ett annat nummer med -Dvp.nummer");
      }
      Optional<Nummer> parent = nummer.get().overordnat();
      if (parent.isPresent() && !taken.contains(parent.get().toString())) {
        throw refusal(display, "fokusområde " + parent.get() + " finns inte", "skapa det först, eller välj ett annat nummer");
      }
    } else {
      OptionalInt highest = taken.stream().flatMap(n -> Nummer.parse(n).stream())
          .filter(n -> n.malsattning() == malsattning && n.delar().size() == 2)
          .mapToInt(n -> n.delar().get(1)).max();
      number = malsattning + "." + (highest.orElse(0) + 1);
    }
    int year = facts.year();
    Path file = free(FileKind.FOKUSOMRADE, number.replace('.', '-') + "-" + request.id().orElse("nytt-fokusomrade"));
    String yaml = "nummer: \"" + number + "\"\n"
        + "målsättning: " + malsattning + "\n"
        + "namn: " + Placeholder.of("fokusområdets namn") + "\n"
        + "mål:\n"
        + "  text: " + Placeholder.of("fokusområdets mål") + "\n"
        + proposal("  ", year);
    String next = "Skriv fokusområdets namn och mål, och lägg till dess styrtal och uppdrag i listorna styrtal och uppdrag.";
    return write(file, FileKind.FOKUSOMRADE, yaml, next);
  }

  private Scaffolded malsattning(ScaffoldRequest request) throws VpException, IOException {
    int nr = number(FileKind.MALSATTNING, request.nr(), 99, "målsättningar");
    int year = facts.year();
    Path file = free(FileKind.MALSATTNING, String.format("%02d-", nr) + request.id().orElse("ny-malsattning"));
    String yaml = "nr: " + nr + "\n"
        + "titel: " + Placeholder.of("målsättningens titel") + "\n"
        + councilDecision(year);
    String next = "Skriv målsättningens titel, lägg till dess styrtal och uppdrag i listorna styrtal och uppdrag, och"
        + " skapa dess fokusområden med mvn vp:new -Dvp.kind=fokusområde -Dvp.malsattning=" + nr + ".";
    return write(file, FileKind.MALSATTNING, yaml, next);
  }

  /**
   * The number the editor gave, which must be free, or else the next after the highest in use:
   * the council numbers its uppdrag and målsättningar, and a plan holds its own part of them.
   */
  private int number(FileKind kind, Optional<String> written, int highest, String what) throws VpException {
    List<PlanFacts.Value> taken = facts.values(kind, "nr");
    if (written.isEmpty()) {
      return taken.stream().map(PlanFacts.Value::text).filter(text -> text.matches("[0-9]{1,9}"))
          .mapToInt(Integer::parseInt).max().orElse(0) + 1;
    }
    String text = written.get();
    if (!text.matches("[1-9][0-9]{0,8}") || Integer.parseInt(text) > highest) {
      throw refusal(display, "vp.nr ska vara ett nummer från 1 till " + highest + ", inte '" + text + "'",
          "skriv numret som " + what + " har det, till exempel -Dvp.nr=27");
    }
    int nr = Integer.parseInt(text);
    for (PlanFacts.Value value : taken) {
      if (value.text().matches("[0-9]{1,9}") && Integer.parseInt(value.text()) == nr) {
        throw refusal(display, "nr " + nr + " används redan i " + value.at(),
            "välj ett annat nummer med -Dvp.nr, eller utelämna det för nästa lediga");
      }
    }
    return nr;
  }

  /** The målsättning a fokusområde goes under: given, or the first part of its number. */
  private int malsattning(Optional<String> written, Optional<Nummer> nummer) throws VpException {
    if (written.isEmpty() && nummer.isEmpty()) {
      throw refusal(display, "ange målsättningen som fokusområdet hör till med -Dvp.malsattning=4",
          "eller fokusområdets nummer med -Dvp.nummer=4.1.3");
    }
    String text = written.orElseGet(() -> String.valueOf(nummer.get().malsattning()));
    if (!text.matches("[1-9][0-9]{0,2}")) {
      throw refusal(display, "vp.malsattning ska vara en målsättnings nummer, till exempel 4, inte '" + text + "'", null);
    }
    int malsattning = Integer.parseInt(text);
    if (nummer.isPresent() && nummer.get().malsattning() != malsattning) {
      throw refusal(display, "fokusområde " + nummer.get() + " hör inte till målsättning " + malsattning, null);
    }
    List<String> existing = facts.values(FileKind.MALSATTNING, "nr").stream().map(PlanFacts.Value::text).toList();
    if (!existing.contains(String.valueOf(malsattning))) {
      throw refusal(display, "målsättning " + malsattning + " finns inte i " + display + "/" + FileKind.MALSATTNING.path(),
          existing.isEmpty() ? null : "det finns " + String.join(", ", existing.stream()
              .sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b))).toList()));
    }
    return malsattning;
  }

  private Mottagare mottagare(String written) throws VpException {
    List<String> words = Arrays.stream(Mottagare.values()).map(Mottagare::word).toList();
    for (Mottagare mottagare : Mottagare.values()) {
      if (Suggestions.fold(mottagare.word()).equals(Suggestions.fold(written))) {
        return mottagare;
      }
    }
    throw refusal(display, "vp.mottagare=" + written + " är okänt",
        Suggestions.didYouMean(written, words).map(hint -> hint + " ").orElse("") + "Välj "
            + String.join(", ", words.subList(0, words.size() - 1)) + " eller " + words.get(words.size() - 1));
  }

  private String councilDecision(int year) throws VpException {
    return "beslut:\n  av: " + facts.council() + "\n  år: " + year + "\n";
  }

  private static String proposal(String indent, int year) {
    return indent + "förslag:\n" + indent + "  typ: nytt\n" + indent + "  år: " + year + "\n";
  }

  /** The file for this id, which must not exist. */
  private Path free(FileKind kind, String id) throws VpException {
    Path file = planSource.resolve(kind.path()).resolve(id + ".yaml");
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw refusal(show(file), show(file) + " finns redan, och vp skriver aldrig över en fil",
          "välj ett annat id med -Dvp.id");
    }
    return file;
  }

  /** The first free placeholder id: nytt-styrtal, nytt-styrtal-2, nytt-styrtal-3 … */
  private Path firstFree(FileKind kind, String id) {
    Path folder = planSource.resolve(kind.path());
    Path file = folder.resolve(id + ".yaml");
    for (int n = 2; Files.exists(file, LinkOption.NOFOLLOW_LINKS); n++) {
      file = folder.resolve(id + "-" + n + ".yaml");
    }
    return file;
  }

  private Scaffolded write(Path file, FileKind kind, String yaml, String next) throws VpException, IOException {
    String canonical;
    try {
      canonical = new YamlFormatter().format(yaml, kind, show(file));
    } catch (VpException e) {
      throw new IllegalStateException("vp's own template does not read: " + e.getMessage(), e);
    }
    createFolders(file.getParent());
    try {
      // CREATE_NEW: should someone create the file meanwhile, theirs stays; nor does it follow a link.
      Files.writeString(file, canonical, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw refusal(show(file), show(file) + " finns redan, och vp skriver aldrig över en fil", null);
    }
    return new Scaffolded(file, show(file), next);
  }

  /** The folders down to the file, each a real folder: a pull request may have committed a link. */
  private void createFolders(Path folder) throws VpException, IOException {
    Path step = planSource;
    for (Path name : planSource.relativize(folder)) {
      step = step.resolve(name);
      if (Files.isSymbolicLink(step)) {
        throw refusal(show(step), show(step) + " är en symbolisk länk, och vp:new skriver inte genom länkar",
            "ta bort länken och lägg mappen själv här");
      }
      if (Files.notExists(step, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectory(step);
      }
    }
  }

  private String show(Path file) {
    return display + "/" + planSource.relativize(file).toString().replace('\\', '/');
  }

  private static String id(Path file) {
    return file.getFileName().toString().replaceAll("\\.yaml$", "");
  }

  private static VpException refusal(String file, String message, String hint) {
    return VpException.of(Code.VP501, Location.ofFile(file), message, Optional.ofNullable(hint), null);
  }
}
