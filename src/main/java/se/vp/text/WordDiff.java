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

  /**
   * A figure as the handlingar write it is one word, so a changed figure is replaced whole and
   * never shown as "151,~~3~~9": a sign (− or -, only where no word goes before), thousands grouped
   * by a space or no-break space ("12 500"; a first group of four digits is a year, not a group),
   * a decimal comma ("151,3"), a point for numbering ("4.1.2"), and its unit ("151,3 Mnkr",
   * "3,1 %", "3,1%", "16 503 kr").
   */
  static final String FIGURE = "(?<![\\p{L}\\p{N}])[−-]?(?:\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3}(?!\\d))+|\\d+)"
      + "(?:[,.]\\d+(?![\\p{L}]))*(?:[ \\u00a0\\u202f]?[%‰]|[ \\u00a0\\u202f](?:Mdkr|Mnkr|mnkr|tkr|kr)(?:/\\p{L}+)?(?![\\p{L}\\p{N}]))?";

  /** The unit at the end of a figure, with the space before it. */
  private static final Pattern UNIT = Pattern.compile("[ \\u00a0\\u202f]?(?:[%‰]|(?:Mdkr|Mnkr|mnkr|tkr|kr)(?:/\\p{L}+)?)$");

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

  /**
   * Which entries of two lists stay, go and come, for lists compared entry by entry; bounded as
   * the word comparison is.
   */
  public static List<Kind> steps(List<String> before, List<String> after) {
    return EditScript.steps(before, after);
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
    return sameUnitKept(pieces);
  }

  /**
   * A figure replaced by another of the same unit reads as "~~151,3~~ 151,9 Mnkr": the unit is
   * kept, only the figure goes and comes.
   */
  private static List<Piece> sameUnitKept(List<Piece> pieces) {
    List<Piece> kept = new ArrayList<>();
    for (int p = 0; p < pieces.size(); p++) {
      Piece piece = pieces.get(p);
      Piece next = p + 1 < pieces.size() ? pieces.get(p + 1) : null;
      String unit = next == null || piece.kind() != Kind.BORT || next.kind() != Kind.NY ? "" : unit(piece.text());
      if (!unit.isEmpty() && unit.equals(unit(next.text())) && isFigure(piece.text()) && isFigure(next.text())) {
        add(kept, new Piece(Kind.BORT, withoutEnd(piece.text(), unit)));
        add(kept, new Piece(Kind.NY, withoutEnd(next.text(), unit)));
        add(kept, new Piece(Kind.LIKA, unit));
        p++;
      } else {
        add(kept, piece);
      }
    }
    return kept;
  }

  /** Whether a text is one figure, with or without its unit: "151,3 Mnkr", "3,1 %", "1 720". */
  public static boolean isFigure(String text) {
    return text.strip().matches(FIGURE);
  }

  /** The unit at the end of a figure with the space before it ("\u00a0Mnkr"), or "". */
  public static String unit(String figure) {
    Matcher unit = UNIT.matcher(figure);
    return unit.find() ? unit.group() : "";
  }

  private static String withoutEnd(String text, String end) {
    return text.substring(0, text.length() - end.length());
  }

  /** A piece after another of its kind joins it. */
  private static void add(List<Piece> pieces, Piece piece) {
    Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
    if (last != null && last.kind() == piece.kind()) {
      pieces.set(pieces.size() - 1, new Piece(piece.kind(), last.text() + piece.text()));
    } else {
      pieces.add(piece);
    }
  }

  private static String stripped(String token) {
    return token.strip();
  }

  /** Tokens with the whitespace before them: " främja", ",", " väl". */
  private static List<String> spacedTokens(String text) {
    return Tokens.of(text, true);
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
    return Tokens.of(text, false);
  }

}
