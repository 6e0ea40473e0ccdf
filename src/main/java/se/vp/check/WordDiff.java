package se.vp.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level comparison of two wordings of the same text, to say where they differ rather than
 * only that they do. Punctuation counts as words of its own: "uppväxtvillkor." and
 * "uppväxtvillkor samt" differ in a full stop and a word, not in one long word.
 */
final class WordDiff {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

  private WordDiff() {}

  /** Texts that differ only in spacing or a final full stop are the same wording. */
  static boolean sameWording(String a, String b) {
    return normalize(a).equals(normalize(b));
  }

  static String normalize(String text) {
    return text.strip().replaceAll("\\s+", " ").replaceAll("\\s*\\.$", "");
  }

  /**
   * The first difference with two words of context, as "… främja väl …" against "… främja ett
   * väl …"; short texts with nothing in common at their start are shown whole.
   */
  static String firstDifference(String a, String b) {
    List<String> x = tokens(normalize(a));
    List<String> y = tokens(normalize(b));
    if (!x.isEmpty() && !y.isEmpty() && !x.get(0).equals(y.get(0)) && a.length() + b.length() < 160) {
      return "\"" + normalize(a) + "\" mot \"" + normalize(b) + "\"";
    }
    int[][] common = new int[x.size() + 1][y.size() + 1];
    for (int i = x.size() - 1; i >= 0; i--) {
      for (int j = y.size() - 1; j >= 0; j--) {
        common[i][j] = x.get(i).equals(y.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
      i++;
      j++;
    }
    int endX = i;
    int endY = j;
    while (endX < x.size() || endY < y.size()) {
      if (endX < x.size() && endY < y.size() && x.get(endX).equals(y.get(endY))
          && common[endX][endY] == common[endX + 1][endY + 1] + 1) {
        break;
      }
      if (endY < y.size() && (endX == x.size() || common[endX][endY + 1] >= common[endX + 1][endY])) {
        endY++;
      } else {
        endX++;
      }
    }
    return "\"" + excerpt(x, i, endX) + "\" mot \"" + excerpt(y, j, endY) + "\"";
  }

  private static String excerpt(List<String> tokens, int from, int to) {
    int start = Math.max(0, from - 2);
    int end = Math.min(tokens.size(), to + 2);
    String text = join(tokens.subList(start, end));
    return (start > 0 ? "… " : "") + text + (end < tokens.size() ? " …" : "");
  }

  private static String join(List<String> tokens) {
    StringBuilder text = new StringBuilder();
    for (String token : tokens) {
      boolean punctuation = token.length() == 1 && !Character.isLetterOrDigit(token.charAt(0));
      if (text.length() > 0 && !(punctuation && ",.;:!?)".contains(token))) {
        text.append(' ');
      }
      text.append(token);
    }
    return text.toString();
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }
}
