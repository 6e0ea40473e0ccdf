package se.vp.render.writer;

import java.util.List;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.VpException;

/**
 * Writes one output format of a handling from what its template produced. Writers run side by side
 * for different handlingar, so a writer keeps no state between calls but what it read once from
 * templates/.
 */
public interface DocumentWriter {

  /** The format's name, which the timings also show for the writer's stage: PDF, DOCX. */
  String name();

  /**
   * The handling's files in this format, named relative to the nämnd's folder in output/ from
   * {@link TemplateOutput#fileName()}: one document, and any files that go with it.
   */
  List<OutputFile> write(TemplateOutput document) throws VpException;

  /** What the writer found in templates/ while writing, as warnings with the render's findings. */
  default List<Diagnostic> findings() {
    return List.of();
  }
}
