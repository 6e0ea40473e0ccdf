package se.vp.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.vp.text.WordDiff.Kind;

/**
 * Which tokens of two sequences stay (LIKA), go (BORT) and come (NY), bounded in time and memory
 * whatever the input: texts come from pull requests, and a full table of common subsequences for
 * 60 000 words against 60 000 needs 14 GB.
 *
 * <p>Texts of a real plan, up to {@link #MATRIX_CELLS} token pairs once their common start is
 * set aside, are compared with the full table, as they always were. Longer ones are compared by
 * Myers' O((N+M)·D) algorithm after their common end is set aside too, up to {@link #MAX_EDITS}
 * edits and {@link #MAX_TOKENS} tokens a side; beyond those the differing middle is shown coarse,
 * as all of the one taken away and all of the other put in.
 */
final class EditScript {

  /** The largest full table: 4 million cells, 16 MB. */
  static final long MATRIX_CELLS = 4_000_000;
  /** At most this many edits are looked for: Myers keeps about MAX_EDITS² ints, 4 MB. */
  static final int MAX_EDITS = 1_000;
  /** At most this many differing tokens a side: Myers's snakes are then bounded too. */
  static final int MAX_TOKENS = 50_000;

  private EditScript() {}

  /** The steps from x to y, deletions before insertions where both are shortest. */
  static List<Kind> steps(List<String> x, List<String> y) {
    int prefix = 0;
    while (prefix < x.size() && prefix < y.size() && x.get(prefix).equals(y.get(prefix))) {
      prefix++;
    }
    List<Kind> steps = new ArrayList<>(Collections.nCopies(prefix, Kind.LIKA));
    List<String> restX = x.subList(prefix, x.size());
    List<String> restY = y.subList(prefix, y.size());
    if (fitsMatrix(restX.size(), restY.size())) {
      steps.addAll(matrixSteps(restX, restY));
      return steps;
    }
    int suffix = 0;
    while (suffix < restX.size() && suffix < restY.size()
        && restX.get(restX.size() - 1 - suffix).equals(restY.get(restY.size() - 1 - suffix))) {
      suffix++;
    }
    List<String> middleX = restX.subList(0, restX.size() - suffix);
    List<String> middleY = restY.subList(0, restY.size() - suffix);
    List<Kind> middle = middleX.size() > MAX_TOKENS || middleY.size() > MAX_TOKENS
        ? null : myers(middleX, middleY);
    steps.addAll(middle == null ? coarse(middleX.size(), middleY.size()) : deletionsFirst(middle));
    steps.addAll(Collections.nCopies(suffix, Kind.LIKA));
    return steps;
  }

  static boolean fitsMatrix(int n, int m) {
    return (long) (n + 1) * (m + 1) <= MATRIX_CELLS;
  }

  /**
   * The length of the longest common subsequence of x[i..] and y[j..] at {@code i * (m + 1) + j};
   * only for sizes that {@link #fitsMatrix fit}.
   */
  static int[] commonSuffixLengths(List<String> x, List<String> y) {
    int width = y.size() + 1;
    int[] common = new int[(x.size() + 1) * width];
    for (int i = x.size() - 1; i >= 0; i--) {
      for (int j = y.size() - 1; j >= 0; j--) {
        common[i * width + j] = x.get(i).equals(y.get(j))
            ? common[(i + 1) * width + j + 1] + 1
            : Math.max(common[(i + 1) * width + j], common[i * width + j + 1]);
      }
    }
    return common;
  }

  /** The longest common subsequence, a match taken as soon as it is seen, deletions first. */
  private static List<Kind> matrixSteps(List<String> x, List<String> y) {
    int[] common = commonSuffixLengths(x, y);
    int width = y.size() + 1;
    List<Kind> steps = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < x.size() || j < y.size()) {
      if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
        steps.add(Kind.LIKA);
        i++;
        j++;
      } else if (i < x.size() && (j == y.size() || common[(i + 1) * width + j] >= common[i * width + j + 1])) {
        steps.add(Kind.BORT);
        i++;
      } else {
        steps.add(Kind.NY);
        j++;
      }
    }
    return steps;
  }

  /**
   * Myers's greedy shortest edit script (1986), keeping each round's furthest reaches to trace
   * the path back; null when it needs more than {@link #MAX_EDITS} edits.
   */
  private static List<Kind> myers(List<String> x, List<String> y) {
    Map<String, Integer> ids = new HashMap<>();
    int[] a = ids(x, ids);
    int[] b = ids(y, ids);
    int n = a.length;
    int m = b.length;
    int offset = MAX_EDITS + 1;
    int[] reach = new int[2 * MAX_EDITS + 3];
    List<int[]> rounds = new ArrayList<>();
    for (int d = 0; d <= MAX_EDITS; d++) {
      rounds.add(Arrays.copyOfRange(reach, offset - d - 1, offset + d + 2));
      for (int k = -d; k <= d; k += 2) {
        int i = k == -d || (k != d && reach[offset + k - 1] < reach[offset + k + 1])
            ? reach[offset + k + 1] : reach[offset + k - 1] + 1;
        int j = i - k;
        while (i < n && j < m && a[i] == b[j]) {
          i++;
          j++;
        }
        reach[offset + k] = i;
        if (i >= n && j >= m) {
          return traceBack(rounds, n, m, d);
        }
      }
    }
    return null;
  }

  /** Walks back from (n, m) through the rounds; round d's array holds reaches -d-1 … d+1. */
  private static List<Kind> traceBack(List<int[]> rounds, int n, int m, int edits) {
    List<Kind> reversed = new ArrayList<>();
    int i = n;
    int j = m;
    for (int d = edits; d > 0; d--) {
      int[] before = rounds.get(d);
      int base = d + 1;
      int k = i - j;
      boolean down = k == -d || (k != d && before[base + k - 1] < before[base + k + 1]);
      int previousK = down ? k + 1 : k - 1;
      int previousI = before[base + previousK];
      int previousJ = previousI - previousK;
      while (i > previousI && j > previousJ) {
        reversed.add(Kind.LIKA);
        i--;
        j--;
      }
      reversed.add(down ? Kind.NY : Kind.BORT);
      i = previousI;
      j = previousJ;
    }
    while (i > 0) {
      reversed.add(Kind.LIKA);
      i--;
    }
    Collections.reverse(reversed);
    return reversed;
  }

  /** Each run of edits between two kept tokens as its deletions, then its insertions. */
  private static List<Kind> deletionsFirst(List<Kind> steps) {
    List<Kind> ordered = new ArrayList<>(steps.size());
    int deletions = 0;
    int insertions = 0;
    for (Kind step : steps) {
      if (step == Kind.LIKA) {
        ordered.addAll(coarse(deletions, insertions));
        deletions = 0;
        insertions = 0;
        ordered.add(step);
      } else if (step == Kind.BORT) {
        deletions++;
      } else {
        insertions++;
      }
    }
    ordered.addAll(coarse(deletions, insertions));
    return ordered;
  }

  private static List<Kind> coarse(int deletions, int insertions) {
    List<Kind> steps = new ArrayList<>(Collections.nCopies(deletions, Kind.BORT));
    steps.addAll(Collections.nCopies(insertions, Kind.NY));
    return steps;
  }

  /** Tokens as numbers, the same token the same number, so comparing them costs nothing. */
  private static int[] ids(List<String> tokens, Map<String, Integer> ids) {
    int[] numbers = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      numbers[i] = ids.computeIfAbsent(tokens.get(i), token -> ids.size());
    }
    return numbers;
  }
}
