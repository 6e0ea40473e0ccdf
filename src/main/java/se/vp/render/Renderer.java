package se.vp.render;

import se.vp.diagnostic.VpException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.w3c.dom.Document;
import se.vp.Timings;
import se.vp.Timings.Stage;
import se.vp.Validation;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.diff.Comparison;
import se.vp.diff.MarkdownReport;
import se.vp.model.Handelsetyp;
import se.vp.model.Namndplan;
import se.vp.model.Plan;
import se.vp.render.word.DocxWriter;
import se.vp.source.PlanLoader;
import se.vp.view.ChangeViews;
import se.vp.view.PlanViews;
import se.vp.view.TemplateModel;

/**
 * Renders a plan's handlingar, or a comparison's change report, into output/: runs the template,
 * writes PDF and DOCX aside and moves them in together.
 */
public final class Renderer {

  /** The folder in output/ with a PNG of every page, when previews are asked for. */
  public static final String PREVIEWS = "förhandsvisning";

  /** The change report's template and the base name of its files. */
  public static final String CHANGES = "ändringar";

  private static final Stage PDF = new Stage("PDF");
  private static final Stage DOCX = new Stage("DOCX");

  private final RenderRequest request;
  private final Timings timings;
  private final String templatesDisplay;
  private final Templates templates;
  private final PdfWriter pdf;
  private final DocxWriter docx;

  private Renderer(RenderRequest request, Timings timings) throws VpException {
    this.request = request;
    this.timings = timings;
    this.templatesDisplay = PlanLoader.display(request.templates(), request.displayBase());
    this.templates = newTemplates(request.templates(), templatesDisplay);
    this.pdf = new PdfWriter(request.templates(), templatesDisplay);
    this.docx = new DocxWriter(request.templates(), templatesDisplay);
  }

  public static RenderResult render(RenderRequest request) throws VpException {
    return render(request, OutputFolder.RENAME);
  }

  /**
   * Checks the plan and renders the handlingar of every nämnd whose input changed since the last
   * render. When nothing did, as the hashes in output/ prove, nothing is read beyond the hashing
   * and the last render's findings are given again.
   */
  static RenderResult render(RenderRequest request, OutputFolder.Mover mover) throws VpException {
    Timings timings = new Timings(List.of(PDF.word(), DOCX.word()));
    IncrementalOutput incremental = IncrementalOutput.of(request);
    if (incremental.upToDate()) {
      return new RenderResult(new Validation(List.of(), incremental.previousFindings()), List.of(), true, timings);
    }
    // docx4j's start takes seconds; on a second core it is done by the time the plan is checked.
    DocxWriter.warmUp();
    try {
      return checkAndWrite(request, mover, timings, incremental);
    } finally {
      DocxWriter.awaitWarmUp();
    }
  }

  private static RenderResult checkAndWrite(RenderRequest request, OutputFolder.Mover mover, Timings timings,
      IncrementalOutput incremental) throws VpException {
    Validation validation = Validation.of(request.planSource(), request.displayBase(), request.namnd(), timings);
    if (validation.errors() > 0) {
      return new RenderResult(validation, List.of(), false, timings);
    }
    List<Namndplan> changed = incremental.changed(validation.plans());
    List<Path> written;
    try (OutputFolder output = OutputFolder.open(request.output(), outputDisplay(request), mover)) {
      incremental.forget(changed, output);
      if (!changed.isEmpty()) {
        new Renderer(request, timings).handlingar(changed, output, incremental);
      }
      incremental.writeManifest(output, changed, validation.diagnostics());
      written = output.commit().stream().filter(path -> !IncrementalOutput.isManifest(path)).toList();
    }
    return new RenderResult(validation, written, changed.isEmpty(), timings);
  }

  /** Writes the change report of a comparison: ändringar.md, .pdf and .docx. */
  public static List<Path> renderChanges(RenderRequest request, Comparison comparison) throws VpException {
    return new Renderer(request, new Timings()).changes(comparison);
  }

  /**
   * Each handling of each nämnd is rendered on its own, so they run side by side on the machine's
   * cores.
   */
  private void handlingar(List<Namndplan> plans, OutputFolder output, IncrementalOutput incremental)
      throws VpException {
    Map<String, Object> models = new ConcurrentHashMap<>();
    List<Job> jobs = new ArrayList<>();
    // The largest first (the decks), so that the cores finish together; the DOCX come last, when
    // docx4j has started.
    Arrays.stream(Handling.values()).forEach(handling -> plans.forEach(plan -> jobs.add(new Job(plan, handling))));
    Parallel.run(jobs.toArray(Job[]::new), job -> {
      Object model = models.computeIfAbsent(job.plan().id(),
          id -> timings.time(Stage.MALL, () -> TemplateModel.of(PlanViews.of(job.plan().plan()))));
      handling(job, model, output, incremental);
    });
  }

  private record Job(Namndplan plan, Handling handling) {
    String prefix() {
      return plan.inRegion() ? plan.id() + "/" : "";
    }
  }

  private void handling(Job job, Object model, OutputFolder output, IncrementalOutput incremental)
      throws VpException {
    Handling handling = job.handling();
    Instant created = created(job.plan().plan());
    Document document = timings.time(Stage.MALL, () -> xhtml(handling.template(), model));
    for (Handling.Format format : handling.formats()) {
      String name = job.prefix() + handling.fileName() + format.extension();
      byte[] bytes = format == Handling.Format.PDF
          ? timings.time(PDF, () -> pdf.write(document, handling.template(), created))
          : timings.time(DOCX, () -> docx.write(document, handling.template(), created));
      write(output, incremental, name, bytes);
      if (format == Handling.Format.PDF && request.previews()) {
        List<byte[]> pages = Previews.pages(bytes);
        for (int i = 0; i < pages.size(); i++) {
          write(output, incremental, job.prefix() + PREVIEWS + "/" + handling.fileName() + "-" + (i + 1) + ".png", pages.get(i));
        }
      }
    }
  }

  private void write(OutputFolder output, IncrementalOutput incremental, String name, byte[] bytes) throws VpException {
    timings.time(Stage.SKRIVA, () -> {
      incremental.write(output, name, bytes);
      return null;
    });
  }

  private List<Path> changes(Comparison comparison) throws VpException {
    String template = "andringar.ftlx";
    Document document = xhtml(template, TemplateModel.of(ChangeViews.of(comparison)));
    Instant created = created(comparison.after());
    String markdown = MarkdownReport.of(comparison, PlanViews.of(comparison.after()).dokument().titel());
    try (OutputFolder output = OutputFolder.open(request.output(), outputDisplay(request), OutputFolder.RENAME)) {
      output.write(CHANGES + ".md", markdown.getBytes(StandardCharsets.UTF_8));
      output.write(CHANGES + ".pdf", pdf.write(document, template, created));
      output.write(CHANGES + ".docx", docx.write(document, template, created));
      return output.commit();
    }
  }

  private Document xhtml(String template, Object model) throws VpException {
    return Xhtml.parse(templates.render(template, model), templatesDisplay + "/" + template);
  }

  private Instant created(Plan plan) {
    return request.sourceDate().orElseGet(() -> decisionDate(plan));
  }

  private static String outputDisplay(RenderRequest request) {
    return PlanLoader.display(request.output(), request.displayBase());
  }

  private static Templates newTemplates(Path folder, String display) throws VpException {
    try {
      return new Templates(folder, display);
    } catch (IOException e) {
      throw new VpException(new Diagnostic(Location.ofFile(display), Severity.FEL, Code.VP301,
          "mallmappen kan inte läsas", Optional.of("mallarna ligger i templates/")), e);
    }
  }

  /** The committee's decision date, or the first of January of the plan year before it. */
  static Instant decisionDate(Plan plan) {
    LocalDate date = plan.tidplan().stream().filter(h -> h.typ() == Handelsetyp.NAMNDBESLUT).findFirst()
        .map(h -> h.datum()).orElse(LocalDate.of(plan.fakta().ar() - 1, 1, 1));
    return date.atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
