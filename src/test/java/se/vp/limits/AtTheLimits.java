package se.vp.limits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import se.vp.Outcome;
import se.vp.TestPlan;
import se.vp.Vp;
import se.vp.source.SourceLimits;

/**
 * The whole pipeline at the limits of what plan-source may hold, for {@code PipelineAtTheLimitsTest}
 * to run in a JVM of 512 MiB: the committed plan with its longest texts and headings as long as
 * allowed and every word changed since the base commit, a figure as large as allowed, as much
 * text in all as a plan may hold, then
 * vp:validate, vp:render and vp:diff; and beside it a file of the largest size allowed, full of
 * unknown keys, validated. Prints each stage's time; exits 0 when every stage ended as it should.
 *
 * <p>The scenario {@code delar} instead gives the plan as many uppdrag as its text allows, each in a
 * file of its own and placed under a fokusområde, and runs the same three goals.
 *
 * <p>Usage: {@code AtTheLimits <empty folder> [texter|delar]}.
 */
public final class AtTheLimits {

  private static final PersonIdent EDITOR = new PersonIdent("Handläggare", "handlaggare@example.se",
      Instant.parse("2025-09-14T08:00:00Z"), ZoneOffset.UTC);

  private AtTheLimits() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    boolean items = args.length > 1 && args[1].equals("delar");
    boolean ok = items ? pipeline(root.resolve("plan"), AtTheLimits::manyItems)
        : pipeline(root.resolve("plan"), AtTheLimits::longTexts) & manyKeys(root.resolve("nycklar"));
    System.exit(ok ? 0 : 1);
  }

  private interface Change {
    void apply(Path project, String stem) throws IOException;
  }

  /**
   * validate, render and diff of a plan at the limits, changed once for the base commit and again
   * for the working tree; true when all three succeed.
   */
  private static boolean pipeline(Path project, Change change) throws Exception {
    TestPlan.committed(project);
    copyTemplates(project.resolve("templates"));
    try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
      change.apply(project, "ord");
      git.add().addFilepattern("plan-source").call();
      git.commit().setMessage("bas").setAuthor(EDITOR).setCommitter(EDITOR).setSign(false).call();
    }
    change.apply(project, "term");
    Vp.Project plan = new Vp.Project(project.resolve("plan-source"), project, Optional.empty(), false);
    Optional<Instant> date = Optional.of(Instant.parse("2025-11-18T00:00:00Z"));
    Path output = project.resolve("output");
    boolean validated = stage("vp:validate", () -> Vp.validate(plan));
    boolean rendered = stage("vp:render", () -> Vp.render(
        new Vp.Render(plan, project.resolve("templates"), output, false, false, true, false, date)));
    boolean compared = stage("vp:diff", () -> Vp.diff(
        new Vp.Diff(plan, project.resolve("templates"), output, Optional.of("main"), false, date)));
    return validated && rendered && compared;
  }

  /** A file of almost 1 MiB of unknown keys: validate must say so, key by key, and fail. */
  private static boolean manyKeys(Path project) throws Exception {
    TestPlan plan = TestPlan.minimal(project);
    StringBuilder yaml = new StringBuilder("text: Att göra något.\nmottagare: nämnden\n");
    for (int i = 0; yaml.length() < SourceLimits.MAX_FILE_BYTES - 100; i++) {
      yaml.append("mottagre").append(i).append(": 1\n");
    }
    plan.with("uppdrag/manga.yaml", yaml.toString());
    Vp.Project source = new Vp.Project(project.resolve("plan-source"), project, Optional.empty(), false);
    long start = System.nanoTime();
    Outcome outcome = Vp.validate(source);
    System.out.printf("vp:validate, many keys: %d ms, %d fel%n", (System.nanoTime() - start) / 1_000_000,
        outcome.errors());
    return outcome.errors() > 60_000 && outcome.failure().isPresent();
  }

  private interface Run {
    Outcome run() throws Exception;
  }

  private static boolean stage(String name, Run run) throws Exception {
    long start = System.nanoTime();
    Outcome outcome = run.run();
    System.out.printf("%s: %d ms, %d fel, %d varningar, %d filer%s%n", name, (System.nanoTime() - start) / 1_000_000,
        outcome.errors(), outcome.warnings(), outcome.written().size(),
        outcome.failure().map(f -> ", " + f).orElse(""));
    outcome.findings().stream().filter(d -> d.severity().word().equals("fel")).limit(5)
        .forEach(d -> System.out.println("  " + d.format()));
    return outcome.failure().isEmpty();
  }

  /**
   * The longest text of each kind as long as allowed, written of words from {@code stem}, so that
   * the base and the proposal differ in every word: an uppdrag, a styrtal, a fokusområde's mål, a
   * målsättning's title; and an outcome as large a figure as allowed.
   */
  private static void longTexts(Path project, String stem) throws IOException {
    Path source = project.resolve("plan-source");
    replaceLine(source.resolve("uppdrag/nr-51-digital-kultur.yaml"), "text:", "text: " + words(stem, SourceLimits.MAX_TEXT_CHARS));
    replaceLine(source.resolve("styrtal/brp-per-invanare.yaml"), "text:", "text: " + words(stem, SourceLimits.MAX_TEXT_CHARS));
    replaceLine(source.resolve("fokusomraden/4-2-utbildning.yaml"), "  text:", "  text: " + words(stem, SourceLimits.MAX_TEXT_CHARS));
    replaceLine(source.resolve("malsattningar/05-kulturliv-och-civilsamhalle.yaml"), "titel:",
        "titel: " + words(stem, SourceLimits.MAX_HEADING_CHARS));
    replaceLine(source.resolve("styrtal/sjukfranvaro.yaml"), "    värde:", "    värde: 999999999999999.9");
    // As much text as a plan may hold in all, most of it in one file of the longest texts.
    StringBuilder yaml = new StringBuilder("omvärldsfaktorer:\n");
    for (int i = 0; yaml.length() < SourceLimits.MAX_PLAN_CHARS - 35_000; i++) {
      yaml.append("  - ").append(words("faktor" + i + "x", SourceLimits.MAX_TEXT_CHARS)).append('\n');
    }
    Files.writeString(source.resolve("omvarld.yaml"), yaml);
  }

  /**
   * As many uppdrag as the plan's text allows, each as short as an uppdrag can be, in a file of its
   * own and all placed under one fokusområde; the proposal rewords every one.
   */
  private static void manyItems(Path project, String stem) throws IOException {
    Path source = project.resolve("plan-source");
    Path fokusomrade = source.resolve("fokusomraden/4-1-1-innovationssystem.yaml");
    String yaml = Files.readString(fokusomrade);
    StringBuilder list = new StringBuilder("uppdrag:\n");
    // Each uppdrag costs some 25 characters of the plan's text: its text, mottagare, beslut and place.
    for (int i = 0; i < (SourceLimits.MAX_PLAN_CHARS - 30_000) / 25; i++) {
      Files.writeString(source.resolve("uppdrag/e" + i + ".yaml"),
          "text: " + stem.charAt(0) + "\nmottagare: förvaltningen\nbeslut: {av: DN, år: 2025}\n");
      list.append("  - e").append(i).append('\n');
    }
    if (!yaml.contains("  - e0\n")) {
      Files.writeString(fokusomrade, yaml.replace("uppdrag:\n", list.toString()));
    }
  }

  /** Words of the stem, numbered, to exactly {@code length} characters ending in a full stop. */
  static String words(String stem, int length) {
    StringBuilder text = new StringBuilder("Att");
    for (int i = 1; text.length() < length - 1; i++) {
      text.append(' ').append(stem).append(i);
    }
    text.setLength(length - 1);
    return text.append('.').toString().replace(" .", "x.");
  }

  private static void replaceLine(Path file, String start, String line) throws IOException {
    List<String> lines = Files.readAllLines(file);
    int at = -1;
    for (int i = 0; i < lines.size() && at < 0; i++) {
      at = lines.get(i).startsWith(start) ? i : -1;
    }
    if (at < 0) {
      throw new IllegalStateException(start + " is not in " + file);
    }
    lines.set(at, line);
    Files.write(file, lines);
  }

  private static void copyTemplates(Path target) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(Path.of("templates"))) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName().toString()));
      }
    }
  }
}
