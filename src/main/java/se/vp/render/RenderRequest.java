package se.vp.render;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import se.vp.model.ResolvedPlan;

/**
 * What to render: the plan, the templates, where to write, and how. Paths in findings are written
 * relative to {@code displayBase}. {@code sourceDate} fixes the documents' creation date (from
 * SOURCE_DATE_EPOCH); without it the date of the committee's decision in the tidplan is used.
 * {@code namnd} renders one nämnd of a region only. {@code xhtml} also writes each template's XHTML,
 * for template authors; {@code pptx} the deck as PowerPoint beside its PDF. Without {@code documents},
 * only what a browser shows is written, no PDF, DOCX or PPTX: what vp:serve shows while those are made.
 * {@code webb} writes the web edition, the plan as a website in webb/. {@code previous} is the plan
 * in git that the förslag table's changes are shown against.
 */
public record RenderRequest(Path planSource, Path templates, Path output, Path displayBase, boolean previews,
    Optional<Instant> sourceDate, Optional<String> namnd, boolean xhtml, boolean pptx, boolean documents,
    boolean webb, Optional<Previous> previous) {

  /**
   * The plan each nämnd's plan started from, by nämnd id (the empty id for a single plan), read from
   * git at {@code commit}: a förslag to change shows the text it changes ("Text från VP-2025").
   */
  public record Previous(String commit, Map<String, ResolvedPlan> plans) {
    public Previous {
      plans = Map.copyOf(plans);
    }
  }

  public RenderRequest(Path planSource, Path templates, Path output, Path displayBase, boolean previews,
      Optional<Instant> sourceDate, Optional<String> namnd, boolean xhtml, boolean pptx, boolean documents,
      boolean webb) {
    this(planSource, templates, output, displayBase, previews, sourceDate, namnd, xhtml, pptx, documents, webb,
        Optional.empty());
  }

  public RenderRequest(Path planSource, Path templates, Path output, Path displayBase, boolean previews,
      Optional<Instant> sourceDate, Optional<String> namnd, boolean xhtml, boolean pptx, boolean documents) {
    this(planSource, templates, output, displayBase, previews, sourceDate, namnd, xhtml, pptx, documents, true);
  }

  public RenderRequest(Path planSource, Path templates, Path output, Path displayBase, boolean previews,
      Optional<Instant> sourceDate, Optional<String> namnd, boolean xhtml, boolean pptx) {
    this(planSource, templates, output, displayBase, previews, sourceDate, namnd, xhtml, pptx, true);
  }

  public RenderRequest(Path planSource, Path templates, Path output, Path displayBase, boolean previews,
      Optional<Instant> sourceDate, Optional<String> namnd, boolean xhtml) {
    this(planSource, templates, output, displayBase, previews, sourceDate, namnd, xhtml, true);
  }

  public RenderRequest(Path planSource, Path templates, Path output, Path displayBase, boolean previews,
      Optional<Instant> sourceDate, Optional<String> namnd) {
    this(planSource, templates, output, displayBase, previews, sourceDate, namnd, false);
  }

  public RenderRequest(
      Path planSource, Path templates, Path output, Path displayBase, boolean previews, Optional<Instant> sourceDate) {
    this(planSource, templates, output, displayBase, previews, sourceDate, Optional.empty());
  }

  RenderRequest withOutput(Path folder) {
    return new RenderRequest(planSource, templates, folder, displayBase, previews, sourceDate, namnd, xhtml, pptx,
        documents, webb, previous);
  }
}
