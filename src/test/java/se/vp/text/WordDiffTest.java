package se.vp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.vp.text.WordDiff.Kind;
import se.vp.text.WordDiff.Piece;

class WordDiffTest {

  /** Issue 14: two texts of 60 000 different words each made the comparison fill a 6 GB heap. */
  @Test
  void comparesSixtyThousandWordsAgainstSixtyThousandInBoundedTimeAndMemory() {
    String before = words(60_000, "ord");
    String after = words(60_000, "term");
    List<Piece> pieces = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> WordDiff.pieces(before, after));
    assertEquals(before, side(pieces, Kind.BORT));
    assertEquals(after, side(pieces, Kind.NY));
    String difference = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> WordDiff.firstDifference(before, after));
    assertTrue(difference.length() < 1_000, difference.length() + " characters");
  }

  @Test
  void findsAFewChangesInALongTextWordByWord() {
    List<String> x = new ArrayList<>(List.of(words(60_000, "ord").split(" ")));
    List<String> y = new ArrayList<>(x);
    y.set(100, "nytt");
    y.remove(30_000);
    y.add(50_000, "till");
    String before = String.join(" ", x);
    String after = String.join(" ", y);
    List<Piece> pieces = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> WordDiff.pieces(before, after));
    assertEquals(List.of(" ord100", " ord30000"), changed(pieces, Kind.BORT));
    assertEquals(List.of(" nytt", " till"), changed(pieces, Kind.NY));
    assertEquals(before, side(pieces, Kind.BORT));
    assertEquals(after, side(pieces, Kind.NY));
  }

  /** The full table, as it was before the bounds, gives the same result for a plan's texts. */
  @Test
  void comparesShortTextsExactlyAsTheFullTableDid() {
    Random random = new Random(14);
    String[] vocabulary = {"att", "främja", "ett", "väl", "fungerande", "strukturer", ",", ".", "och", "för"};
    for (int round = 0; round < 2_000; round++) {
      String before = randomText(random, vocabulary);
      String after = randomText(random, vocabulary);
      assertEquals(FullTable.pieces(before, after), WordDiff.pieces(before, after), before + " | " + after);
      assertEquals(FullTable.firstDifference(before, after), WordDiff.firstDifference(before, after),
          before + " | " + after);
    }
  }

  private static String randomText(Random random, String[] vocabulary) {
    StringBuilder text = new StringBuilder();
    int count = random.nextInt(25);
    for (int i = 0; i < count; i++) {
      text.append(random.nextInt(4) == 0 ? "  " : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
    }
    return text.toString();
  }

  private static String words(int count, String stem) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : " ").append(stem).append(i);
    }
    return text.toString();
  }

  /** The text of one side: what stays with what goes (BORT) or with what comes (NY). */
  private static String side(List<Piece> pieces, Kind kind) {
    StringBuilder text = new StringBuilder();
    pieces.stream().filter(p -> p.kind() == Kind.LIKA || p.kind() == kind).forEach(p -> text.append(p.text()));
    return text.toString();
  }

  private static List<String> changed(List<Piece> pieces, Kind kind) {
    return pieces.stream().filter(p -> p.kind() == kind).map(Piece::text).toList();
  }
}
