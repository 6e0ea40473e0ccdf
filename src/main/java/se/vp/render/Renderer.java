package se.vp.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import se.vp.Validation;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Severity;
import se.vp.diff.Comparison;
import se.vp.diff.MarkdownReport;
import se.vp.model.Handelsetyp;
import se.vp.model.Plan;
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

  private final RenderRequest request;
  private final String templatesDisplay;
  private final Templates templates;
  private final PdfWriter pdf;
  private final DocxWriter docx;

  private Renderer(RenderRequest request) throws RenderException {
    this.request = request;
    this.templatesDisplay = PlanLoader.display(request.templates(), request.displayBase());
    this.templates = newTemplates(request.templates(), templatesDisplay);
    this.pdf = new PdfWriter(request.templates(), templatesDisplay);
    this.docx = new DocxWriter(request.templates(), templatesDisplay);
  }

  public static RenderResult render(RenderRequest request) throws RenderException {
    return render(request, OutputFolder.RENAME);
  }

  static RenderResult render(RenderRequest request, OutputFolder.Mover mover) throws RenderException {
    Validation validation = Validation.of(request.planSource(), request.displayBase());
    if (validation.errors() > 0) {
      return new RenderResult(validation, List.of());
    }
    Plan plan = validation.plan().orElseThrow();
    return new RenderResult(validation, new Renderer(request).handlingar(plan, mover));
  }

  /** Writes the change report of a comparison: ändringar.md, .pdf and .docx. */
  public static List<Path> renderChanges(RenderRequest request, Comparison comparison) throws RenderException {
    return new Renderer(request).changes(comparison);
  }

  /**
   * Each handling is rendered on its own, so they run side by side on the machine's cores, while
   * docx4j's slow first start happens in the background before a DOCX is needed.
   */
  private List<Path> handlingar(Plan plan, OutputFolder.Mover mover) throws RenderException {
    DocxWriter.warmUp();
    Object model = TemplateModel.of(PlanViews.of(plan));
    Instant created = created(plan);
    try (OutputFolder output = OutputFolder.open(request.output(), outputDisplay(), mover)) {
      Parallel.run(Handling.values(), handling -> handling(handling, model, created, output));
      return output.commit();
    }
  }

  private void handling(Handling handling, Object model, Instant created, OutputFolder output) throws RenderException {
    Document document = xhtml(handling.template(), model);
    for (Handling.Format format : handling.formats()) {
      if (format == Handling.Format.PDF) {
        byte[] bytes = pdf.write(document, handling.template(), created);
        output.write(handling.fileName() + format.extension(), bytes);
        if (request.previews()) {
          List<byte[]> pages = Previews.pages(bytes);
          for (int i = 0; i < pages.size(); i++) {
            output.write(PREVIEWS + "/" + handling.fileName() + "-" + (i + 1) + ".png", pages.get(i));
          }
        }
      } else {
        output.write(handling.fileName() + format.extension(), docx.write(document, handling.template(), created));
      }
    }
  }

  private List<Path> changes(Comparison comparison) throws RenderException {
    String template = "andringar.ftlx";
    Document document = xhtml(template, TemplateModel.of(ChangeViews.of(comparison)));
    Instant created = created(comparison.after());
    String markdown = MarkdownReport.of(comparison, PlanViews.of(comparison.after()).dokument().titel());
    try (OutputFolder output = OutputFolder.open(request.output(), outputDisplay(), OutputFolder.RENAME)) {
      output.write(CHANGES + ".md", markdown.getBytes(StandardCharsets.UTF_8));
      output.write(CHANGES + ".pdf", pdf.write(document, template, created));
      output.write(CHANGES + ".docx", docx.write(document, template, created));
      return output.commit();
    }
  }

  private Document xhtml(String template, Object model) throws RenderException {
    return Xhtml.parse(templates.render(template, model), templatesDisplay + "/" + template);
  }

  private Instant created(Plan plan) {
    return request.sourceDate().orElseGet(() -> decisionDate(plan));
  }

  private String outputDisplay() {
    return PlanLoader.display(request.output(), request.displayBase());
  }

  private static Templates newTemplates(Path folder, String display) throws RenderException {
    try {
      return new Templates(folder, display);
    } catch (IOException e) {
      throw new RenderException(new Diagnostic(Location.ofFile(display), Severity.FEL, Code.VP301,
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
