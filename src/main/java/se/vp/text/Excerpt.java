package se.vp.text;

/** A few words of a text around one place in it, for a finding that points into a long text. */
public final class Excerpt {

  private static final int CONTEXT = 30;

  private Excerpt() {}

  /** The words within about 30 characters of {@code index}, whitespace as one space, with "…" where cut. */
  public static String around(String text, int index) {
    int start = Math.max(0, index - CONTEXT);
    int end = Math.min(text.length(), index + CONTEXT);
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    String words = text.substring(start, end).replaceAll("\\s+", " ").strip();
    return (start > 0 ? "… " : "") + words + (end < text.length() ? " …" : "");
  }
}
