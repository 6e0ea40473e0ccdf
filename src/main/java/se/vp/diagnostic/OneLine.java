package se.vp.diagnostic;

/**
 * Text from the plan made safe for one line of a log. Keys, values and file names come from pull
 * requests, and CI reads the log line by line: a line break in a key would let a proposal write
 * lines of its own, such as a GitHub workflow command ({@code ::add-mask::}, {@code ::warning …::})
 * or a forged finding that the problem matcher and the Code Quality report then believe. So every
 * character that ends a line, moves the cursor or changes the direction of text is shown as its
 * code, {@code ⟨U+000A⟩}, the way vp names a character elsewhere ("otillåtet tecken U+0007"):
 * control characters (C0, DEL, C1), the line and paragraph separators U+2028 and U+2029, and the
 * bidi controls U+061C, U+200E, U+200F, U+202A–U+202E and U+2066–U+2069. The runners also obey
 * an older form of command anywhere in a line, {@code ##[add-mask]…} on GitHub and
 * {@code ##vso[…]} on Azure Pipelines, so the second '#' of those is shown as ⟨U+0023⟩.
 * Everything else, Swedish letters and typography included, is left as it is.
 */
public final class OneLine {

  private OneLine() {}

  /** The text with every character that could end the line or hide text shown as ⟨U+XXXX⟩. */
  public static String text(String text) {
    return escape(text, false);
  }

  /**
   * A file's path for the start of a finding: as {@link #text}, and a colon shown as ⟨U+003A⟩ too,
   * so that the first colon of a finding is the one after its path and a file named
   * {@code plan.yaml:1:1: fel: …} cannot move a finding to another place. The colon of a Windows
   * drive ({@code C:/…}) stays.
   */
  public static String path(String path) {
    boolean drive = path.length() > 2 && isAsciiLetter(path.charAt(0)) && path.charAt(1) == ':'
        && (path.charAt(2) == '/' || path.charAt(2) == '\\');
    return drive ? path.substring(0, 2) + escape(path.substring(2), true) : escape(path, true);
  }

  /**
   * A name from outside vp, such as a git commit's author, as one line: every character {@link
   * #hidden} hides, and those XML cannot hold (U+FFFE, U+FFFF, a lone surrogate), taken out rather
   * than shown, runs of whitespace made one space, and at most {@code max} characters kept.
   */
  public static String stripped(String text, int max) {
    StringBuilder out = new StringBuilder();
    int kept = 0;
    for (int i = 0; i < text.length() && kept < max; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean unpaired = Character.isSurrogate((char) c);
      if (hidden(c) || unpaired || c == 0xFFFE || c == 0xFFFF) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
          kept++;
        }
        continue;
      }
      out.appendCodePoint(c);
      kept++;
    }
    return out.toString().strip();
  }

  /** Whether the character is shown by its code on a line of the log. */
  public static boolean hidden(int c) {
    return Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029 || isBidiControl(c);
  }

  static boolean isBidiControl(int c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  private static String escape(String text, boolean colon) {
    if (text.contains("##")) {
      text = text.replace("##[", "#⟨U+0023⟩[").replace("##vso[", "#⟨U+0023⟩vso[");
    }
    if (text.chars().noneMatch(c -> hidden(c) || (colon && c == ':'))) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      if (hidden(c) || (colon && c == ':')) {
        out.append(String.format("⟨U+%04X⟩", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
