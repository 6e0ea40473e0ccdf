package se.vp.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.VpException;
import se.vp.diff.ChangeView;
import se.vp.diff.Comparison;
import se.vp.diff.MarkdownReport;
import se.vp.model.Handelsetyp;
import se.vp.model.Namndplan;
import se.vp.model.Plan;
import se.vp.render.Timings.Stage;
import se.vp.render.Timings;
import se.vp.render.writer.DocumentWriter;
import se.vp.render.writer.OutputFile;
import se.vp.render.writer.TemplateOutput;
import se.vp.render.writer.Xhtml;
import se.vp.source.PlanLoader;
import se.vp.view.Kalla;
import se.vp.view.PlanViews;
import se.vp.view.TemplateModel;

/**
 * Renders a plan's handlingar, or a comparison's change report, into output/: checks the plan,
 * finds the nämnder whose input changed, runs each of their handlingar's template once and every
 * writer that takes the handling, and commits output/ with all files at once.
 */
public final class Renderer {

  /** Where a handling's files go. */
  private interface Sink {
    void write(String name, byte[] bytes) throws VpException;
  }

  /** One handling of one nämnd: a piece of work for a core. */
  private record Job(Namndplan plan, Handling handling) {
    String folder() {
      return plan.inRegion() ? plan.id() + "/" : "";
    }
  }

  private final RenderRequest request;
  private final String templatesDisplay;
  private final Writers writers;
  private final Timings timings;
  private final PlanSourceCommit.Version version;

  private Renderer(RenderRequest request, PlanSourceCommit.Version version) {
    this.request = request;
    this.version = version;
    this.templatesDisplay = PlanLoader.display(request.templates(), request.displayBase());
    this.writers = Writers.of(request, templatesDisplay);
    this.timings = new Timings(writers.names());
  }

  /** How the plan is read and checked, timed in the render's stages. */
  public interface Check {
    CheckedPlans check(Timings timings);
  }

  /**
   * Checks the plan and renders the handlingar of every nämnd whose input changed since the last
   * render. When nothing did, as the hashes in output/ prove, nothing is read beyond the hashing
   * and the last render's findings are given again.
   */
  public static RenderResult render(RenderRequest request, Check check) {
    return render(request, check, OutputFolder.RENAME);
  }

  static RenderResult render(RenderRequest unchecked, Check check, OutputFolder.Mover mover) {
    RenderRequest request;
    try {
      request = unchecked.withOutput(OutputPlace.check(unchecked));
    } catch (VpException e) {
      return new RenderResult(List.of(), List.of(), false, new Timings(), Optional.of(e));
    }
    PlanSourceCommit.Version version = PlanSourceCommit.of(request.planSource());
    IncrementalOutput incremental = IncrementalOutput.of(request, version);
    if (incremental.upToDate()) {
      return new RenderResult(incremental.previousFindings(), List.of(), true, new Timings(), Optional.empty());
    }
    Writers.warmUp();
    try {
      return new Renderer(request, version).checkAndWrite(check, incremental, mover);
    } finally {
      Writers.awaitWarmUp();
    }
  }

  /** Writes the change report of a comparison: ändringar.md, and the report in every format that takes it. */
  public static List<Path> renderChanges(RenderRequest request, Comparison comparison, Plan current)
      throws VpException {
    return new Renderer(request.withOutput(OutputPlace.check(request)), PlanSourceCommit.of(request.planSource()))
        .changes(comparison, current);
  }

  private RenderResult checkAndWrite(Check check, IncrementalOutput incremental, OutputFolder.Mover mover) {
    CheckedPlans checked = check.check(timings);
    if (checked.hasErrors()) {
      return new RenderResult(checked.findings(), List.of(), false, timings, Optional.empty());
    }
    List<Namndplan> changed = incremental.changed(checked.plans());
    try (OutputFolder output = OutputFolder.open(request.output(), outputDisplay(), mover)) {
      incremental.forget(changed, output);
      forgetChangeReport(output);
      if (!changed.isEmpty()) {
        handlingar(changed, (name, bytes) -> timings.time(Stage.SKRIVA, () -> incremental.write(output, name, bytes)));
      }
      List<Diagnostic> findings = withWritersFindings(checked.findings());
      incremental.writeManifest(output, changed, findings);
      List<Path> written = output.commit().stream().filter(path -> !IncrementalOutput.isManifest(path)).toList();
      return new RenderResult(findings, written, changed.isEmpty(), timings, Optional.empty());
    } catch (VpException e) {
      return new RenderResult(checked.findings(), List.of(), false, timings, Optional.of(e));
    }
  }

  /** The plan's findings and what the writers found in templates/, in the order of their places. */
  private List<Diagnostic> withWritersFindings(List<Diagnostic> findings) {
    Diagnostics all = new Diagnostics();
    all.addAll(findings);
    all.addAll(writers.findings());
    return all.sorted();
  }

  /**
   * Each handling of each nämnd is rendered on its own, so they run side by side on the machine's
   * cores; a nämnd's template model is made once, for the first of its handlingar.
   */
  private void handlingar(List<Namndplan> plans, Sink sink) throws VpException {
    Templates templates = templates();
    Map<String, Object> models = new ConcurrentHashMap<>();
    List<Job> jobs = new ArrayList<>();
    // The largest first (the decks), so that the cores finish together; the DOCX come last, when
    // docx4j has started.
    writers.ofPlan().forEach(handling -> plans.forEach(plan -> jobs.add(new Job(plan, handling))));
    Parallel.run(jobs.toArray(Job[]::new), job -> {
      Plan plan = job.plan().plan();
      Object model = models.computeIfAbsent(job.plan().id(),
          id -> timings.time(Stage.MALL, () -> planModel(job.plan())));
      TemplateOutput document = timings.time(Stage.MALL, () -> run(templates, job.handling(), model, created(plan)));
      write(job.handling(), document, (name, bytes) -> sink.write(job.folder() + name, bytes));
    });
  }

  /**
   * The files of the change report vp:diff last wrote, by name in output/, as a manifest records
   * them: a change report describes the plan at one moment, so the next render takes it away, and
   * the next report takes away what the last wrote and it does not.
   */
  static final String CHANGE_REPORT_MANIFEST = ".vp-ändringar";

  private List<Path> changes(Comparison compared, Plan current) throws VpException {
    Handling handling = Handling.ANDRINGAR;
    // The proposal is what this render reads: HEAD, and the work tree when plan-source differs from it.
    Kalla kalla = version.kalla();
    Comparison comparison = kalla.commit().isEmpty() ? compared : compared.withProposal(
        new Comparison.Proposal(kalla.commit().get(), kalla.datum().orElseThrow(), kalla.andrad()));
    TemplateOutput document = run(templates(), handling, changeModel(comparison), created(current));
    String markdown = MarkdownReport.of(comparison);
    Map<String, String> files = new TreeMap<>();
    try (OutputFolder output = OutputFolder.open(request.output(), outputDisplay(), OutputFolder.RENAME)) {
      Sink recorded = (name, bytes) -> files.put(name, RenderManifest.record(output.write(name, bytes), Hashes.of(bytes)));
      recorded.write(handling.fileName() + ".md", markdown.getBytes(StandardCharsets.UTF_8));
      write(handling, document, recorded);
      RenderManifest earlier = RenderManifest.readFile(request.output().resolve(CHANGE_REPORT_MANIFEST));
      earlier.files().keySet().stream().filter(name -> !files.containsKey(name)).filter(Renderer::isChangeReportFile)
          .filter(name -> RenderManifest.filesIntact(request.output(), Map.of(name, earlier.files().get(name))))
          .forEach(output::remove);
      output.write(CHANGE_REPORT_MANIFEST, new RenderManifest("", Map.of(), files, List.of()).bytes());
      return output.commit().stream().filter(path -> !path.getFileName().toString().equals(CHANGE_REPORT_MANIFEST))
          .toList();
    }
  }

  /**
   * A name the change report's manifest may list: a file of the report directly in output/. The
   * manifest is read back from output/, so a name that leads elsewhere is never acted on.
   */
  private static boolean isChangeReportFile(String name) {
    return name.startsWith(Handling.ANDRINGAR.fileName() + ".") && !name.contains("/") && !name.contains("\\")
        && !name.contains("..");
  }

  /** Takes the change report vp:diff wrote out of output/, the files still as it wrote them. */
  private void forgetChangeReport(OutputFolder output) {
    Path manifest = request.output().resolve(CHANGE_REPORT_MANIFEST);
    if (Files.isRegularFile(manifest)) {
      RenderManifest report = RenderManifest.readFile(manifest);
      report.files().forEach((name, recorded) -> {
        if (isChangeReportFile(name) && RenderManifest.filesIntact(request.output(), Map.of(name, recorded))) {
          output.remove(name);
        }
      });
      output.remove(CHANGE_REPORT_MANIFEST);
    }
  }

  /** Every writer that takes the handling, one after the other, each timed as its own stage. */
  private void write(Handling handling, TemplateOutput document, Sink sink) throws VpException {
    for (DocumentWriter writer : writers.taking(handling)) {
      for (OutputFile file : timings.time(new Stage(writer.name()), () -> writer.write(document))) {
        sink.write(file.name(), file.bytes());
      }
    }
  }

  /** Runs the handling's template on the model, and parses what it wrote. */
  private TemplateOutput run(Templates templates, Handling handling, Object model, Instant created) throws VpException {
    String xhtml = templates.render(handling.template(), model);
    return new TemplateOutput(handling.template(), handling.fileName(), xhtml,
        Xhtml.parse(xhtml, templatesDisplay + "/" + handling.template()), created);
  }

  private Object planModel(Namndplan plan) {
    return withKalla(TemplateModel.of(PlanViews.of(plan.resolved(),
        request.previous().flatMap(p -> Optional.ofNullable(p.plans().get(plan.id()))))));
  }

  private Object changeModel(Comparison comparison) {
    return withKalla(TemplateModel.of(ChangeView.of(comparison)));
  }

  /** Every template may say which commit of plan-source it was made from, as {@code kalla.mening}. */
  private Object withKalla(Object model) {
    Map<String, Object> map = new LinkedHashMap<>();
    ((Map<?, ?>) model).forEach((key, value) -> map.put((String) key, value));
    map.put("kalla", TemplateModel.of(version.kalla()));
    return Collections.unmodifiableMap(map);
  }

  private Templates templates() throws VpException {
    try {
      return new Templates(request.templates(), templatesDisplay);
    } catch (IOException e) {
      throw new VpException(new Diagnostic(Location.ofFile(templatesDisplay), Severity.FEL, Code.VP301,
          "mallmappen kan inte läsas", Optional.of("mallarna ligger i templates/")), e);
    }
  }

  private Instant created(Plan plan) {
    return request.sourceDate().orElseGet(() -> decisionDate(plan));
  }

  private String outputDisplay() {
    return PlanLoader.display(request.output(), request.displayBase());
  }

  /** The committee's decision date, or the first of January of the plan year before it. */
  static Instant decisionDate(Plan plan) {
    LocalDate date = plan.tidplan().stream().filter(h -> h.is(Handelsetyp.NAMNDBESLUT)).findFirst()
        .map(h -> h.datum()).orElse(LocalDate.of(plan.fakta().ar() - 1, 1, 1));
    return date.atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
