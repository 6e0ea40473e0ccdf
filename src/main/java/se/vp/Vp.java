package se.vp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.vp.check.DecidedChanges;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.Suggestions;
import se.vp.diagnostic.VpException;
import se.vp.diff.Authorship;
import se.vp.diff.Comparison;
import se.vp.diff.ForslagFiles;
import se.vp.diff.MarkdownReport;
import se.vp.diff.PlanHistory;
import se.vp.format.FormatReport;
import se.vp.format.FormattedFile;
import se.vp.format.PlanFormatter;
import se.vp.model.Namndplan;
import se.vp.model.ResolvedPlan;
import se.vp.render.RenderRequest;
import se.vp.render.RenderResult;
import se.vp.render.Renderer;
import se.vp.render.Timings;
import se.vp.renumber.RenumberRequest;
import se.vp.renumber.Renumbered;
import se.vp.renumber.Renumberer;
import se.vp.scaffold.ScaffoldRequest;
import se.vp.scaffold.Scaffolded;
import se.vp.scaffold.Scaffolder;
import se.vp.source.PlanLoader;
import se.vp.view.PlanViews;

/**
 * vp's core, one entry point per thing a user does: validate, render, diff, format, create and renumber.
 * Each takes a request and returns an {@link Outcome} with every finding, what was written and what
 * to tell the user; a mistake in the user's input is a finding, never an exception. It knows
 * nothing of Maven: the goals turn parameters into a request and the outcome into log lines.
 */
public final class Vp {

  /**
   * The plan a run works on: plan-source, the folder paths in findings are relative to, one nämnd
   * of a region if only one is wanted, and whether warnings fail the run as errors do.
   */
  public record Project(Path planSource, Path displayBase, Optional<String> namnd, boolean failOnWarning) {}

  /**
   * Render the handlingar into {@code output}: also PNG previews, the templates' XHTML, the time
   * per stage when asked; {@code sourceDate} fixes the documents' dates (else the decision's);
   * {@code webb} the web edition in webb/; {@code base} a git revision whose plan the förslag table's
   * changes are shown against ("Text från VP-2025").
   */
  public record Render(Project project, Path templates, Path output, boolean previews, boolean xhtml, boolean pptx,
      boolean webb, boolean timings, Optional<Instant> sourceDate, Optional<String> base) {

    public Render(Project project, Path templates, Path output, boolean previews, boolean xhtml, boolean pptx,
        boolean webb, boolean timings, Optional<Instant> sourceDate) {
      this(project, templates, output, previews, xhtml, pptx, webb, timings, sourceDate, Optional.empty());
    }

    public Render(Project project, Path templates, Path output, boolean previews, boolean xhtml, boolean pptx,
        boolean timings, Optional<Instant> sourceDate) {
      this(project, templates, output, previews, xhtml, pptx, true, timings, sourceDate);
    }
  }

  /**
   * Compare the plan with the plan at {@code base} in git; {@code exitCode} fails the run on any
   * change; {@code author} signs every change in place of the commits' authors; {@code skrivForslag}
   * first writes the förslag that decided items changed or removed lack (VP242) into plan-source.
   */
  public record Diff(Project project, Path templates, Path output, Optional<String> base, boolean exitCode,
      Optional<Instant> sourceDate, Optional<String> author, boolean skrivForslag) {

    public Diff(Project project, Path templates, Path output, Optional<String> base, boolean exitCode,
        Optional<Instant> sourceDate, Optional<String> author) {
      this(project, templates, output, base, exitCode, sourceDate, author, false);
    }

    public Diff(Project project, Path templates, Path output, Optional<String> base, boolean exitCode,
        Optional<Instant> sourceDate) {
      this(project, templates, output, base, exitCode, sourceDate, Optional.empty());
    }
  }

  /** Rewrite plan-source in canonical form, or with {@code check} only say which files are not. */
  public record Format(Project project, boolean check) {}

  /** Create a new file in plan-source. */
  public record Create(Project project, ScaffoldRequest what) {}

  /**
   * Give a fokusområde a new number in every place plan-source names it; {@code given} are the
   * names of every property the user set, so that a misspelt vp.* option is said, not ignored.
   */
  public record Renumber(Project project, RenumberRequest what, Set<String> given) {
    public Renumber {
      given = Set.copyOf(given);
    }
  }

  private Vp() {}

  public static Outcome validate(Project project) {
    return validate(project, Optional.empty());
  }

  /**
   * As {@link #validate(Project)}, and with a {@code base} (a branch, tag or commit) also checks each
   * nämnd's decided items against the plan there, as vp:diff does (VP242). A plan with errors is not
   * compared: what it would say rests on what cannot be read.
   */
  public static Outcome validate(Project project, Optional<String> base) {
    Validation validation = Validation.withFormatCheck(project.planSource(), project.displayBase(), project.namnd());
    Diagnostics out = new Diagnostics();
    out.addAll(validation.diagnostics());
    if (base.isPresent() && validation.errors() == 0) {
      String folder = display(project.planSource(), project);
      for (Namndplan plan : validation.plans()) {
        Optional<String> namnd = plan.inRegion() ? Optional.of(plan.id()) : project.namnd();
        PlanHistory.planAt(project.planSource(), project.displayBase(), base, namnd, out).ifPresent(at ->
            DecidedChanges.report(DecidedChanges.between(at.plan(), plan.resolved(),
                PlanHistory.folderAt(folder, at.commit()), folder), out));
        if (out.hasErrors()) {
          break;
        }
      }
    }
    return Outcome.checked(out.sorted(), project.failOnWarning(), "mvn vp:validate", List.of(), List.of(), List.of());
  }

  public static Outcome render(Render render) {
    return render(render, true);
  }

  /**
   * The render without the documents that take long to write (PDF, DOCX, PPTX): the plan checked,
   * every template run, and what a browser shows written. vp:serve shows it while the documents
   * are made.
   */
  public static Outcome renderForBrowser(Render render) {
    return render(render, false);
  }

  private static Outcome render(Render render, boolean documents) {
    Project project = render.project();
    String output = display(render.output(), project);
    Optional<RenderRequest.Previous> previous = Optional.empty();
    if (render.base().isPresent()) {
      Diagnostics out = new Diagnostics();
      previous = previous(project, render.base(), out);
      if (out.hasErrors()) {
        return Outcome.stopped(out.sorted(), "Inga handlingar skrevs; " + output + "/ är oförändrad.");
      }
    }
    RenderRequest request = new RenderRequest(project.planSource(), render.templates(), render.output(),
        project.displayBase(), render.previews(), render.sourceDate(), project.namnd(), render.xhtml(), render.pptx(),
        documents, render.webb(), previous);
    RenderResult result = Renderer.render(request,
        timings -> Validation.of(project.planSource(), project.displayBase(), project.namnd(), timings).checked());
    if (result.failure().isPresent()) {
      return Outcome.failed(result.findings(), result.failure().get(),
          "Inga handlingar skrevs; " + output + "/ är oförändrad.");
    }
    List<String> notes = new ArrayList<>();
    if (result.upToDate()) {
      notes.add(output + "/ är aktuell; planen, mallarna och vp är oförändrade sedan förra renderingen (SHA-256),"
          + " så inget renderades om.");
    }
    if (render.timings()) {
      notes.add(timings(result.timings()));
    }
    return Outcome.checked(result.findings(), project.failOnWarning(), "mvn vp:render", List.of(), result.written(), notes);
  }

  /**
   * Each nämnd's plan at {@code base}, for the förslag table's "Text från VP-2025". A plan that does
   * not read now is left to the render's own check, which says why; a base that cannot be read is a
   * finding in {@code out}.
   */
  private static Optional<RenderRequest.Previous> previous(Project project, Optional<String> base, Diagnostics out) {
    Validation now = Validation.of(project.planSource(), project.displayBase(), project.namnd(), new Timings());
    if (now.errors() > 0) {
      return Optional.empty();
    }
    Map<String, ResolvedPlan> plans = new LinkedHashMap<>();
    String commit = "";
    for (Namndplan plan : now.plans()) {
      Optional<String> namnd = plan.inRegion() ? Optional.of(plan.id()) : project.namnd();
      Optional<PlanHistory.Base> at = PlanHistory.planAt(project.planSource(), project.displayBase(), base, namnd, out);
      if (at.isEmpty()) {
        return Optional.empty();
      }
      plans.put(plan.id(), at.get().plan());
      commit = at.get().commit();
    }
    return Optional.of(new RenderRequest.Previous(commit, plans));
  }

  public static Outcome diff(Diff diff) {
    Project project = diff.project();
    String output = display(diff.output(), project);
    String unchanged = "Ingen jämförelse gjordes; " + output + "/ är oförändrad.";
    Validation current = Validation.of(project.planSource(), project.displayBase(), project.namnd(), new Timings());
    if (current.errors() > 0) {
      return Outcome.checked(current.diagnostics(), project.failOnWarning(), "mvn vp:diff", List.of(), List.of(), List.of());
    }
    Diagnostics out = new Diagnostics();
    out.addAll(current.diagnostics());
    if (current.plans().size() != 1) {
      out.report(Code.VP020, Location.ofFile(display(project.planSource(), project)), "plan-source har "
          + current.plans().size() + " nämnder, och vp:diff jämför en nämnd i taget",
          Optional.of("ange nämnden med -Dvp.namnd=<nämnd>"));
      return Outcome.stopped(out.sorted(), unchanged);
    }
    Optional<PlanHistory.Base> base = PlanHistory.planAt(project.planSource(), project.displayBase(), diff.base(),
        project.namnd(), out);
    if (base.isEmpty()) {
      return Outcome.stopped(out.sorted(), unchanged);
    }
    String folder = display(project.planSource(), project);
    String baseFolder = PlanHistory.folderAt(folder, base.get().commit());
    List<DecidedChanges.Finding> decided = DecidedChanges.between(base.get().plan(), current.plans().get(0).resolved(),
        baseFolder, folder);
    List<String> notes = new ArrayList<>();
    if (diff.skrivForslag() && !decided.isEmpty()) {
      try {
        ForslagFiles.write(project.planSource(), project.displayBase(), base.get().commit(),
            current.plans().get(0).plan().fakta().ar(), decided).forEach(file -> notes.add("skrev förslag i " + file));
      } catch (VpException e) {
        Diagnostics before = new Diagnostics();
        before.addAll(current.diagnostics());
        DecidedChanges.report(decided, before);
        return Outcome.failed(before.sorted(), e, "Inga förslag skrevs; " + folder + "/ och " + output
            + "/ är oförändrade.");
      }
      current = Validation.of(project.planSource(), project.displayBase(), project.namnd(), new Timings());
      if (current.errors() > 0 || current.plans().size() != 1) {
        return Outcome.checked(current.diagnostics(), project.failOnWarning(), "mvn vp:diff", List.of(), List.of(),
            notes);
      }
      decided = DecidedChanges.between(base.get().plan(), current.plans().get(0).resolved(), baseFolder, folder);
    }
    Diagnostics checked = new Diagnostics();
    checked.addAll(current.diagnostics());
    DecidedChanges.report(decided, checked);
    List<Diagnostic> findings = checked.sorted();
    Comparison compared = Comparison.of(base.get().label(), base.get().date(), PlanViews.of(base.get().plan()),
        PlanViews.of(current.plans().get(0).resolved()));
    Comparison comparison = compared.withChanges(Authorship.sign(compared.changes(), new Authorship.Request(
        project.planSource(), project.displayBase(), base.get().commit(), base.get().plan().plan(),
        current.plans().get(0).plan(), diff.author().filter(a -> !a.isBlank()),
        diff.sourceDate().orElseGet(Instant::now)))).withUnproposed(findings.stream()
        .filter(d -> d.code() == Code.VP242).toList());
    List<Path> written;
    List<String> markdown;
    try {
      written = Renderer.renderChanges(new RenderRequest(project.planSource(), diff.templates(), diff.output(),
          project.displayBase(), false, diff.sourceDate()), comparison, current.plans().get(0).plan());
      markdown = Files.readAllLines(written.stream().filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow(),
          StandardCharsets.UTF_8).stream()
          .filter(line -> !line.equals(MarkdownReport.MARKER) && !line.equals(MarkdownReport.SHORTENED)).toList();
    } catch (VpException e) {
      return Outcome.failed(findings, e, "Ingen ändringsrapport skrevs; " + output + "/ är oförändrad.");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Outcome outcome = Outcome.checked(findings, project.failOnWarning(), "mvn vp:diff", markdown, written, notes);
    if (diff.exitCode() && !comparison.changes().isEmpty() && outcome.failure().isEmpty()) {
      return outcome.failing("Planen har " + comparison.changes().size() + " ändringar mot " + comparison.base() + ".");
    }
    return outcome;
  }

  public static Outcome format(Format format) {
    Project project = format.project();
    String folder = display(project.planSource(), project);
    FormatReport report;
    try {
      report = format.check()
          ? PlanFormatter.check(project.planSource(), project.displayBase())
          : PlanFormatter.apply(project.planSource(), project.displayBase());
    } catch (IOException e) {
      return Outcome.failed(List.of(), VpException.of(Code.VP021, Location.ofFile(folder), folder + " kan inte skrivas: "
          + e.getMessage(), Optional.empty(), e), "Formateringen avbröts; filer som inte hann skrivas är som de var.");
    }
    List<Diagnostic> findings = new ArrayList<>(report.diagnostics());
    List<String> notes = new ArrayList<>();
    if (format.check()) {
      findings.addAll(PlanFormatter.findings(report));
    } else {
      report.files().forEach(file -> notes.add("formaterade " + file.display()));
    }
    // Files vp cannot read are left as they are; their findings are vp:validate's too.
    long unreadable = report.diagnostics().stream().map(d -> d.location().file()).distinct().count();
    String notFormatted = unreadable == 0 ? ""
        : Outcome.count(unreadable, "fil", "filer") + " kunde inte formateras; rätta " + (unreadable == 1 ? "den" : "dem")
            + " och kör mvn vp:fmt igen.";
    if (format.check() && !report.files().isEmpty()) {
      return new Outcome(findings, List.of(), List.of(), notes, Optional.empty(), Optional.empty())
          .failing(Outcome.count(report.files().size(), "fil är inte formaterad", "filer är inte formaterade") + ": "
              + report.files().stream().map(FormattedFile::display).collect(Collectors.joining(", ")) + ". "
              + (notFormatted.isEmpty() ? "" : notFormatted + " ") + "Kör mvn vp:fmt för att rätta.");
    }
    if (unreadable > 0) {
      return new Outcome(findings, List.of(), List.of(), notes, Optional.empty(), Optional.empty()).failing(notFormatted);
    }
    if (format.check()) {
      notes.add("alla filer i " + folder + " är formaterade.");
    } else if (report.files().isEmpty()) {
      notes.add("alla filer i " + folder + " var redan formaterade.");
    } else {
      notes.add(Outcome.count(report.files().size(), "fil formaterad", "filer formaterade") + ".");
    }
    return new Outcome(findings, List.of(), List.of(), notes, Optional.empty(), Optional.empty());
  }

  public static Outcome create(Create create) {
    Project project = create.project();
    try {
      Scaffolded created = Scaffolder.create(project.planSource(), project.displayBase(), create.what());
      return Outcome.done(List.of("skapade " + created.display(), created.nextStep() + " Kör sedan mvn vp:validate."));
    } catch (VpException e) {
      return Outcome.failed(List.of(), e, "Ingen fil skapades.");
    } catch (IOException e) {
      String folder = display(project.planSource(), project);
      return Outcome.failed(List.of(), VpException.of(Code.VP021, Location.ofFile(folder), folder + " kan inte skrivas: "
          + e.getMessage(), Optional.empty(), e), "Ingen fil skapades.");
    }
  }

  public static Outcome renumber(Renumber renumber) {
    Project project = renumber.project();
    String unchanged = "Inga filer ändrades.";
    String folder = display(project.planSource(), project);
    List<String> unknown = renumber.given().stream().filter(name -> name.startsWith("vp."))
        .filter(name -> !RenumberRequest.OPTIONS.contains(name) && !ScaffoldRequest.SHARED.contains(name))
        .sorted().toList();
    if (!unknown.isEmpty()) {
      List<String> known = new ArrayList<>(RenumberRequest.OPTIONS);
      known.addAll(ScaffoldRequest.SHARED);
      String hint = Suggestions.didYouMean(unknown.get(0), known).map(h -> h + " ").orElse("")
          + "vp:renumber tar -Dvp.från (eller -Dvp.fran) och -Dvp.till";
      String message = "vp:renumber känner inte till "
          + unknown.stream().map(name -> "-D" + name).collect(Collectors.joining(", "));
      return Outcome.failed(List.of(), VpException.of(Code.VP601, Location.ofFile(folder), message, Optional.of(hint),
          null), unchanged);
    }
    try {
      Renumbered done = Renumberer.renumber(project.planSource(), project.displayBase(), renumber.what());
      List<String> notes = new ArrayList<>();
      done.files().forEach(file -> notes.add(file.line()));
      done.stillNamed().forEach(place -> notes.add(place + "; vp ändrar inte kommentarer och texter, se om den ska"
          + " ändras för hand"));
      notes.add("fokusområde " + String.join(", ", done.numbers()) + ": " + Outcome.count(done.files().size(),
          "fil ändrad", "filer ändrade") + ". Kör mvn vp:diff för att se ändringen som granskarna ser den.");
      return Outcome.done(notes);
    } catch (VpException e) {
      return Outcome.failed(errors(project), e, unchanged);
    } catch (IOException e) {
      return Outcome.failed(errors(project), VpException.of(Code.VP021, Location.ofFile(folder), folder
          + " kan inte skrivas: " + e.getMessage(), Optional.empty(), e),
          "vp:renumber avbröts; filerna är som de var.");
    }
  }

  /** What stands in the way of a refused run: the plan's errors; its warnings are vp:validate's to show. */
  private static List<Diagnostic> errors(Project project) {
    return Validation.of(project.planSource(), project.displayBase(), project.namnd(), new Timings()).diagnostics()
        .stream().filter(d -> d.severity() == Severity.FEL).toList();
  }

  private static String timings(Timings timings) {
    StringBuilder line = new StringBuilder("tid ");
    for (Timings.Stage stage : timings.stages()) {
      line.append(stage.word()).append(' ').append(seconds(timings.nanos(stage))).append(", ");
    }
    return line.append("totalt ").append(seconds(timings.wallNanos())).append(" (stegen summeras över trådarna)")
        .toString();
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9).replace('.', ',');
  }

  private static String display(Path path, Project project) {
    return PlanLoader.display(path, project.displayBase());
  }
}
