package se.vp.source;

/**
 * Characters a plan text may not hold, or holds only with a warning: what the reader refuses and
 * what the formatter writes as escapes, so that both agree.
 */
public final class TextCharacters {

  private TextCharacters() {}

  /** Tab and line feed are ordinary in a text; every other control character is not. */
  public static boolean isControl(int c) {
    return c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF;
  }

  /** U+2028 and U+2029: no handling can show them, and YAML tools disagree on whether they end a line. */
  public static boolean isLineSeparator(int c) {
    return c == 0x2028 || c == 0x2029;
  }

  /** The embeddings, overrides and isolates of Unicode's bidirectional algorithm, and its marks. */
  public static boolean isDirectionControl(int c) {
    return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
  }
}
