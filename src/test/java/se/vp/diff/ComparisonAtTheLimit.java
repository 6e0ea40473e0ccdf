package se.vp.diff;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.vp.source.SourceLimits;
import se.vp.text.WordDiff;

/**
 * Two texts as large as a file of plan-source may be, compared as vp:diff compares them (word by
 * word, and as lists entry by entry) and as VP208 does (the same wording? the first difference),
 * for {@code ComparisonAtTheLimitTest} to run in a JVM of 256 MiB. The cases: every word
 * different, a few words changed, a word in every sentence changed, and the same few words with
 * figures over and over. Prints each comparison's time and the heap it had; exits 0 when all ended.
 *
 * <p>Usage: {@code ComparisonAtTheLimit}.
 */
public final class ComparisonAtTheLimit {

  private ComparisonAtTheLimit() {}

  public static void main(String[] args) {
    int size = SourceLimits.MAX_FILE_BYTES;
    String words = text("ord", size);
    List<String[]> cases = List.of(
        new String[] {"alla ord olika", words, text("term", size)},
        new String[] {"20 ord ändrade", words, changed(words, 20)},
        new String[] {"ett ord per mening ändrat", words, changed(words, size / 70)},
        new String[] {"samma ord med belopp om och om igen", repeated("Att främja 151,3 Mnkr. ", size),
            repeated("Att främja 151,9 Mnkr. ", size)});
    long total = 0;
    for (String[] pair : cases) {
      long start = cpu();
      int pieces = WordDiff.pieces(pair[1], pair[2]).size();
      long text = cpu();
      int entries = ListEntries.of(new Change.Field("punkter", sentences(pair[1]), sentences(pair[2]))).size();
      long list = cpu();
      boolean same = WordDiff.sameWording(pair[1], pair[2]);
      int first = WordDiff.firstDifference(pair[1], pair[2]).length();
      long wording = cpu();
      System.out.printf("%s, %d och %d tecken: text %d ms (%d bitar), lista %d ms (%d poster),"
          + " VP208 %d ms (%s, %d tecken)%n", pair[0], pair[1].length(), pair[2].length(), (text - start) / 1_000_000,
          pieces, (list - text) / 1_000_000, entries, (wording - list) / 1_000_000, same ? "samma" : "olika", first);
      total += wording - start;
    }
    System.out.printf("alla jämförelser klara: %d ms, heap högst %d MiB (tider i processortid för tråden)%n",
        total / 1_000_000, Runtime.getRuntime().maxMemory() >> 20);
  }

  /**
   * The thread's processor time: on a runner shared with other builds the clock on the wall says
   * more about them than about the comparison.
   */
  private static long cpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /** Words of the stem, numbered, in sentences of ten, to {@code size} characters. */
  private static String text(String stem, int size) {
    StringBuilder text = new StringBuilder(size);
    for (int i = 0; text.length() < size - 20; i++) {
      text.append(stem).append(i).append(i % 10 == 9 ? ". " : " ");
    }
    return text.toString().strip();
  }

  /** The text with {@code count} words, evenly spread, replaced. */
  private static String changed(String text, int count) {
    String[] words = text.split(" ");
    int every = Math.max(1, words.length / count);
    for (int i = 7; i < words.length; i += every) {
      words[i] = "nytt";
    }
    return String.join(" ", words);
  }

  private static String repeated(String phrase, int size) {
    return phrase.repeat(size / phrase.length()).strip();
  }

  private static List<String> sentences(String text) {
    return new ArrayList<>(Arrays.asList(text.split("(?<=\\.) ")));
  }
}
