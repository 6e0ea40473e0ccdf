package se.vp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import se.vp.render.word.DocxWriter;
import se.vp.render.writer.TemplateOutput;

/** The schema validation the DOCX tests rely on finds what it must, and only that. */
class DocxConformanceTest {

  private static final String XHTML = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>VP</title>"
      + "<meta name=\"description\" content=\"En tabell.\"/></head><body><h1>Rubrik</h1>"
      + "<table><caption>Ramanslag</caption><thead><tr><th>Område</th><th class=\"belopp\">Mnkr</th></tr></thead>"
      + "<tbody><tr><th scope=\"row\">Näringsliv</th><td class=\"belopp\">1,0</td></tr>"
      + "<tr class=\"summa\"><td>Summa</td><td class=\"belopp\">1,0</td></tr></tbody></table>"
      + "<table role=\"presentation\"><tr><td>Region<br/>Nämnd</td></tr></table><ol><li>ett</li></ol>"
      + "<p><del>förslag</del><ins>beslut</ins></p></body></html>";

  private static byte[] docx;

  @BeforeAll
  static void write() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var dom = factory.newDocumentBuilder().parse(new InputSource(new StringReader(XHTML)));
    docx = new DocxWriter(Path.of("templates"), "templates")
        .write(new TemplateOutput("t.ftlx", "t", XHTML, dom, Instant.parse("2025-11-18T00:00:00Z"))).get(0).bytes();
  }

  @Test
  void findsNothingWrongInADocxVpWrites() throws Exception {
    assertEquals(List.of(), DocxConformance.violations(docx));
  }

  @Test
  void findsAnAttributeTheSchemaDoesNotDefine() throws Exception {
    byte[] broken = edit(docx, "word/document.xml", xml -> replace(xml, " w:noHBand=\"1\"", " w:noHBand=\"1\" w:bogus=\"1\""));
    assertViolation(broken, "word/document.xml", "bogus");
  }

  @Test
  void findsElementsInTheWrongOrder() throws Exception {
    byte[] broken = edit(docx, "word/document.xml",
        xml -> replace(xml, "<w:tblLayout w:type=\"fixed\"/>", "").replace("</w:tblPr>", "<w:tblLayout w:type=\"fixed\"/></w:tblPr>"));
    assertViolation(broken, "word/document.xml", "tblLayout");
  }

  @Test
  void findsAPartNoSchemaDefinesAndAPartWithoutContentType() throws Exception {
    assertViolation(add(docx, "word/extra.xml", "<extra xmlns=\"urn:x\"/>"), "word/extra.xml", "no schema defines");
    assertViolation(add(docx, "word/extra.dat", "x"), "[Content_Types].xml", "'word/extra.dat' has no content type");
  }

  /** Word's own extensions are valid where the part declares them ignorable, and only there. */
  @Test
  void readsWordsExtensionsAsMarkupCompatibilityDirects() throws Exception {
    UnaryOperator<String> paraId = xml -> replace(xml, "<w:p>", "<w:p w14:paraId=\"1A2B3C4D\">");
    byte[] ignorable = edit(docx, "word/document.xml",
        xml -> paraId.apply(replace(xml, "<w:document ", "<w:document mc:Ignorable=\"w14\" ")));
    assertEquals(List.of(), DocxConformance.violations(ignorable));
    assertViolation(edit(docx, "word/document.xml", paraId), "word/document.xml", "paraId");
  }

  @Test
  void findsCorePropertiesOutsidePart2() throws Exception {
    byte[] lang = edit(docx, "docProps/core.xml", xml -> replace(xml, "<dc:title>", "<dc:title xml:lang=\"sv\">"));
    assertViolation(lang, "docProps/core.xml", "lang");
    byte[] date = edit(docx, "docProps/core.xml", xml -> replace(xml, "2025-11-18T00:00:00Z</dcterms:created>",
        "18 november 2025</dcterms:created>"));
    assertViolation(date, "docProps/core.xml", "W3CDTF");
  }

  private static void assertViolation(byte[] broken, String part, String text) throws Exception {
    List<String> violations = DocxConformance.violations(broken);
    assertTrue(violations.stream().anyMatch(v -> v.startsWith(part + ": ") && v.contains(text)), violations.toString());
  }

  private static String replace(String xml, String from, String to) {
    assertTrue(xml.contains(from), from + " is not in " + xml);
    return xml.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  private static byte[] edit(byte[] zip, String part, UnaryOperator<String> change) throws Exception {
    return rewrite(zip, part, change, null);
  }

  private static byte[] add(byte[] zip, String part, String content) throws Exception {
    return rewrite(zip, null, null, new String[] {part, content});
  }

  private static byte[] rewrite(byte[] zip, String part, UnaryOperator<String> change, String[] extra) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream copy = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        copy.putNextEntry(new ZipEntry(entry.getName()));
        byte[] bytes = in.readAllBytes();
        if (entry.getName().equals(part)) {
          bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        copy.write(bytes);
        copy.closeEntry();
      }
      if (extra != null) {
        copy.putNextEntry(new ZipEntry(extra[0]));
        copy.write(extra[1].getBytes(StandardCharsets.UTF_8));
        copy.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
