package se.vp.render.pdf.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.vp.text.Fonts;

/** Text is measured before it is drawn: what a painter draws keeps to the room it was given. */
class TextFitTest {

  private static final TextStyle STYLE = TextStyle.LABEL;

  @Test
  void wrapsAtSpacesAndNeverAtTheNoBreakSpacesOfAFigure() {
    String text = "Schablonanslag per årsarbetare 16\u00a0503\u00a0kr";
    double room = STYLE.width("Schablonanslag per") + 1;
    List<String> lines = TextFit.wrap(text, room, 3, STYLE);
    assertEquals(List.of("Schablonanslag per", "årsarbetare", "16\u00a0503\u00a0kr"), lines);
  }

  @Test
  void noLineIsWiderThanItsRoom() {
    for (String text : List.of("Kompetensförsörjning och utbildning", "Indexuppräkning 3,1 %", "x", "",
        "Lönekostnadsökningar", "Ett mycket långt namn på ett område som ingen skulle skriva",
        "Omställning ⇒ hållbar tillväxt", "Omställning⇒⇒⇒⇒hållbarhet")) {
      for (double room : new double[] {1, 20, 60, 113, 300}) {
        for (int lines = 1; lines <= 3; lines++) {
          List<String> wrapped = TextFit.wrap(text, room, lines, STYLE);
          assertTrue(wrapped.size() <= lines, wrapped.toString());
          wrapped.forEach(line -> assertTrue(STYLE.width(line) <= room, line + " in " + room));
        }
      }
    }
  }

  @Test
  void hyphenatesAWordWiderThanALineOnItsOwn() {
    List<String> lines = TextFit.wrap("Lönekostnadsökningar", STYLE.width("Lönekostnadsök-"), 2, STYLE);
    assertEquals(List.of("Lönekostnadsök-", "ningar"), lines);
  }

  @Test
  void leavesThreeLettersAtLeastOnEitherSideOfAHyphen() {
    List<String> lines = TextFit.wrap("prisuppräkning", STYLE.width("prisuppräknin-"), 2, STYLE);
    assertEquals(List.of("prisuppräkn-", "ing"), lines);
    assertEquals(List.of("Ge…"), TextFit.wrap("Genom", STYLE.width("Ge…"), 2, STYLE));
  }

  @Test
  void endsWhatDoesNotFitInAnEllipsis() {
    assertEquals("Kompetens…", TextFit.fit("Kompetensförsörjning", STYLE.width("Kompetens…"), STYLE));
    assertEquals("", TextFit.fit("Kompetensförsörjning", 1, STYLE));
  }

  @Test
  void replacesWhatNeitherFontCanShow() {
    assertEquals("Mål ? 6,3–6,1 %?", TextFit.printable("Mål 漢 6,3–6,1 %\u0007"));
    assertEquals("−2,3 och 16\u00a0503", TextFit.printable("−2,3 och 16\u00a0503"));
    assertEquals("Mål ⇒ 6,1 %", TextFit.printable("Mål ⇒ 6,1 %"));
  }

  /** ⇒ is measured in DejaVu Sans, which draws it, and not as Liberation Sans's box for a missing glyph. */
  @Test
  void measuresAMixedTextPieceByPieceEachInItsOwnFont() {
    String text = "Omställning ⇒ hållbar tillväxt";
    List<Fonts.Piece> pieces = Fonts.pieces(text);
    assertEquals(List.of(false, true, false), pieces.stream().map(Fonts.Piece::fallback).toList());
    double sum = 0;
    for (Fonts.Piece piece : pieces) {
      sum += STYLE.font(piece.fallback()).getStringBounds(piece.text(), Typeface.MEASURE).getWidth();
    }
    assertEquals(sum, STYLE.width(text));
    double arrow = STYLE.width("⇒");
    assertEquals(STYLE.font(true).getStringBounds("⇒", Typeface.MEASURE).getWidth(), arrow);
    assertNotEquals(STYLE.font(false).getStringBounds("⇒", Typeface.MEASURE).getWidth(), arrow);
  }
}
