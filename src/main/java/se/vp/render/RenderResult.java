package se.vp.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.VpException;

/**
 * What a render did: the plan's findings (the last render's when nothing had changed), the files
 * or nämnd folders written, whether output/ was already made from the same input
 * ({@code upToDate}), and the finding that stopped it, when one did; output/ is then as it was.
 */
public record RenderResult(List<Diagnostic> findings, List<Path> written, boolean upToDate, Timings timings,
    Optional<VpException> failure) {

  public RenderResult {
    findings = List.copyOf(findings);
    written = List.copyOf(written);
  }
}
