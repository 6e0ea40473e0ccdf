package se.vp.format;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import se.vp.diagnostic.Code;
import se.vp.source.FileKind;
import se.vp.source.YamlScalar;

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

  /** The canonical form of {@code text}, a file of the given kind. */
  public String format(String text, FileKind kind) throws FormatException {
    String source = normalized(text);
    CommentLines comments = CommentLines.of(source, SourceGuard.check(source));
    String read = source;
    Optional<Node> composed = Optional.empty();
    for (String reading : comments.readings()) {
      composed = composeWithComments(reading);
      if (composed.isPresent()) {
        read = reading;
        break;
      }
    }
    Node root = composed.orElseThrow(() -> new FormatException(Code.VP006, 0, 0,
        "vp kan inte läsa filens kommentarer; filen formateras inte",
        Optional.of("skriv varje kommentar på en egen rad eller efter ett värde")));
    if (isNull(root)) {
      throw new FormatException(Code.VP004, 0, 0, "filen innehåller inga värden; filen formateras inte", Optional.empty());
    }
    String formatted = CanonicalWriter.write(TreeBuilder.build(root, read, comments, KeyOrder.of(kind)));
    Node reread = composeWithComments(formatted)
        .orElseThrow(() -> new IllegalStateException("vp wrote YAML it cannot read back:\n" + formatted));
    if (!SameMeaning.of(root, reread)) {
      throw new IllegalStateException("formatting changed the meaning of the file:\n" + formatted);
    }
    return formatted;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && scalar.getScalarStyle() == ScalarStyle.PLAIN
        && YamlScalar.resolvePlain(scalar.getValue()) == YamlScalar.Type.NULL;
  }

  /** LF line ends and no byte order mark: YAML reads CR LF and a BOM as LF and nothing. */
  private static String normalized(String text) {
    String lf = text.replace("\r\n", "\n").replace('\r', '\n');
    return lf.startsWith("\uFEFF") ? lf.substring(1) : lf;
  }

  /**
   * The file composed with its comments, or nothing where the engine's comment handling fails
   * on it: the file has passed {@link SourceGuard}, so it is YAML.
   */
  private static Optional<Node> composeWithComments(String text) {
    try {
      return new Compose(SourceGuard.settings()).composeString(text);
    } catch (YamlEngineException | ClassCastException e) {
      return Optional.empty();
    }
  }
}
