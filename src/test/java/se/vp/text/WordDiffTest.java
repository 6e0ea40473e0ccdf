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

  /** Issue 13: the report read "151,~~3~~9 Mnkr"; a figure is one word, its unit kept when only the figure changes. */
  @Test
  void replacesAFigureWholeAndKeepsItsUnit() {
    assertEquals(List.of(new Piece(Kind.LIKA, "Ramen är"), new Piece(Kind.BORT, " 151,3"), new Piece(Kind.NY, " 151,9"),
        new Piece(Kind.LIKA, " Mnkr i år.")), WordDiff.pieces("Ramen är 151,3 Mnkr i år.", "Ramen är 151,9 Mnkr i år."));
    assertEquals(List.of(new Piece(Kind.LIKA, "Ökar med"), new Piece(Kind.BORT, " 3,1"), new Piece(Kind.NY, " 3,15"),
        new Piece(Kind.LIKA, "\u00a0%")), WordDiff.pieces("Ökar med 3,1\u00a0%", "Ökar med 3,15\u00a0%"));
    assertEquals(List.of(new Piece(Kind.BORT, "3,1"), new Piece(Kind.NY, "3,5"), new Piece(Kind.LIKA, "%")),
        WordDiff.pieces("3,1%", "3,5%"));
  }

  @Test
  void keepsThousandsGroupedWithASpaceOrNoBreakSpaceTogether() {
    assertEquals(List.of(new Piece(Kind.LIKA, "Antal per"), new Piece(Kind.BORT, " 1 000"), new Piece(Kind.NY, " 10 000"),
        new Piece(Kind.LIKA, " invånare")), WordDiff.pieces("Antal per 1 000 invånare", "Antal per 10 000 invånare"));
    assertEquals(List.of(new Piece(Kind.LIKA, "Anslag"), new Piece(Kind.BORT, " 12\u00a0500"), new Piece(Kind.NY, " 16\u00a0503"),
        new Piece(Kind.LIKA, "\u00a0kr/åa")), WordDiff.pieces("Anslag 12\u00a0500\u00a0kr/åa", "Anslag 16\u00a0503\u00a0kr/åa"));
    assertEquals(List.of(new Piece(Kind.BORT, "12 500 kr/åa"), new Piece(Kind.NY, "16 503 kr")),
        WordDiff.pieces("12 500 kr/åa", "16 503 kr"));
    assertEquals(List.of(new Piece(Kind.LIKA, "Underskott"), new Piece(Kind.BORT, " −2,3"), new Piece(Kind.NY, " −1,1"),
        new Piece(Kind.LIKA, " Mnkr")), WordDiff.pieces("Underskott −2,3 Mnkr", "Underskott −1,1 Mnkr"));
  }

  @Test
  void replacesAnAmountWithItsUnitWhenTheUnitChanges() {
    assertEquals(List.of(new Piece(Kind.LIKA, "Ramen är"), new Piece(Kind.BORT, " 151,3 Mnkr"),
        new Piece(Kind.NY, " 151 300 tkr")), WordDiff.pieces("Ramen är 151,3 Mnkr", "Ramen är 151 300 tkr"));
  }

  @Test
  void keepsAYearAndTheNumberAfterItApart() {
    assertEquals(List.of(new Piece(Kind.LIKA, "År 2026"), new Piece(Kind.BORT, " 100"), new Piece(Kind.NY, " 200"),
        new Piece(Kind.LIKA, " platser")), WordDiff.pieces("År 2026 100 platser", "År 2026 200 platser"));
  }

  @Test
  void cutsWordsFiguresAndOtherCharactersApart() {
    assertEquals(List.of("4G", "-", "nät", "år", "2025", ".", "0", "–", "17", "−2,3 Mnkr", "(", "3,1%", ")", "\u00a0", "x",
        "\ud83d\ude00", "4.1.2", "ord5"), WordDiff.tokens("4G-nät år 2025. 0–17 −2,3 Mnkr (3,1%) \u00a0x \ud83d\ude00 4.1.2 ord5"));
  }

  /** VP208 quotes figures whole too. */
  @Test
  void quotesTheFirstDifferenceWithItsFiguresWhole() {
    String difference = WordDiff.firstDifference("Regionen avsätter 151,3 Mnkr för arbetet med kompetens under året",
        "Regionen avsätter 151,9 Mnkr för arbetet med kompetens under året");
    assertEquals("\"Regionen avsätter 151,3 Mnkr för arbetet …\" mot \"Regionen avsätter 151,9 Mnkr för arbetet …\"",
        difference);
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
