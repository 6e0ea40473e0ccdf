package se.vp.render.pptx;

/** Text from the plan for XML: escaped, and without the characters XML 1.0 cannot hold, which a template may carry. */
final class XmlText {

  private XmlText() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (allowed(c)) {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  /** XML 1.0's Char production; a lone surrogate comes out of codePoints() as itself and is dropped here. */
  private static boolean allowed(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
