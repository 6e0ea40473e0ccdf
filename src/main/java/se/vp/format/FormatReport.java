package se.vp.format;

import java.util.List;
import se.vp.diagnostic.Diagnostic;

/**
 * What formatting plan-source found: the files not in canonical form (rewritten, unless only
 * checked), sorted by path, and the findings for files that could not be formatted because vp
 * cannot read them; vp:validate reports those too, under the same codes.
 */
public record FormatReport(List<FormattedFile> files, List<Diagnostic> diagnostics) {

  public FormatReport {
    files = List.copyOf(files);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Every file could be read and is in canonical form. */
  public boolean isCanonical() {
    return files.isEmpty() && diagnostics.isEmpty();
  }
}
