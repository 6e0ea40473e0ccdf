package se.vp.render;

import se.vp.diagnostic.Diagnostic;

/** A render that cannot go on, with the finding that says why in the user's terms. */
public final class RenderException extends Exception {

  private final transient Diagnostic diagnostic;

  public RenderException(Diagnostic diagnostic, Throwable cause) {
    super(diagnostic.format(), cause);
    this.diagnostic = diagnostic;
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
