package se.vp.source;

import java.util.regex.Pattern;
import se.vp.diagnostic.Location;

/**
 * A YAML scalar with its text exactly as written, so that 3.0 keeps its decimal and "4.10" is not
 * read as 4.1. The type follows the YAML 1.2 core schema for plain scalars, without octal and
 * hexadecimal forms (a plan has no use for them and they surprise).
 */
public record YamlScalar(String text, Type type, Location at) implements YamlNode {

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
