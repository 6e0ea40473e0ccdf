package se.vp.diagnostic;

/**
 * The one failure of vp's core: a step that cannot go on, with the finding that says why in the
 * user's terms. What caused it (a library's exception) is kept for whoever asks for internals.
 */
public final class VpException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient Diagnostic diagnostic;

  public VpException(Diagnostic diagnostic, Throwable cause) {
    super(diagnostic.format(), cause);
    this.diagnostic = diagnostic;
  }

  /** A finding of a code's own severity, at a place, with a hint when one helps. */
  public static VpException of(Code code, Location at, String message, java.util.Optional<String> hint, Throwable cause) {
    return new VpException(new Diagnostic(at, code.severity(), code, message, hint), cause);
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
