package se.vp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level comparison of two wordings of the same text, to say where they differ rather than
 * only that they do. Punctuation counts as words of its own: "uppväxtvillkor." and
 * "uppväxtvillkor samt" differ in a full stop and a word, not in one long word.
 */
public final class WordDiff {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

  /** A finding shows at most this many differing tokens of each text, so its line stays a line. */
  private static final int EXCERPT_TOKENS = 40;

  private WordDiff() {}

  /** Texts that differ only in spacing or a final full stop are the same wording. */
  public static boolean sameWording(String a, String b) {
    return normalize(a).equals(normalize(b));
  }

  public static String normalize(String text) {
    return text.strip().replaceAll("\\s+", " ").replaceAll("\\s*\\.$", "");
  }

  /**
   * The first difference with two words of context, as "… främja väl …" against "… främja ett
   * väl …"; short texts with nothing in common at their start are shown whole.
   */
  public static String firstDifference(String a, String b) {
    List<String> x = tokens(normalize(a));
    List<String> y = tokens(normalize(b));
    if (!x.isEmpty() && !y.isEmpty() && !x.get(0).equals(y.get(0)) && a.length() + b.length() < 160) {
      return "\"" + normalize(a) + "\" mot \"" + normalize(b) + "\"";
    }
    int i = 0;
    int j = 0;
    while (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
      i++;
      j++;
    }
    int[] ends = differenceEnds(x.subList(i, x.size()), y.subList(j, y.size()));
    int endX = i + ends[0];
    int endY = j + ends[1];
    return "\"" + excerpt(x, i, endX) + "\" mot \"" + excerpt(y, j, endY) + "\"";
  }

  /** What a piece of a compared text is: kept, taken away, or put in. */
  public enum Kind {
    LIKA,
    BORT,
    NY
  }

  /** A run of text with what happened to it, whitespace included as written. */
  public record Piece(Kind kind, String text) {}

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

  /**
   * Where the first difference of two token lists that differ at their start ends, as a count of
   * tokens of each: up to the first token of a longest common subsequence, preferring to take in
   * tokens of y first. Lists too long for the full table end at the first token kept.
   */
  private static int[] differenceEnds(List<String> x, List<String> y) {
    if (!EditScript.fitsMatrix(x.size(), y.size())) {
      int endX = 0;
      int endY = 0;
      for (Kind step : EditScript.steps(x, y)) {
        if (step == Kind.LIKA) {
          break;
        }
        if (step == Kind.BORT) {
          endX++;
        } else {
          endY++;
        }
      }
      return new int[] {endX, endY};
    }
    int[] common = EditScript.commonSuffixLengths(x, y);
    int width = y.size() + 1;
    int endX = 0;
    int endY = 0;
    while (endX < x.size() || endY < y.size()) {
      if (endX < x.size() && endY < y.size() && x.get(endX).equals(y.get(endY))
          && common[endX * width + endY] == common[(endX + 1) * width + endY + 1] + 1) {
        break;
      }
      if (endY < y.size() && (endX == x.size()
          || common[endX * width + endY + 1] >= common[(endX + 1) * width + endY])) {
        endY++;
      } else {
        endX++;
      }
    }
    return new int[] {endX, endY};
  }

  /** Tokens compared without their leading space; each run of changes its deletions first. */
  private static List<Piece> align(List<String> x, List<String> y) {
    List<Kind> steps = EditScript.steps(x.stream().map(WordDiff::stripped).toList(),
        y.stream().map(WordDiff::stripped).toList());
    List<Piece> pieces = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int i = 0;
    int j = 0;
    for (int s = 0; s < steps.size(); s++) {
      Kind step = steps.get(s);
      run.append(step == Kind.BORT ? x.get(i) : y.get(j));
      i += step == Kind.NY ? 0 : 1;
      j += step == Kind.BORT ? 0 : 1;
      if (s + 1 == steps.size() || steps.get(s + 1) != step) {
        pieces.add(new Piece(step, run.toString()));
        run.setLength(0);
      }
    }
    return pieces;
  }

  private static String stripped(String token) {
    return token.startsWith("; ") ? token.substring(2) : token.strip();
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
    int end = Math.min(tokens.size(), Math.min(to, from + EXCERPT_TOKENS) + 2);
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
