package se.vp.render.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.vp.render.blocks.ItemList;
import se.vp.render.blocks.Paragraph.Kind;
import se.vp.render.blocks.Paragraph;
import se.vp.render.blocks.Run;
import se.vp.render.blocks.Table;
import se.vp.render.ooxml.ReferenceCleaner;

class WordStylesTest {

  private static Paragraph paragraph(Kind kind, String... classes) {
    return new Paragraph(kind, List.of(classes), List.of());
  }

  private static Run run(boolean bold, String... classes) {
    return new Run("x", false, bold, false, Run.Change.NONE, List.of(classes));
  }

  @Test
  void mapsElementsAndClassesToParagraphStyles() {
    assertEquals("heading 1", WordStyles.paragraphStyle(paragraph(Kind.H1)));
    assertEquals("heading 4", WordStyles.paragraphStyle(paragraph(Kind.H4)));
    assertEquals("heading 4", WordStyles.paragraphStyle(paragraph(Kind.H6)));
    assertEquals("Ingress", WordStyles.paragraphStyle(paragraph(Kind.P, "ingress")));
    assertEquals("Mål", WordStyles.paragraphStyle(paragraph(Kind.P, "stor", "mal")));
    assertEquals("Normal", WordStyles.paragraphStyle(paragraph(Kind.P, "liten")));
    assertEquals("Normal", WordStyles.paragraphStyle(paragraph(Kind.TEXT, "mal")));
    assertEquals("caption", WordStyles.paragraphStyle(paragraph(Kind.CAPTION)));
  }

  @Test
  void mapsListsByOrderAndDepth() {
    ItemList bullets = new ItemList(false, List.of(), List.of());
    assertEquals("List Bullet", WordStyles.listStyle(bullets, 0));
    assertEquals("List Bullet 2", WordStyles.listStyle(bullets, 1));
    assertEquals("List Number", WordStyles.listStyle(new ItemList(true, List.of(), List.of()), 1));
  }

  @Test
  void givesARunTheCharacterStyleOfTheInnermostClassThatHasOne() {
    assertEquals(Optional.of("Etikett"), WordStyles.characterStyle(run(false, "tagg")));
    assertEquals(Optional.of("Markering"), WordStyles.characterStyle(run(false, "tagg", "markering")));
    assertEquals(Optional.empty(), WordStyles.characterStyle(run(false, "liten")));
    assertTrue(WordStyles.bold(run(false, "nr")));
    assertTrue(WordStyles.bold(run(true)));
    assertFalse(WordStyles.bold(run(false, "tagg")));
  }

  @Test
  void mapsTableClassesToTableStyleAlignmentAndTheSumRow() {
    Table.Row sum = new Table.Row(false, List.of("summa"), List.of(new Table.Cell(1, false, List.of("belopp"), List.of())));
    assertEquals("Titelblock", WordStyles.tableStyle(new Table(List.of("titelblock"), false, 1, List.of(1.0), List.of(), List.of(sum))));
    assertEquals("Tabell", WordStyles.tableStyle(new Table(List.of(), false, 1, List.of(1.0), List.of(), List.of(sum))));
    assertTrue(WordStyles.sumRow(sum));
    assertTrue(WordStyles.rightAligned(sum.cells().get(0)));
  }

  @Test
  void skipsTheRunningHeaderFooterAndWhatIsForPdfOnly() {
    assertTrue(WordStyles.skipped(List.of("sidhuvud")));
    assertTrue(WordStyles.skipped(List.of("stor", "sidfot")));
    assertTrue(WordStyles.skipped(List.of("bara-pdf")));
    assertFalse(WordStyles.skipped(List.of("ingress")));
  }

  @Test
  void readsTheTextWidthFromTheReferenceDocumentsPageLessItsMargins() throws Exception {
    // A4, 11906 twips wide, less the margins 1361 and 1134 of templates/referens.docx.
    assertEquals(9411, ReferenceDocument.load(
        ReferenceCleaner.read(Path.of("templates"), "templates", ReferenceCleaner.WORD), "templates").textWidthTwips());
  }
}
