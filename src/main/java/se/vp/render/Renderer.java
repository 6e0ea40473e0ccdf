package se.vp.render;

import java.io.IOException;
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
import se.vp.model.Handelsetyp;
import se.vp.model.Plan;
import se.vp.view.PlanViews;
import se.vp.view.TemplateModel;

/**
 * Renders every handling of a plan into output/: checks the plan, builds its view, runs each
 * template, and writes PDF and DOCX aside before moving them in together.
 */
public final class Renderer {

  /** The folder in output/ with a PNG of every page, when previews are asked for. */
  public static final String PREVIEWS = "förhandsvisning";

  private Renderer() {}

  public static RenderResult render(RenderRequest request) throws RenderException {
    return render(request, OutputFolder.RENAME);
  }

  static RenderResult render(RenderRequest request, OutputFolder.Mover mover) throws RenderException {
    Validation validation = Validation.of(request.planSource(), request.displayBase());
    if (validation.errors() > 0) {
      return new RenderResult(validation, List.of());
    }
    Plan plan = validation.plan().orElseThrow();
    Object model = TemplateModel.of(PlanViews.of(plan));
    String templatesDisplay = display(request.templates(), request.displayBase());
    Templates templates = newTemplates(request.templates(), templatesDisplay);
    PdfWriter pdf = new PdfWriter(request.templates(), templatesDisplay);
    DocxWriter docx = new DocxWriter(request.templates(), templatesDisplay);
    Instant created = request.sourceDate().orElseGet(() -> decisionDate(plan));
    try (OutputFolder output = OutputFolder.open(request.output(), display(request.output(), request.displayBase()), mover)) {
      for (Handling handling : Handling.values()) {
        String xhtml = templates.render(handling.template(), model);
        Document document = Xhtml.parse(xhtml, templatesDisplay + "/" + handling.template());
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
      return new RenderResult(validation, output.commit());
    }
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

  private static String display(Path path, Path base) {
    Path absolute = path.toAbsolutePath().normalize();
    Path root = base.toAbsolutePath().normalize();
    return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString().replace('\\', '/');
  }
}
