package se.vp.format;

import java.util.Optional;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;

/**
 * Why a file is left as it is: it cannot be read as YAML, or it uses something plan-source does
 * not allow (anchors, aliases, tags, duplicate keys). The finding is the one vp:validate gives,
 * under the same code, so the editor meets one explanation.
 */
public final class FormatException extends Exception {

  private static final long serialVersionUID = 1L;

  private final Code code;
  private final int line;
  private final int column;
  private final transient Optional<String> hint;

  FormatException(Code code, int line, int column, String message, Optional<String> hint) {
    super(message, null, false, false);
    this.code = code;
    this.line = line;
    this.column = column;
    this.hint = hint;
  }

  public Code code() {
    return code;
  }

  /** The line in the file, from 1; 0 for the file as a whole. */
  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public Optional<String> hint() {
    return hint;
  }

  /** Reports the finding against the file as the user sees it ("plan-source/uppdrag/x.yaml"). */
  public void reportTo(Diagnostics out, String file) {
    out.report(code, line == 0 ? Location.ofFile(file) : new Location(file, line, column), getMessage(), hint);
  }
}
