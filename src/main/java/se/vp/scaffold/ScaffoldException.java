package se.vp.scaffold;

/** What is wrong with what the editor asked for, in Swedish; nothing was written. */
public final class ScaffoldException extends Exception {

  private static final long serialVersionUID = 1L;

  ScaffoldException(String message) {
    super(message, null, false, false);
  }
}
