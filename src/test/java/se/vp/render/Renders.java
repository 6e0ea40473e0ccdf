package se.vp.render;

import se.vp.Validation;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.VpException;

/** Renders as the core does, with vp's own checks; a render that fails throws its finding. */
final class Renders {

  private Renders() {}

  static RenderResult render(RenderRequest request) throws VpException {
    return render(request, OutputFolder.RENAME);
  }

  static RenderResult render(RenderRequest request, OutputFolder.Mover mover) throws VpException {
    RenderResult result = Renderer.render(request, timings ->
        Validation.of(request.planSource(), request.displayBase(), request.namnd(), timings).checked(), mover);
    if (result.failure().isPresent()) {
      throw result.failure().get();
    }
    return result;
  }

  static long errors(RenderResult result) {
    return result.findings().stream().filter(d -> d.severity() == Severity.FEL).count();
  }

  static long warnings(RenderResult result) {
    return result.findings().stream().filter(d -> d.severity() == Severity.VARNING).count();
  }
}
