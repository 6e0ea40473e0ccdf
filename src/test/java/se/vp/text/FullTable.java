package se.vp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.vp.text.WordDiff.Kind;
import se.vp.text.WordDiff.Piece;

/**
 * WordDiff as it was before issue 14 bounded it: a full table of common subsequences for every
 * comparison. Kept as the reference its results for a plan's texts must equal.
 */
final class FullTable {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

  private FullTable() {}

  /**
   * The first difference with two words of context, as "… främja väl …" against "… främja ett
   * väl …"; short texts with nothing in common at their start are shown whole.
   */
  public static String firstDifference(String a, String b) {
    List<String> x = tokens(WordDiff.normalize(a));
    List<String> y = tokens(WordDiff.normalize(b));
    if (!x.isEmpty() && !y.isEmpty() && !x.get(0).equals(y.get(0)) && a.length() + b.length() < 160) {
      return "\"" + WordDiff.normalize(a) + "\" mot \"" + WordDiff.normalize(b) + "\"";
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

  /**
   * The whole comparison of two wordings, word by word: what stays, what goes, what comes. Each
   * piece keeps the whitespace written before it, so the pieces of one side read as that side.
   */
  public static List<Piece> pieces(String before, String after) {
    return align(spacedTokens(before), spacedTokens(after));
  }

  /**
   * The comparison of two lists item by item, for lists of styrtal or uppdrag: an item is kept,
   * taken away or put in whole. Items after the first carry the "; " that separates them.
   */
  public static List<Piece> items(List<String> before, List<String> after) {
    return align(separated(before), separated(after));
  }

  private static List<String> separated(List<String> items) {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      tokens.add((i == 0 ? "" : "; ") + items.get(i));
    }
    return tokens;
  }

  /** Longest common subsequence of tokens compared without their leading space; deletions first. */
  private static List<Piece> align(List<String> x, List<String> y) {
    int[][] common = new int[x.size() + 1][y.size() + 1];
    for (int i = x.size() - 1; i >= 0; i--) {
      for (int j = y.size() - 1; j >= 0; j--) {
        common[i][j] = stripped(x.get(i)).equals(stripped(y.get(j)))
            ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Piece> pieces = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < x.size() || j < y.size()) {
      if (i < x.size() && j < y.size() && stripped(x.get(i)).equals(stripped(y.get(j)))) {
        add(pieces, Kind.LIKA, y.get(j));
        i++;
        j++;
      } else if (i < x.size() && (j == y.size() || common[i + 1][j] >= common[i][j + 1])) {
        add(pieces, Kind.BORT, x.get(i++));
      } else {
        add(pieces, Kind.NY, y.get(j++));
      }
    }
    return pieces;
  }

  private static String stripped(String token) {
    return token.startsWith("; ") ? token.substring(2) : token.strip();
  }

  private static void add(List<Piece> pieces, Kind kind, String text) {
    if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).kind() == kind) {
      Piece last = pieces.remove(pieces.size() - 1);
      pieces.add(new Piece(kind, last.text() + text));
    } else {
      pieces.add(new Piece(kind, text));
    }
  }

  /** Tokens with the whitespace before them: " främja", ",", " väl". */
  private static List<String> spacedTokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = Pattern.compile("\\s*([\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}])").matcher(text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
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

  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }
}
