package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.DocxConformance;
import se.vp.PdfConformance;
import se.vp.TestPlan;
import se.vp.Validation;
import se.vp.diff.Comparison;
import se.vp.diff.MarkdownReport;
import se.vp.model.Plan;
import se.vp.model.ResolvedPlan;
import se.vp.view.PlanViews;

/** The change report a reviewer reads: Markdown for the pull request, PDF, and Word with tracked changes. */
class ChangeReportTest {

  @TempDir Path before;
  @TempDir Path after;

  private List<Path> report() throws Exception {
    TestPlan.committed(before);
    TestPlan.committed(after)
        .edit("uppdrag/nr-31-kompetensforsorjningsstrukturer.yaml", "främja ett väl", "främja väl")
        .edit("plan.yaml", "status: förslag", "status: beslutad");
    Plan current = Validation.of(after.resolve("plan-source"), after).plan().orElseThrow();
    Comparison comparison = Comparison.of("main (abc1234)", "14 september 2025",
        PlanViews.of(ResolvedPlan.of(Validation.of(before.resolve("plan-source"), before).plan().orElseThrow())),
        PlanViews.of(ResolvedPlan.of(current)));
    return Renderer.renderChanges(new RenderRequest(after.resolve("plan-source"), Path.of("templates"),
        after.resolve("output"), after, false, Optional.empty()), comparison, current);
  }

  @Test
  void writesTheReportAsMarkdownPdfAndWord() throws Exception {
    List<Path> written = report();
    assertEquals(List.of("ändringar.docx", "ändringar.md", "ändringar.pdf"),
        written.stream().map(p -> p.getFileName().toString()).sorted().toList());
    String markdown = Files.readString(after.resolve("output/ändringar.md"));
    assertTrue(markdown.startsWith(MarkdownReport.MARKER + "\n### Ändringar i Verksamhetsplan med budget 2026\n"));
    assertTrue(markdown.contains("Förslaget jämfört med main (abc1234) (14 september 2025): 2 ändrade."), markdown);
    assertTrue(markdown.contains("  - text: Att främja<del> ett</del> väl fungerande strukturer"), markdown);
    assertTrue(markdown.contains("  - status: <del>förslag</del><ins>beslutad</ins>"), markdown);
  }

  @Test
  void marksTheChangesAsWordTrackedChangesASecretaryCanAcceptOrReject() throws Exception {
    report();
    WordprocessingMLPackage docx = WordprocessingMLPackage.load(after.resolve("output/ändringar.docx").toFile());
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var document = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(
        new java.io.StringReader(docx.getMainDocumentPart().getXML())));
    String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    List<String> deleted = new java.util.ArrayList<>();
    List<String> inserted = new java.util.ArrayList<>();
    for (String tag : List.of("del", "ins")) {
      var changes = document.getElementsByTagNameNS(w, tag);
      for (int i = 0; i < changes.getLength(); i++) {
        var change = (org.w3c.dom.Element) changes.item(i);
        assertEquals("vp", change.getAttributeNS(w, "author"));
        assertEquals("2025-11-18T00:00:00Z", change.getAttributeNS(w, "date"));
        var texts = change.getElementsByTagNameNS(w, tag.equals("del") ? "delText" : "t");
        for (int t = 0; t < texts.getLength(); t++) {
          (tag.equals("del") ? deleted : inserted).add(texts.item(t).getTextContent());
        }
      }
    }
    assertEquals(List.of("förslag", " ett"), deleted);
    assertEquals(List.of("beslutad"), inserted);

  }

  @Test
  void writesADocxValidInEveryPart() throws Exception {
    report();
    DocxConformance.assertConforms(Files.readAllBytes(after.resolve("output/ändringar.docx")), "ändringar.docx");
  }

  @Test
  void writesAnArchivableAccessiblePdf() throws Exception {
    report();
    byte[] pdf = Files.readAllBytes(after.resolve("output/ändringar.pdf"));
    PdfConformance.assertConforms(pdf, "ändringar.pdf");
    assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
  }
}
