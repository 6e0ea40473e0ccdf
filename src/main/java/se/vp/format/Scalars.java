package se.vp.format;

import java.util.regex.Pattern;
import se.vp.format.Tree.Scalar;
import se.vp.source.TextCharacters;
import se.vp.source.YamlScalar;

/**
 * How a scalar is written: its text as it was, plain where plain YAML reads it back as the same
 * text of the same type, otherwise in double quotes with as few escapes as possible. Never folded
 * or wrapped, so a changed word is a changed line.
 */
final class Scalars {

  /**
   * Texts that other YAML tools read as numbers though vp reads them as text: dotted numbers such
   * as a fokusområde's 4.1.1, written in quotes like "4.1" (which would otherwise be a decimal) so
   * that every fokusområde number looks the same; hexadecimal, octal, infinity and NaN.
   */
  private static final Pattern LOOKS_LIKE_A_NUMBER = Pattern.compile(
      "[0-9]+(\\.[0-9]+)+|[-+]?0x[0-9a-fA-F]+|[-+]?0o[0-7]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

  private Scalars() {}

  static String write(Scalar scalar) {
    String value = scalar.value();
    if (scalar.plain() && YamlScalar.resolvePlain(value) != YamlScalar.Type.STRING) {
      // A number, a boolean or null, kept exactly as written: 3.0 stays 3.0.
      return value;
    }
    return canBePlain(value) ? value : quoted(value);
  }

  /** Whether a text written plain is read back as the same text, and as a text. */
  static boolean canBePlain(String text) {
    return YamlScalar.resolvePlain(text) == YamlScalar.Type.STRING
        && !LOOKS_LIKE_A_NUMBER.matcher(text).matches()
        && isPlainSyntax(text);
  }

  private static boolean isPlainSyntax(String text) {
    if (text.isEmpty() || text.startsWith("---") || text.startsWith("...")) {
      return false;
    }
    char first = text.charAt(0);
    if ("[]{},#&*!|>'\"%@`".indexOf(first) >= 0) {
      return false;
    }
    if ("-?:".indexOf(first) >= 0 && (text.length() == 1 || text.charAt(1) == ' ')) {
      return false;
    }
    if (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ') {
      return false;
    }
    if (text.contains(": ") || text.contains(" #") || text.endsWith(":")) {
      return false;
    }
    return text.codePoints().allMatch(Scalars::isPrintable);
  }

  /**
   * Characters written as themselves; the rest are escaped (and force quotes). Direction controls
   * are escaped so that a reviewer sees them in a diff rather than a line that reads differently.
   */
  private static boolean isPrintable(int c) {
    return !TextCharacters.isDirectionControl(c) && c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F)
        && c != 0x2028 && c != 0x2029 && c != 0xFEFF && c != 0xFFFE && c != 0xFFFF
        && !(c >= 0xD800 && c <= 0xDFFF);
  }

  static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    text.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        case 0 -> out.append("\\0");
        case 0x1B -> out.append("\\e");
        case 0x85 -> out.append("\\N");
        case 0x2028 -> out.append("\\L");
        case 0x2029 -> out.append("\\P");
        default -> {
          if (isPrintable(c)) {
            out.appendCodePoint(c);
          } else if (c <= 0xFF) {
            out.append(String.format("\\x%02X", c));
          } else {
            out.append(String.format("\\u%04X", c));
          }
        }
      }
    });
    return out.append('"').toString();
  }
}
