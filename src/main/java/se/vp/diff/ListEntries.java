package se.vp.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.vp.text.WordDiff;
import se.vp.text.WordDiff.Kind;
import se.vp.text.WordDiff.Piece;

/**
 * A list compared as a list: each entry kept, added, removed, changed or moved, in the order of the
 * list after, a removed entry where it stood. Entries are the same entry when their identity is
 * (an item's id, a text's words); an entry that went from one place and came at another moved; one
 * that went and one that came with at least half their words alike are one entry changed.
 */
final class ListEntries {

  enum Fate {
    KVAR(""),
    TILLAGD("tillagd"),
    BORTTAGEN("borttagen"),
    ANDRAD("ändrad"),
    FLYTTAD("flyttad");

    private final String word;

    Fate(String word) {
      this.word = word;
    }

    String word() {
      return word;
    }
  }

  /** An entry with what became of it; {@code note} says where a moved entry went. */
  record Entry(Fate fate, List<Piece> pieces, String note) {
    Entry {
      pieces = List.copyOf(pieces);
    }
  }

  private ListEntries() {}

  static List<Entry> of(Change.Field field) {
    List<String> before = field.beforeItems();
    List<String> after = field.afterItems();
    List<Kind> steps = WordDiff.steps(field.beforeIds(), field.afterIds());
    Map<String, Integer> wentFrom = new HashMap<>();
    Set<String> came = new HashSet<>();
    List<Integer> removed = new ArrayList<>();
    List<Integer> added = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (Kind step : steps) {
      if (step == Kind.BORT) {
        wentFrom.putIfAbsent(field.beforeIds().get(i), i);
        removed.add(i);
      } else if (step == Kind.NY) {
        came.add(field.afterIds().get(j));
        added.add(j);
      }
      i += step == Kind.NY ? 0 : 1;
      j += step == Kind.BORT ? 0 : 1;
    }
    removed.removeIf(r -> came.contains(field.beforeIds().get(r)));
    added.removeIf(a -> wentFrom.containsKey(field.afterIds().get(a)));
    Map<Integer, Integer> changedFrom = pairs(removed, added, before, after);
    Set<Integer> paired = new HashSet<>(changedFrom.values());
    Set<Integer> gone = new HashSet<>(removed);
    List<Entry> entries = new ArrayList<>();
    i = 0;
    j = 0;
    for (Kind step : steps) {
      if (step == Kind.LIKA) {
        entries.add(new Entry(Fate.KVAR, List.of(new Piece(Kind.LIKA, after.get(j))), ""));
      } else if (step == Kind.BORT && gone.contains(i) && !paired.contains(i)) {
        entries.add(new Entry(Fate.BORTTAGEN, List.of(new Piece(Kind.BORT, before.get(i))), ""));
      } else if (step == Kind.NY) {
        String id = field.afterIds().get(j);
        if (wentFrom.containsKey(id)) {
          entries.add(new Entry(Fate.FLYTTAD, List.of(new Piece(Kind.LIKA, after.get(j))),
              "från plats " + (wentFrom.get(id) + 1) + " till " + (j + 1)));
        } else if (changedFrom.containsKey(j)) {
          entries.add(new Entry(Fate.ANDRAD, WordDiff.pieces(before.get(changedFrom.get(j)), after.get(j)), ""));
        } else {
          entries.add(new Entry(Fate.TILLAGD, List.of(new Piece(Kind.NY, after.get(j))), ""));
        }
      }
      i += step == Kind.NY ? 0 : 1;
      j += step == Kind.BORT ? 0 : 1;
    }
    return entries;
  }

  /**
   * Beyond this many pairs of a removed and an added entry to weigh, a list is compared as entries
   * removed and added only: a list of a file's size is not worth minutes.
   */
  static final long MAX_PAIRS = 1_000_000;

  /** Each added entry that is a removed one changed, by the removed one's place: the most alike first. */
  private static Map<Integer, Integer> pairs(List<Integer> removed, List<Integer> added, List<String> before,
      List<String> after) {
    Map<Integer, Integer> changedFrom = new HashMap<>();
    if ((long) removed.size() * added.size() > MAX_PAIRS) {
      return changedFrom;
    }
    Map<Integer, Set<String>> wordsAfter = new HashMap<>();
    added.forEach(a -> wordsAfter.put(a, words(after.get(a))));
    for (int r : removed) {
      Set<String> wordsBefore = words(before.get(r));
      Optional<Integer> best = Optional.empty();
      double bestShare = 0.5;
      for (int a : added) {
        double share = changedFrom.containsKey(a) ? 0 : shared(wordsBefore, wordsAfter.get(a));
        if (share >= bestShare && (best.isEmpty() || share > bestShare)) {
          best = Optional.of(a);
          bestShare = share;
        }
      }
      best.ifPresent(a -> changedFrom.put(a, r));
    }
    return changedFrom;
  }

  /** The share of the shorter text's words that the other has too. */
  private static double shared(Set<String> x, Set<String> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(x);
    common.retainAll(y);
    return (double) common.size() / Math.min(x.size(), y.size());
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    WordDiff.tokens(text.toLowerCase(Locale.ROOT)).stream()
        .filter(t -> Character.isLetterOrDigit(t.charAt(0))).forEach(words::add);
    return words;
  }
}
