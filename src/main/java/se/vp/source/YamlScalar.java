package se.vp.source;

import java.util.Optional;
import java.util.regex.Pattern;
import se.vp.diagnostic.Location;

/**
 * A YAML scalar with its text exactly as written, so that 3.0 keeps its decimal and "4.10" is not
 * read as 4.1. The type follows the YAML 1.2 core schema for plain scalars, without octal and
 * hexadecimal forms (a plan has no use for them and they surprise). {@code placeholder} is where a
 * placeholder of vp:new's stands in the file ({@link Placeholder}), when the text holds one.
 */
public record YamlScalar(String text, Type type, Location at, Optional<Location> placeholder) implements YamlNode {

  /** A scalar without vp:new's placeholder in it. */
  public YamlScalar(String text, Type type, Location at) {
    this(text, type, at, Optional.empty());
  }

  public enum Type {
    STRING,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    NULL
  }

  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");
  private static final Pattern NULL = Pattern.compile("|~|null|Null|NULL");

  public static Type resolvePlain(String text) {
    if (NULL.matcher(text).matches()) {
      return Type.NULL;
    }
    if (BOOLEAN.matcher(text).matches()) {
      return Type.BOOLEAN;
    }
    if (INTEGER.matcher(text).matches()) {
      return Type.INTEGER;
    }
    if (DECIMAL.matcher(text).matches()) {
      return Type.DECIMAL;
    }
    return Type.STRING;
  }

  /**
   * True when a number written so (INTEGER or DECIMAL) has at most {@link
   * SourceLimits#MAX_NUMBER_DIGITS} digits before and after its point once written out. Decided
   * from the text alone: the exponent's digits are counted before it is read as a number.
   */
  public static boolean withinNumberLimits(String number) {
    String unsigned = number.replaceFirst("^[-+]", "");
    int e = Math.max(unsigned.indexOf('e'), unsigned.indexOf('E'));
    String mantissa = e < 0 ? unsigned : unsigned.substring(0, e);
    int exponent = 0;
    if (e >= 0) {
      String digits = unsigned.substring(e + 1).replaceFirst("^[-+]", "").replaceFirst("^0+(?=.)", "");
      if (digits.length() > 3) {
        return false;
      }
      exponent = Integer.parseInt(unsigned.substring(e + 1).replace("+", ""));
    }
    int point = mantissa.indexOf('.');
    String digits = point < 0 ? mantissa : mantissa.substring(0, point) + mantissa.substring(point + 1);
    if (digits.length() > 2 * SourceLimits.MAX_NUMBER_DIGITS) {
      return false;
    }
    int pointAt = (point < 0 ? mantissa.length() : point) + exponent;
    int firstSignificant = 0;
    while (firstSignificant < digits.length() - 1 && digits.charAt(firstSignificant) == '0') {
      firstSignificant++;
    }
    int before = pointAt - firstSignificant;
    int after = digits.length() - pointAt;
    return before <= SourceLimits.MAX_NUMBER_DIGITS && after <= SourceLimits.MAX_NUMBER_DIGITS;
  }

  @Override
  public String kindWord() {
    return switch (type) {
      case STRING -> "en text";
      case INTEGER -> "ett heltal";
      case DECIMAL -> "ett decimaltal";
      case BOOLEAN -> "ett sanningsvärde";
      case NULL -> "ett tomt värde";
    };
  }
}
