package se.vp.maven;

import se.vp.diagnostic.OneLine;

/**
 * An exception as Maven may print it, with every message of its chain made one line. Maven puts
 * the message of each cause behind a failed goal into its [ERROR] line, and -e or vp.debug print
 * them in the stack trace; a library's message can quote the plan (a key, a value, YAML vp wrote),
 * so the copy shows its line breaks as OneLine does. The stack trace is the original's.
 */
final class OneLineException extends RuntimeException {

  /** Deep enough for any library's chain, and an end for a chain that loops. */
  private static final int MAX_CAUSES = 16;

  private OneLineException(Throwable original, Throwable cause) {
    super(OneLine.text(original.toString()), cause, false, true);
    setStackTrace(original.getStackTrace());
  }

  static Throwable of(Throwable original) {
    return of(original, 0);
  }

  private static Throwable of(Throwable original, int depth) {
    if (original == null || depth == MAX_CAUSES) {
      return null;
    }
    return new OneLineException(original, of(original.getCause() == original ? null : original.getCause(), depth + 1));
  }

  /** The original's class and message, as its own toString() gave them. */
  @Override
  public String toString() {
    return getMessage();
  }
}
