package se.vp.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import se.vp.diagnostic.Suggestions;
import se.vp.format.FormatException;
import se.vp.format.YamlFormatter;
import se.vp.source.FileKind;
import se.vp.source.Layout;
import se.vp.source.PlanLoader;

/**
 * Creates one new file in plan-source, an uppdrag, a styrtal or a fokusområde, that holds to its
 * schema and is in canonical form: the right folder, a free id and number, placeholders to
 * replace, and a proposal (förslag: nytt) for the plan's year. It never writes over a file.
 */
public final class Scaffolder {

  private static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";
  private static final String FOKUSOMRADESNUMMER = "[1-9][0-9]?(\\.[1-9][0-9]?){1,2}";
  private static final List<String> KINDS = List.of("uppdrag", "styrtal", "fokusområde");
  private static final List<String> MOTTAGARE = List.of("nämnden", "förvaltningen", "regionstyrelsen-och-nämnderna");

  private final Path planSource;
  private final String display;
  private final PlanFacts facts;

  private Scaffolder(Path planSource, Path displayBase) {
    this.planSource = planSource;
    this.display = PlanLoader.display(planSource, displayBase);
    this.facts = new PlanFacts(planSource, display);
  }

  /**
   * Creates the file the request asks for in {@code planSource}; paths in messages are relative
   * to {@code displayBase}, normally the project's folder.
   */
  public static Scaffolded create(Path planSource, Path displayBase, ScaffoldRequest request)
      throws ScaffoldException, IOException {
    Scaffolder scaffolder = new Scaffolder(planSource, displayBase);
    if (!Files.isDirectory(planSource, LinkOption.NOFOLLOW_LINKS)) {
      throw new ScaffoldException("mappen " + scaffolder.display + " finns inte");
    }
    if (Files.isDirectory(planSource.resolve(Layout.NAMNDER)) || Files.isDirectory(planSource.resolve(Layout.COUNCIL))) {
      throw new ScaffoldException(scaffolder.display + " är en region med flera nämnder, och vp:new skriver bara i en"
          + " enda nämnds plan – skapa filen i " + Layout.NAMNDER + "<nämnd>/ eller " + Layout.COUNCIL + " för hand");
    }
    Optional<String> id = request.id();
    if (id.isPresent() && !id.get().matches(ID)) {
      String suggestion = Suggestions.asId(id.get());
      throw new ScaffoldException("'" + id.get() + "' duger inte som id: använd små bokstäver a–z, siffror och bindestreck"
          + (suggestion.isEmpty() ? "" : ", till exempel " + suggestion));
    }
    return switch (kind(request.kind())) {
      case "uppdrag" -> scaffolder.uppdrag(request);
      case "styrtal" -> scaffolder.styrtal(request);
      default -> scaffolder.fokusomrade(request);
    };
  }

  private static String kind(String written) throws ScaffoldException {
    String folded = Suggestions.fold(written.strip());
    for (String kind : KINDS) {
      if (Suggestions.fold(kind).equals(folded)) {
        return kind;
      }
    }
    throw new ScaffoldException("vp.kind=" + written + " är okänt"
        + Suggestions.didYouMean(written, KINDS).map(hint -> " – " + hint).orElse("")
        + " Välj uppdrag, styrtal eller fokusområde");
  }

  private Scaffolded uppdrag(ScaffoldRequest request) throws ScaffoldException, IOException {
    String mottagare = mottagare(request.mottagare().orElse("nämnden"));
    int year = facts.year();
    String name = request.id().orElse("nytt-uppdrag");
    StringBuilder yaml = new StringBuilder();
    String reference;
    Path file;
    if (mottagare.equals("förvaltningen")) {
      // Förvaltningens uppdrag have no number of the council's; the file's id is how lists name them.
      file = request.id().isPresent() ? free(FileKind.UPPDRAG, name) : firstFree(FileKind.UPPDRAG, name);
      reference = id(file);
    } else {
      int nr = facts.values(FileKind.UPPDRAG, "nr").stream().map(PlanFacts.Value::text)
          .filter(text -> text.matches("[0-9]{1,9}")).mapToInt(Integer::parseInt).max().orElse(0) + 1;
      file = free(FileKind.UPPDRAG, "nr-" + nr + "-" + name);
      reference = String.valueOf(nr);
      yaml.append("nr: ").append(nr).append('\n');
    }
    yaml.append("text: Att … (skriv uppdragets text här)\n")
        .append("mottagare: ").append(mottagare).append('\n')
        .append(proposal("", year));
    String next = "Skriv uppdragets text och lägg till " + reference
        + " i uppdrag-listan i det fokusområde där uppdraget hör hemma (eller i en målsättning, eller ett tema i"
        + " gemensamt.yaml)." + (mottagare.equals("nämnden")
            ? " Ett uppdrag från fullmäktige till nämnden står också i fullmaktiges-uppdrag.yaml." : "");
    return write(file, FileKind.UPPDRAG, yaml.toString(), next);
  }

  private Scaffolded styrtal(ScaffoldRequest request) throws ScaffoldException, IOException {
    int year = facts.year();
    Path file = request.id().isPresent()
        ? free(FileKind.STYRTAL, request.id().get())
        : firstFree(FileKind.STYRTAL, "nytt-styrtal");
    String yaml = "text: … (skriv styrtalets text här)\n" + proposal("", year);
    String next = "Skriv styrtalets text och lägg till " + id(file)
        + " i styrtal-listan i det fokusområde eller den målsättning där styrtalet hör hemma.";
    return write(file, FileKind.STYRTAL, yaml, next);
  }

  private Scaffolded fokusomrade(ScaffoldRequest request) throws ScaffoldException, IOException {
    Optional<String> nummer = request.nummer();
    if (nummer.isPresent() && !nummer.get().matches(FOKUSOMRADESNUMMER)) {
      throw new ScaffoldException("ett fokusområde numreras som 4.4 eller 4.1.3, inte '" + nummer.get() + "'");
    }
    int malsattning = malsattning(request.malsattning(), nummer);
    List<String> taken = facts.values(FileKind.FOKUSOMRADE, "nummer").stream().map(PlanFacts.Value::text).toList();
    String number;
    if (nummer.isPresent()) {
      number = nummer.get();
      if (taken.contains(number)) {
        throw new ScaffoldException("fokusområde " + number + " finns redan; välj ett annat nummer med -Dvp.nummer");
      }
      String parent = number.substring(0, number.lastIndexOf('.'));
      if (parent.contains(".") && !taken.contains(parent)) {
        throw new ScaffoldException("fokusområde " + parent + " finns inte; skapa det först, eller välj ett annat nummer");
      }
    } else {
      OptionalInt highest = taken.stream().filter(n -> n.matches(malsattning + "\\.[0-9]+"))
          .mapToInt(n -> Integer.parseInt(n.substring(n.indexOf('.') + 1))).max();
      number = malsattning + "." + (highest.orElse(0) + 1);
    }
    int year = facts.year();
    Path file = free(FileKind.FOKUSOMRADE, number.replace('.', '-') + "-" + request.id().orElse("nytt-fokusomrade"));
    String yaml = "nummer: \"" + number + "\"\n"
        + "målsättning: " + malsattning + "\n"
        + "namn: … (skriv fokusområdets namn här)\n"
        + "mål:\n"
        + "  text: … (skriv fokusområdets mål här)\n"
        + proposal("  ", year);
    String next = "Skriv fokusområdets namn och mål, och lägg till dess styrtal och uppdrag i listorna styrtal och uppdrag.";
    return write(file, FileKind.FOKUSOMRADE, yaml, next);
  }

  /** The målsättning a fokusområde goes under: given, or the first part of its number. */
  private int malsattning(Optional<String> written, Optional<String> nummer) throws ScaffoldException {
    if (written.isEmpty() && nummer.isEmpty()) {
      throw new ScaffoldException("ange målsättningen som fokusområdet hör till med -Dvp.malsattning=4"
          + " (eller fokusområdets nummer med -Dvp.nummer=4.1.3)");
    }
    String text = written.orElseGet(() -> nummer.get().substring(0, nummer.get().indexOf('.')));
    if (!text.matches("[1-9][0-9]{0,2}")) {
      throw new ScaffoldException("vp.malsattning ska vara en målsättnings nummer, till exempel 4, inte '" + text + "'");
    }
    int malsattning = Integer.parseInt(text);
    if (nummer.isPresent() && !nummer.get().startsWith(malsattning + ".")) {
      throw new ScaffoldException("fokusområde " + nummer.get() + " hör inte till målsättning " + malsattning);
    }
    List<String> existing = facts.values(FileKind.MALSATTNING, "nr").stream().map(PlanFacts.Value::text).toList();
    if (!existing.contains(String.valueOf(malsattning))) {
      throw new ScaffoldException("målsättning " + malsattning + " finns inte i " + display + "/"
          + FileKind.MALSATTNING.path() + (existing.isEmpty() ? "" : "; det finns " + String.join(", ", existing.stream()
              .sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b))).toList())));
    }
    return malsattning;
  }

  private static String mottagare(String written) throws ScaffoldException {
    for (String mottagare : MOTTAGARE) {
      if (Suggestions.fold(mottagare).equals(Suggestions.fold(written))) {
        return mottagare;
      }
    }
    throw new ScaffoldException("vp.mottagare=" + written + " är okänt"
        + Suggestions.didYouMean(written, MOTTAGARE).map(hint -> " – " + hint).orElse("")
        + " Välj nämnden, förvaltningen eller regionstyrelsen-och-nämnderna");
  }

  private static String proposal(String indent, int year) {
    return indent + "förslag:\n" + indent + "  typ: nytt\n" + indent + "  år: " + year + "\n";
  }

  /** The file for this id, which must not exist. */
  private Path free(FileKind kind, String id) throws ScaffoldException {
    Path file = planSource.resolve(kind.path()).resolve(id + ".yaml");
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new ScaffoldException(show(file) + " finns redan, och vp skriver aldrig över en fil; välj ett annat id med -Dvp.id");
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

  private Scaffolded write(Path file, FileKind kind, String yaml, String next) throws ScaffoldException, IOException {
    String canonical;
    try {
      canonical = new YamlFormatter().format(yaml, kind);
    } catch (FormatException e) {
      throw new IllegalStateException("vp's own template does not read: " + e.getMessage(), e);
    }
    Files.createDirectories(file.getParent());
    try {
      // CREATE_NEW: should someone create the file meanwhile, theirs stays.
      Files.writeString(file, canonical, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new ScaffoldException(show(file) + " finns redan, och vp skriver aldrig över en fil");
    }
    return new Scaffolded(file, show(file), next);
  }

  private String show(Path file) {
    return display + "/" + planSource.relativize(file).toString().replace('\\', '/');
  }

  private static String id(Path file) {
    return file.getFileName().toString().replaceAll("\\.yaml$", "");
  }
}
