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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
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
    RenderInputs inputs = RenderInputs.of(request);
    RenderManifest previous = RenderManifest.read(request.output());
    if (!inputs.run().isEmpty() && inputs.run().equals(previous.run()) && previous.filesIntact(request.output())) {
      return new RenderResult(new Validation(List.of(), previous.findings()), List.of(), true, timings);
    }
    // docx4j's start takes seconds; on a second core it is done by the time the plan is checked.
    DocxWriter.warmUp();
    try {
      return checkAndWrite(request, mover, timings, inputs, previous);
    } finally {
      DocxWriter.awaitWarmUp();
    }
  }

  private static RenderResult checkAndWrite(RenderRequest request, OutputFolder.Mover mover, Timings timings,
      RenderInputs inputs, RenderManifest previous) throws VpException {
    Validation validation = Validation.of(request.planSource(), request.displayBase(), request.namnd(), timings);
    if (validation.errors() > 0) {
      return new RenderResult(validation, List.of(), false, timings);
    }
    List<Namndplan> changed = validation.plans().stream()
        .filter(plan -> !upToDate(plan, inputs, previous, request.output())).toList();
    Renderer renderer = changed.isEmpty() ? null : new Renderer(request, timings);
    List<Path> written = new ArrayList<>();
    try (OutputFolder output = OutputFolder.open(request.output(), outputDisplay(request), mover)) {
      Map<String, String> files = new ConcurrentSkipListMap<>(previous.files());
      changed.forEach(plan -> files.keySet().removeIf(name -> belongsTo(name, plan.id())));
      for (String gone : gone(previous, inputs)) {
        files.keySet().stream().filter(name -> belongsTo(name, gone)).map(Renderer::topLevel).distinct()
            .forEach(output::remove);
        files.keySet().removeIf(name -> belongsTo(name, gone));
      }
      if (renderer != null) {
        renderer.handlingar(changed, output, files);
      }
      Map<String, String> namnder = new TreeMap<>(previous.namnder());
      namnder.keySet().retainAll(inputs.namnder().keySet());
      changed.forEach(plan -> namnder.put(plan.id(), inputs.namnder().getOrDefault(plan.id(), "")));
      output.write(RenderManifest.NAME,
          new RenderManifest(inputs.run(), namnder, files, validation.diagnostics()).bytes());
      for (Path path : output.commit()) {
        if (!path.getFileName().toString().equals(RenderManifest.NAME)) {
          written.add(path);
        }
      }
    }
    return new RenderResult(validation, written, changed.isEmpty(), timings);
  }

  /** A nämnd is up to date when its input hashes as last time and its files are as written. */
  private static boolean upToDate(Namndplan plan, RenderInputs inputs, RenderManifest previous, Path output) {
    String now = inputs.namnder().get(plan.id());
    Map<String, String> files = previous.files().entrySet().stream().filter(f -> belongsTo(f.getKey(), plan.id()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    return now != null && now.equals(previous.namnder().get(plan.id())) && !files.isEmpty()
        && RenderManifest.filesIntact(output, files);
  }

  /**
   * The nämnder the last render wrote whose files are no longer in plan-source (the empty id when a
   * single plan became a region): their handlingar are taken out of output/.
   */
  private static java.util.Set<String> gone(RenderManifest previous, RenderInputs inputs) {
    java.util.Set<String> gone = new java.util.TreeSet<>(previous.namnder().keySet());
    gone.removeAll(inputs.namnder().keySet());
    return gone;
  }

  /** The file belongs to the nämnd's handlingar: all of output/ for a single plan, or its folder. */
  private static boolean belongsTo(String file, String namnd) {
    return namnd.isEmpty() || file.startsWith(namnd + "/");
  }

  private static String topLevel(String file) {
    return file.contains("/") ? file.substring(0, file.indexOf('/')) : file;
  }

  /** Writes the change report of a comparison: ändringar.md, .pdf and .docx. */
  public static List<Path> renderChanges(RenderRequest request, Comparison comparison) throws VpException {
    return new Renderer(request, new Timings()).changes(comparison);
  }

  /**
   * Each handling of each nämnd is rendered on its own, so they run side by side on the machine's
   * cores.
   */
  private void handlingar(List<Namndplan> plans, OutputFolder output, Map<String, String> files) throws VpException {
    Map<String, Object> models = new ConcurrentHashMap<>();
    List<Job> jobs = new ArrayList<>();
    // The largest first (the decks), so that the cores finish together; the DOCX come last, when
    // docx4j has started.
    Arrays.stream(Handling.values()).forEach(handling -> plans.forEach(plan -> jobs.add(new Job(plan, handling))));
    Parallel.run(jobs.toArray(Job[]::new), job -> {
      Object model = models.computeIfAbsent(job.plan().id(),
          id -> timings.time(Stage.MALL, () -> TemplateModel.of(PlanViews.of(job.plan().plan()))));
      handling(job, model, output, files);
    });
  }

  private record Job(Namndplan plan, Handling handling) {
    String prefix() {
      return plan.inRegion() ? plan.id() + "/" : "";
    }
  }

  private void handling(Job job, Object model, OutputFolder output, Map<String, String> files) throws VpException {
    Handling handling = job.handling();
    Instant created = created(job.plan().plan());
    Document document = timings.time(Stage.MALL, () -> xhtml(handling.template(), model));
    for (Handling.Format format : handling.formats()) {
      String name = job.prefix() + handling.fileName() + format.extension();
      byte[] bytes = format == Handling.Format.PDF
          ? timings.time(PDF, () -> pdf.write(document, handling.template(), created))
          : timings.time(DOCX, () -> docx.write(document, handling.template(), created));
      write(output, files, name, bytes);
      if (format == Handling.Format.PDF && request.previews()) {
        List<byte[]> pages = Previews.pages(bytes);
        for (int i = 0; i < pages.size(); i++) {
          write(output, files, job.prefix() + PREVIEWS + "/" + handling.fileName() + "-" + (i + 1) + ".png", pages.get(i));
        }
      }
    }
  }

  private void write(OutputFolder output, Map<String, String> files, String name, byte[] bytes) throws VpException {
    timings.time(Stage.SKRIVA, () -> {
      files.put(name, RenderManifest.record(output.write(name, bytes), Hashes.of(bytes)));
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
