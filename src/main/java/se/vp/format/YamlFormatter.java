package se.vp.format;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Severity;
import se.vp.diagnostic.VpException;
import se.vp.source.FileKind;
import se.vp.source.PlanSource;

/**
 * Rewrites one file of plan-source into vp's canonical form, so that a diff shows only what
 * changed in the plan: keys in the order of the kind's JSON Schema, block style, two spaces,
 * scalars as written and quoted only where needed, one line per scalar, comments kept with what
 * they belong to. Formatting twice gives the same text, and the result means to vp exactly what
 * the file meant. A file vp:validate would refuse to read is not formatted.
 *
 * <p>SnakeYAML Engine reads the file with its comments; the output is written here, not by the
 * engine's dumper, which has its own ideas of line width, quoting and indentation.
 */
public final class YamlFormatter {

  /** Said of every file the formatter leaves as it is, after why. */
  static final String LEFT_AS_IS = "; filen formateras inte";

  /**
   * The canonical form of {@code text}, a file of the given kind; {@code file} is how findings
   * name it. A file plan-source's reader refuses is refused with the reader's finding.
   */
  public String format(String text, FileKind kind, String file) throws VpException {
    String source = normalized(text);
    Diagnostics refusals = new Diagnostics();
    if (PlanSource.yaml(source, file, refusals).isEmpty()) {
      Diagnostic refused = refusals.sorted().stream().filter(d -> d.severity() == Severity.FEL).findFirst().orElseThrow();
      throw new VpException(new Diagnostic(refused.location(), Severity.FEL, refused.code(),
          refused.message() + LEFT_AS_IS, refused.hint()), null);
    }
    CommentLines comments = CommentLines.of(source, CommentMarks.of(source, file));
    String read = source;
    Optional<Node> composed = Optional.empty();
    for (String reading : comments.readings()) {
      composed = composeWithComments(reading);
      if (composed.isPresent()) {
        read = reading;
        break;
      }
    }
    Node root = composed.orElseThrow(() -> CommentMarks.unreadableComments(file, null));
    String formatted = CanonicalWriter.write(TreeBuilder.build(root, read, comments, KeyOrder.of(kind), file));
    Node reread = composeWithComments(formatted)
        .orElseThrow(() -> new IllegalStateException("vp wrote YAML it cannot read back:\n" + formatted));
    if (!SameMeaning.of(root, reread)) {
      throw new IllegalStateException("formatting changed the meaning of the file:\n" + formatted);
    }
    return formatted;
  }

  /** LF line ends and no byte order mark: YAML reads CR LF and a BOM as LF and nothing. */
  private static String normalized(String text) {
    String lf = text.replace("\r\n", "\n").replace('\r', '\n');
    return lf.startsWith("\uFEFF") ? lf.substring(1) : lf;
  }

  /**
   * The file composed with its comments, or nothing where the engine's comment handling fails
   * on it: plan-source's reader has read the file, so it is YAML.
   */
  private static Optional<Node> composeWithComments(String text) {
    try {
      return new Compose(CommentMarks.settings()).composeString(text);
    } catch (YamlEngineException | ClassCastException e) {
      return Optional.empty();
    }
  }
}
