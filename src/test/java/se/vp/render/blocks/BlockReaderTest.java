package se.vp.render.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import se.vp.render.blocks.Paragraph.Kind;
import se.vp.render.blocks.Run.Change;

class BlockReaderTest {

  static Document xhtml(String head, String body) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>" + head + "</head><body>" + body + "</body></html>")));
  }

  static List<Block> blocks(String body) throws Exception {
    return BlockReader.read(xhtml("", body)).blocks();
  }

  private static Run text(String text) {
    return new Run(text, false, false, false, Change.NONE, List.of());
  }

  @Test
  void readsHeadingsParagraphsAndCaptionsWithTheirKindAndClasses() throws Exception {
    assertEquals(List.of(
        new Paragraph(Kind.H2, List.of(), List.of(text("Rubrik"))),
        new Paragraph(Kind.P, List.of("ingress", "stor"), List.of(text("Inledning"))),
        new Paragraph(Kind.CAPTION, List.of(), List.of(text("Tabell 1")))),
        blocks("<h2>Rubrik</h2><p class=\"ingress  stor\">Inledning</p><caption>Tabell 1</caption>"));
    assertEquals(2, Kind.H2.headingLevel());
    assertEquals(0, Kind.P.headingLevel());
  }

  @Test
  void collapsesWhitespaceAsABrowserShowsIt() throws Exception {
    assertEquals(List.of(new Paragraph(Kind.P, List.of(), List.of(text("Att "), text("främja"), text(" väl")))),
        blocks("<p>\n   Att <span> främja</span>\t väl \n</p>"));
  }

  @Test
  void textBetweenBlocksBecomesAParagraphOfItsOwnInsideItsDivision() throws Exception {
    assertEquals(List.of(new Division(List.of("bara-pdf"), List.of(
        new Paragraph(Kind.TEXT, List.of(), List.of(text("före"))),
        new Paragraph(Kind.P, List.of(), List.of(text("mitt"))),
        new Paragraph(Kind.TEXT, List.of(), List.of(text("efter")))))),
        blocks("<div class=\"bara-pdf\">före<p>mitt</p> efter <p>  </p></div>"));
  }

  @Test
  void runsCarryTheLookAndClassesOfTheElementsAroundThem() throws Exception {
    Paragraph paragraph = (Paragraph) blocks(
        "<p><span class=\"tagg\"><b>Nr</b> <i>31</i></span><br/><ins>ny</ins><del>gammal</del></p>").get(0);
    assertEquals(List.of(
        new Run("Nr", false, true, false, Change.NONE, List.of("tagg")),
        new Run(" ", false, false, false, Change.NONE, List.of("tagg")),
        new Run("31", false, false, true, Change.NONE, List.of("tagg")),
        new Run("", true, false, false, Change.NONE, List.of()),
        new Run("ny", false, false, false, Change.INSERTED, List.of()),
        new Run("gammal", false, false, false, Change.DELETED, List.of())), paragraph.runs());
  }

  @Test
  void readsNestedListsAndKeepsAnEmptyNumberedList() throws Exception {
    assertEquals(List.of(
        new ItemList(false, List.of(), List.of(
            new ItemList.Item(List.of(), List.of(text("ett")), List.of(new ItemList(false, List.of(), List.of(
                new ItemList.Item(List.of(), List.of(text("ett.a")), List.of()))))),
            new ItemList.Item(List.of("sista"), List.of(text("två")), List.of()))),
        new ItemList(true, List.of(), List.of())),
        blocks("<ul><li>ett<ul><li>ett.a</li></ul></li><li class=\"sista\"><p>två</p></li></ul><ol></ol>"));
  }

  @Test
  void readsATablesCaptionHeaderRowsSpansAndColumnShares() throws Exception {
    Table table = (Table) blocks("<table class=\"titelblock\" style=\"width: 50%\"><caption>Budget</caption>"
        + "<thead><tr><th style=\"width: 60%\">Område</th><th>Mnkr</th><th>Andel</th></tr></thead>"
        + "<tbody><tr class=\"summa\"><td colspan=\"2\">Summa</td><td class=\"belopp\"><p>151,3</p></td></tr></tbody>"
        + "</table>").get(0);
    assertEquals(List.of("titelblock"), table.classes());
    assertEquals(0.5, table.width());
    assertEquals(List.of(0.6, 0.2, 0.2), table.columns());
    assertEquals(List.of(text("Budget")), table.caption());
    assertEquals(List.of(true, false), table.rows().stream().map(Table.Row::header).toList());
    Table.Row sum = table.rows().get(1);
    assertEquals(List.of("summa"), sum.classes());
    assertEquals(new Table.Cell(2, false, List.of(), List.of(new Paragraph(Kind.TEXT, List.of(), List.of(text("Summa"))))),
        sum.cells().get(0));
    assertEquals(new Table.Cell(1, false, List.of("belopp"), List.of(new Paragraph(Kind.P, List.of(), List.of(text("151,3"))))),
        sum.cells().get(1));
  }

  @Test
  void readsALayoutTableAndTheRowHeadersOfALabelValueTable() throws Exception {
    Table layout = (Table) blocks("<table role=\"presentation\"><tr><td>Region</td></tr></table>").get(0);
    assertTrue(layout.layout());
    Table data = (Table) blocks("<table><tbody><tr><th scope=\"row\">Ramanslag 2025</th><td>146,8</td><th>x</th></tr>"
        + "</tbody></table>").get(0);
    assertFalse(data.layout());
    assertEquals(List.of(true, false, false), data.rows().get(0).cells().stream().map(Table.Cell::rowHeader).toList());
  }

  @Test
  void leavesOutATableWithoutRowsAndAParagraphWithoutText() throws Exception {
    assertTrue(blocks("<table><caption>Tom</caption></table><p> <span> </span> </p>").isEmpty());
  }

  @Test
  void readsTitleAuthorSubjectDescriptionMarkingAndTheRunningHeaderAndFooter() throws Exception {
    Document document = xhtml("<title> VP 2026 </title><meta name=\"author\" content=\"Regional tillväxtnämnd\"/>"
        + "<meta name=\"subject\" content=\"Beslutsunderlag\"/><meta name=\"vp:markering\" content=\"UTKAST\"/>"
        + "<meta name=\"description\" content=\"Förslag till beslut om VP 2026.\"/>",
        "<div class=\"sidhuvud\">Region  Örebro\n län</div><p>Text</p><div class=\"sidfot\">Sida</div>");
    assertEquals(new Metadata("VP 2026", "Regional tillväxtnämnd", "Beslutsunderlag",
        "Förslag till beslut om VP 2026.", "UTKAST", "Region Örebro län", "Sida"),
        BlockReader.read(document).metadata());
  }
}
