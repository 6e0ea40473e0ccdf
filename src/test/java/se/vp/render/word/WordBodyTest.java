package se.vp.render.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import se.vp.render.blocks.BlockReader;
import se.vp.render.ooxml.PackageParts;

class WordBodyTest {

  /** Style ids as a Swedish Word names them; "Mål" is missing, as in a reference someone restyled. */
  private static Optional<String> swedishIds(String name) {
    return switch (name) {
      case "heading 1" -> Optional.of("Rubrik1");
      case "List Number" -> Optional.of("Numreradlista");
      case "Tabell" -> Optional.of("Tabell");
      case "Etikett" -> Optional.of("Etikett");
      default -> Optional.empty();
    };
  }

  private static String word(String body) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var xhtml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + body + "</body></html>")));
    AtomicLong numbering = new AtomicLong(10);
    return new WordBody(WordBodyTest::swedishIds, () -> Optional.of(numbering.incrementAndGet()),
        new WordBody.Revisions("vp", "2025-11-18T00:00:00Z"), 10000).write(BlockReader.read(xhtml).blocks());
  }

  @Test
  void writesParagraphsInTheReferenceDocumentsStyleIdsAndFallsBackToNormal() throws Exception {
    assertEquals("<w:p><w:pPr><w:pStyle w:val=\"Rubrik1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Mål</w:t></w:r></w:p>"
        + "<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Text</w:t></w:r></w:p>"
        + "<w:p><w:pPr></w:pPr><w:r><w:rPr><w:rStyle w:val=\"Etikett\"/><w:b/></w:rPr>"
        + "<w:t xml:space=\"preserve\">Nr 31</w:t></w:r></w:p>",
        word("<h1>Mål</h1><p class=\"mal\">Text</p><p><span class=\"tagg\"><b>Nr 31</b></span></p>"));
  }

  @Test
  void setsWhatTheMainFontsLackInTheFallbackFontRunByRun() throws Exception {
    assertEquals("<w:p><w:pPr></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">effekt 2026 </w:t></w:r>"
        + "<w:r><w:rPr><w:rFonts w:ascii=\"DejaVu Sans\" w:hAnsi=\"DejaVu Sans\" w:eastAsia=\"DejaVu Sans\""
        + " w:cs=\"DejaVu Sans\"/><w:b/></w:rPr><w:t xml:space=\"preserve\">⇒</w:t></w:r>"
        + "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\"> åtgärdskrav</w:t></w:r></w:p>",
        word("<p><b>effekt 2026 ⇒ åtgärdskrav</b></p>"));
  }

  @Test
  void startsEveryNumberedListAgainAtOne() throws Exception {
    String word = word("<ol><li>a</li></ol><ol><li>b</li></ol>");
    assertTrue(word.contains("<w:pStyle w:val=\"Numreradlista\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"11\"/>"));
    assertTrue(word.contains("<w:numId w:val=\"12\"/>"));
  }

  @Test
  void spreadsATablesColumnsOverItsShareOfTheTextWidth() throws Exception {
    String word = word("<table style=\"width: 50%\"><thead><tr><th style=\"width: 30%\">Område</th><th>Mnkr</th></tr></thead>"
        + "<tbody><tr class=\"summa\"><td>Summa</td><td class=\"belopp\">151,3</td></tr></tbody></table>");
    assertTrue(word.startsWith("<w:tbl><w:tblPr><w:tblStyle w:val=\"Tabell\"/><w:tblW w:w=\"2500\" w:type=\"pct\"/>"
        + "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0660\" w:firstRow=\"1\" w:lastRow=\"1\""), word);
    assertTrue(word.contains("<w:tblGrid><w:gridCol w:w=\"1500\"/><w:gridCol w:w=\"3500\"/></w:tblGrid>"), word);
    assertTrue(word.contains("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"), word);
    assertTrue(word.contains("<w:tcW w:w=\"3500\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr>"
        + "<w:r><w:t xml:space=\"preserve\">151,3</w:t>"), word);
  }

  @Test
  void givesAnEmptyCellTheParagraphWordRequires() throws Exception {
    assertTrue(word("<table><tr><td> </td></tr></table>").contains("</w:tcPr><w:p/></w:tc>"));
  }

  @Test
  void leavesOutTheRunningHeaderFooterAndWhatIsForPdfOnly() throws Exception {
    assertEquals("", word("<div class=\"sidhuvud\">Region</div><p class=\"bara-pdf\">PDF</p><div class=\"sidfot\">1</div>"));
  }

  @Test
  void writesInsertedAndDeletedTextAsTrackedChanges() throws Exception {
    String word = word("<p><del>ett väl</del><ins>väl</ins></p>");
    assertTrue(word.contains("<w:del w:id=\"1\" w:author=\"vp\" w:date=\"2025-11-18T00:00:00Z\"><w:r>"
        + "<w:delText xml:space=\"preserve\">ett väl</w:delText></w:r></w:del>"), word);
    assertTrue(word.contains("<w:ins w:id=\"2\" w:author=\"vp\""), word);
    assertFalse(word.contains("<w:delText xml:space=\"preserve\">väl"), word);
  }

  /** Issue 13: a change the template signs carries its author and time; one it does not, the report's. */
  @Test
  void signsATrackedChangeWithTheAuthorAndTimeTheTemplateGives() throws Exception {
    String word = word("<p><del data-author=\"Anna Andersson\" datetime=\"2025-10-01T09:00:00Z\">ett</del>"
        + " <ins>två</ins></p>");
    assertTrue(word.contains("<w:del w:id=\"1\" w:author=\"Anna Andersson\" w:date=\"2025-10-01T09:00:00Z\">"), word);
    assertTrue(word.contains("<w:ins w:id=\"2\" w:author=\"vp\" w:date=\"2025-11-18T00:00:00Z\">"), word);
  }

  /**
   * A template is untrusted, and what it signs with comes from git: the author is kept to one line
   * of a hundred characters and escaped, and a time that is no xsd:dateTime gives way to the report's.
   */
  @Test
  void keepsAHostileSignatureOutOfTheDocumentsMarkup() throws Exception {
    String word = word("<p><ins data-author=\"&lt;/w:ins&gt;&#x202E;&#x85;&#xA;&quot;" + "x".repeat(10_000)
        + "\" datetime=\"2025-10-01T09:00:00Z&quot;&gt;&lt;w:r\">väl</ins></p>");
    String author = "&lt;/w:ins&gt;&quot;" + "x".repeat(91);
    assertTrue(word.contains("<w:ins w:id=\"1\" w:author=\"" + author + "\" w:date=\"2025-11-18T00:00:00Z\">"), word);
    assertFalse(word.contains("\u202e") || word.contains("\u0085") || word.contains("\n"), word);
  }

  @Test
  void escapesTextAndDropsCharactersXmlCannotHold() {
    assertEquals("a &amp; &lt;b&gt; &quot;c&quot;", PackageParts.escape("a & <b> \"c\"\u0001"));
  }

  /** The bitmask form is what LibreOffice and Word 2007 read; without it they style every first row as a header. */
  @Test
  void writesTheTableLookAsABitmaskAndAsAttributes() throws Exception {
    assertTrue(word("<table><tr><td>Ramanslag 2025</td><td>146,8</td></tr></table>")
        .contains("<w:tblLook w:val=\"0600\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\""
            + " w:noHBand=\"1\" w:noVBand=\"1\"/>"));
  }

  @Test
  void givesATableItsCaptionAsAlternativeText() throws Exception {
    String word = word("<table><caption>Fördelning av ramanslaget &amp; \"FUM\"</caption><tr><td>a</td></tr></table>");
    assertTrue(word.contains("<w:tblCaption w:val=\"Fördelning av ramanslaget &amp; &quot;FUM&quot;\"/>"), word);
  }

  @Test
  void describesADataTableByItsColumnHeadingsAndNumberOfRows() throws Exception {
    String word = word("<table><caption>Uppdrag</caption><thead><tr><th>Nr</th><th>Uppdrag</th><th>Ligger under</th>"
        + "<th>Ursprung</th></tr></thead><tbody><tr><td>38</td><td>a</td><td>4.1</td><td>RF</td></tr>"
        + "<tr><td>41</td><td>b</td><td>4.2</td><td>RF</td></tr></tbody></table>");
    assertTrue(word.contains("<w:tblCaption w:val=\"Uppdrag\"/><w:tblDescription w:val=\"Tabell med 4 kolumner:"
        + " Nr, Uppdrag, Ligger under, Ursprung; 2 rader.\"/></w:tblPr>"), word);
    assertTrue(word("<table><tr><td>a</td></tr></table>").contains("<w:tblDescription w:val=\"Tabell med 1 kolumn; 1 rad.\"/>"));
  }

  @Test
  void namesATableWithoutCaptionAfterTheHeadingBeforeItOrElseItsColumnHeadings() throws Exception {
    String table = "<table><thead><tr><th>Datum</th><th>Vad som sker</th></tr></thead><tr><td>1</td><td>a</td></tr></table>";
    String underHeading = word("<h2>Tidigare</h2><h3>Bakgrund &amp; tidplan</h3><p>Text</p><ul><li>a</li></ul>" + table);
    assertTrue(underHeading.contains("<w:tblCaption w:val=\"Bakgrund &amp; tidplan\"/>"), underHeading);
    String alone = word(table);
    assertTrue(alone.contains("<w:tblCaption w:val=\"Tabell: Datum, Vad som sker\"/>"), alone);
    String bare = word("<table><tr><td>a</td></tr></table>");
    assertTrue(bare.contains("<w:tblCaption w:val=\"Tabell\"/>"), bare);
  }

  /** A label/value table as the economy's: its labels are row headers, which look like any other cell. */
  @Test
  void writesARowHeaderAsABodyCellAndNamesTheRowsInTheDescription() throws Exception {
    String rows = "<tr><%1$s>Ramanslag 2025</%2$s><td class=\"belopp\">146,8</td></tr>"
        + "<tr class=\"summa\"><%1$s>Ramanslag 2026</%2$s><td class=\"belopp\">151,3</td></tr>";
    String labelled = word("<table><caption>Ramanslag netto</caption><tbody>"
        + String.format(rows, "th scope=\"row\"", "th") + "</tbody></table>");
    String plain = word("<table><caption>Ramanslag netto</caption><tbody>" + String.format(rows, "td", "td")
        + "</tbody></table>");
    assertTrue(labelled.contains("<w:tblLook w:val=\"0640\" w:firstRow=\"0\" w:lastRow=\"1\" w:firstColumn=\"0\""),
        labelled);
    assertTrue(labelled.contains("<w:tblDescription w:val=\"Tabell med 2 kolumner; 2 rader:"
        + " Ramanslag 2025, Ramanslag 2026.\"/>"), labelled);
    assertFalse(labelled.contains("<w:tblHeader/>"), labelled);
    String mixed = word("<table><tbody><tr><th scope=\"row\">Ramanslag 2025</th><td>146,8</td></tr>"
        + "<tr><td colspan=\"2\">Inget reduceringskrav</td></tr></tbody></table>");
    assertTrue(mixed.contains("<w:tblDescription w:val=\"Tabell med 2 kolumner; 2 rader: Ramanslag 2025, Inget"
        + " reduceringskrav.\"/>"), mixed);
    String longTable = word("<table><tbody>" + "<tr><th scope=\"row\">Rad</th><td>1</td></tr>".repeat(13)
        + "</tbody></table>");
    assertTrue(longTable.contains("<w:tblDescription w:val=\"Tabell med 2 kolumner; 13 rader.\"/>"), longTable);
    String body = "</w:tblPr>";
    assertEquals(plain.substring(plain.indexOf(body)), labelled.substring(labelled.indexOf(body)));
  }

  /** A layout table, as the title block: what it holds is neither data nor headed, and it draws no lines. */
  @Test
  void writesALayoutTableWithoutHeaderRowAlternativeTextOrBorders() throws Exception {
    String word = word("<h1>VP 2026</h1><table role=\"presentation\" class=\"titelblock\"><thead><tr><th>Region</th>"
        + "</tr></thead><tr class=\"summa\"><td>TJÄNSTESKRIVELSE</td></tr></table>");
    assertTrue(word.contains("<w:tblStyle w:val=\"Normal\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
        + "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/>"
        + "<w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
        + "<w:tblLook w:val=\"0600\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\""
        + " w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"), word);
    assertFalse(word.contains("<w:tblHeader/>"), word);
    assertFalse(word.contains("<w:tblCaption"), word);
  }

  @Test
  void writesNoSpacerParagraphAfterATableOnlyBetweenTwoTablesAndAtTheEnd() throws Exception {
    String table = "<table><tr><td>a</td></tr></table>";
    String spacer = "<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:p>";
    String followed = word(table + "<p>Text</p>");
    assertFalse(followed.contains(spacer), followed);
    assertTrue(followed.contains("</w:tbl><w:p>"), followed);
    assertTrue(followed.contains("</w:tbl><w:p><w:pPr><w:spacing w:before=\"160\"/></w:pPr>"), followed);
    String heading = word(table + "<h2>Rubrik</h2>");
    assertTrue(heading.contains("</w:tbl><w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr>"), heading);
    String twoTables = word(table + table);
    assertTrue(twoTables.contains("</w:tbl>" + spacer + "<w:tbl>"), twoTables);
    assertTrue(twoTables.endsWith("</w:tbl>" + spacer), twoTables);
  }

  @Test
  void writesALineBreakInACellAsANewParagraph() throws Exception {
    String word = word("<table><tr><td>Förvaltningen<br/>Regionstyrelsen</td></tr></table>");
    assertFalse(word.contains("<w:br/>"), word);
    assertTrue(word.contains("Förvaltningen</w:t></w:r></w:p><w:p><w:pPr></w:pPr><w:r><w:t xml:space=\"preserve\">"
        + "Regionstyrelsen"), word);
  }

  /** A table the PDF keeps on one page (class hel) is kept so in Word: each row's text kept with the next row. */
  @Test
  void keepsATableMarkedWholeOnOnePage() throws Exception {
    String word = word("<table class=\"hel\"><tr><td>Ramanslag 2025</td><td class=\"belopp\">146,8</td></tr>"
        + "<tr><td>Index</td><td class=\"belopp\">4,6</td></tr>"
        + "<tr class=\"summa\"><td>Ramanslag 2026</td><td class=\"belopp\">151,3</td></tr></table>");
    assertEquals(4, word.split("<w:keepNext/>", -1).length - 1, word);
    assertTrue(word.contains("<w:p><w:pPr><w:keepNext/><w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">4,6"),
        word);
    assertTrue(word.contains("<w:p><w:pPr></w:pPr><w:r><w:t xml:space=\"preserve\">Ramanslag 2026"), word);
    assertFalse(word("<table><tr><td>a</td></tr><tr><td>b</td></tr></table>").contains("<w:keepNext/>"));
    assertTrue(word("<table class=\"hel\"><tr><td></td></tr><tr><td>b</td></tr></table>")
        .contains("</w:tcPr><w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc>"));
  }
}
