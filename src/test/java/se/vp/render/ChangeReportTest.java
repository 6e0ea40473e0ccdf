package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
    return report(plan -> { });
  }

  private List<Path> report(java.util.function.Consumer<TestPlan> more) throws Exception {
    TestPlan.committed(before);
    TestPlan proposal = TestPlan.committed(after)
        .edit("uppdrag/nr-31-kompetensforsorjningsstrukturer.yaml", "främja ett väl", "främja väl")
        .edit("plan.yaml", "status: förslag", "status: beslutad");
    more.accept(proposal);
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
    assertTrue(markdown.contains("\n- **ändrad** status: <del>förslag</del> <ins>beslutad</ins>\n"), markdown);
  }

  @Test
  void marksTheChangesAsWordTrackedChangesASecretaryCanAcceptOrReject() throws Exception {
    report();
    List<List<String>> tracked = tracked();
    List<String> deleted = tracked.get(0);
    List<String> inserted = tracked.get(1);
    assertEquals(List.of("förslag", " ett"), deleted);
    assertEquals(List.of("beslutad"), inserted);

  }

  /** Issue 13: a screen reader read old and new text run together; now it says which is which. */
  @Test
  void givesDeletionsAndInsertionsWordsAScreenReaderSpeaks() throws Exception {
    report();
    try (PDDocument pdf = Loader.loadPDF(after.resolve("output/ändringar.pdf").toFile())) {
      String spoken = ReadingOrder.text(pdf).replaceAll("\\s+", " ");
      assertTrue(spoken.contains("borttaget: förslag tillagt: beslutad"), spoken);
      assertTrue(spoken.contains("Att främja borttaget: ett väl fungerande"), spoken);
    }
  }

  /** Issue 13: the same whole figures in every format, and the economy's change beside them. */
  @Test
  void showsAChangedFigureWholeInEveryFormat() throws Exception {
    report(plan -> plan.edit("ekonomi.yaml", "  mnkr: 151.3", "  mnkr: 151.9")
        .edit("ekonomi.yaml", "föregående-år-mnkr: 146.8", "föregående-år-mnkr: 147.4"));
    assertTrue(Files.readString(after.resolve("output/ändringar.md"))
        .contains("- **ändrad** ramanslag: 151,3 → 151,9\u00a0Mnkr (+0,6)\n"));
    try (PDDocument pdf = Loader.loadPDF(after.resolve("output/ändringar.pdf").toFile())) {
      String spoken = ReadingOrder.text(pdf).replace('\u00a0', ' ').replaceAll("\\s+", " ");
      assertTrue(spoken.contains("ramanslag (ändrad) förändring +0,6 Mnkr 151,3 Mnkr borttaget: 151,3 → tillagt: 151,9"
          + " Mnkr"), spoken);
    }
    List<List<String>> tracked = tracked();
    assertEquals(List.of("förslag", " ett", "151,3", "146,8"), tracked.get(0));
    assertEquals(List.of("beslutad", "151,9", "147,4"), tracked.get(1));
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

  /** The text of the DOCX's tracked deletions and insertions, checking each is signed. */
  private List<List<String>> tracked() throws Exception {
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
    return List.of(deleted, inserted);
  }
}
