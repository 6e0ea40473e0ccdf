package se.vp.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.vp.DocxConformance;
import se.vp.Outcome;
import se.vp.PdfConformance;
import se.vp.TestPlan;
import se.vp.Vp;
import se.vp.diagnostic.Code;

/** vp:diff as the goal runs it: one count of every finding, and the documents dated as asked. */
class DiffOutcomeTest {

  @TempDir Path folder;

  private Outcome diff(Optional<Instant> sourceDate) {
    return diff("main", sourceDate, Optional.empty());
  }

  private Outcome diff(String base, Optional<Instant> sourceDate, Optional<String> author) {
    return Vp.diff(new Vp.Diff(new Vp.Project(folder.resolve("plan-source"), folder, Optional.empty(), false),
        Path.of("templates"), folder.resolve("output"), Optional.of(base), false, sourceDate, author));
  }

  private static final PersonIdent ANNA = GitFixture.person("Anna Andersson", "2025-10-01T09:00:00Z");
  private static final PersonIdent BERTIL = GitFixture.person("Bertil Berg", "2025-10-02T10:30:00Z");

  /**
   * The committed plan tagged vp-2025, then two commits by two people, each changing a file of its
   * own: Anna rewords uppdrag Nr 31, Bertil raises the ramanslag.
   */
  private GitFixture twoAuthors(PersonIdent second) throws Exception {
    GitFixture repository = GitFixture.withCommittedPlan(folder);
    repository.git.tag().setName("vp-2025").call();
    repository.plan.edit("uppdrag/nr-31-kompetensforsorjningsstrukturer.yaml", "främja ett väl", "främja väl");
    repository.commit("Nr 31 kortare", ANNA);
    repository.plan.edit("ekonomi.yaml", "  mnkr: 151.3", "  mnkr: 151.9")
        .edit("ekonomi.yaml", "föregående-år-mnkr: 146.8", "föregående-år-mnkr: 147.4");
    repository.commit("Ramanslaget enligt fullmäktiges beslut", second);
    return repository;
  }

  /** Each w:del and w:ins of the change report's DOCX as "del|author|date|text", read from word/document.xml. */
  private List<String> tracked() throws Exception {
    byte[] xml;
    try (ZipFile docx = new ZipFile(folder.resolve("output/ändringar.docx").toFile())) {
      xml = docx.getInputStream(docx.getEntry("word/document.xml")).readAllBytes();
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    List<String> changes = new ArrayList<>();
    for (String tag : List.of("del", "ins")) {
      NodeList found = document.getElementsByTagNameNS(W, tag);
      for (int i = 0; i < found.getLength(); i++) {
        Element change = (Element) found.item(i);
        NodeList texts = change.getElementsByTagNameNS(W, tag.equals("del") ? "delText" : "t");
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < texts.getLength(); t++) {
          text.append(texts.item(t).getTextContent());
        }
        changes.add(tag + "|" + change.getAttributeNS(W, "author") + "|" + change.getAttributeNS(W, "date") + "|" + text);
      }
    }
    return changes;
  }

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  @Test
  void countsTheFindingThatStopsTheComparisonWithThePlans() {
    TestPlan.committed(folder);

    Outcome outcome = diff(Optional.empty());

    assertTrue(outcome.findings().stream().anyMatch(d -> d.code() == Code.VP401), outcome.findings().toString());
    assertEquals("1 fel, " + TestPlan.COMMITTED_WARNINGS + " varningar. Ingen jämförelse gjordes; output/ är oförändrad.", outcome.failure().orElseThrow());
    assertTrue(outcome.notes().isEmpty(), "no '0 fel' before the error: " + outcome.notes());
  }

  @Test
  void datesTheChangeReportByTheReproducibleBuildsTime() throws Exception {
    try (GitFixture repository = GitFixture.withCommittedPlan(folder)) {
      repository.plan.edit("uppdrag/nr-31-kompetensforsorjningsstrukturer.yaml", "främja ett väl", "främja väl");
      Instant time = Instant.parse("2025-11-01T12:00:00Z");

      Outcome outcome = diff(Optional.of(time));

      assertEquals(Optional.empty(), outcome.failure());
      try (PDDocument pdf = Loader.loadPDF(folder.resolve("output/ändringar.pdf").toFile())) {
        Calendar created = pdf.getDocumentInformation().getCreationDate();
        assertEquals(time.toEpochMilli(), created.getTimeInMillis());
      }
    }
  }

  /** Issue 13: each tracked change is signed by the author of the commit that changed its file, at that commit's time. */
  @Test
  void signsEachTrackedChangeWithTheAuthorAndDateOfTheCommitThatMadeIt() throws Exception {
    try (GitFixture repository = twoAuthors(BERTIL)) {
      Outcome outcome = diff("vp-2025", Optional.empty(), Optional.empty());

      assertEquals(Optional.empty(), outcome.failure());
      assertEquals(List.of("del|Anna Andersson|2025-10-01T09:00:00Z| ett", "del|Bertil Berg|2025-10-02T10:30:00Z|151,3",
          "del|Bertil Berg|2025-10-02T10:30:00Z|146,8", "ins|Bertil Berg|2025-10-02T10:30:00Z|151,9",
          "ins|Bertil Berg|2025-10-02T10:30:00Z|147,4"), tracked());
      try (PDDocument pdf = Loader.loadPDF(folder.resolve("output/ändringar.pdf").toFile())) {
        String text = new PDFTextStripper().getText(pdf);
        assertFalse(text.contains("Anna Andersson") || text.contains("Bertil Berg"), "the PDF shows no author: " + text);
      }
    }
  }

  /** Issue 13: the report names the base and the proposal, each by its short id and date. */
  @Test
  void namesBothRevisionsByShortIdAndDate() throws Exception {
    try (GitFixture repository = twoAuthors(BERTIL)) {
      String base = repository.git.getRepository().resolve("vp-2025^{commit}").name();
      String head = repository.git.getRepository().resolve("HEAD").name();

      diff("vp-2025", Optional.empty(), Optional.empty());

      String markdown = Files.readString(folder.resolve("output/ändringar.md"));
      assertTrue(markdown.contains("Förslaget jämfört med vp-2025 (" + base.substring(0, 10) + ") (14 september 2025): "),
          markdown);
      assertTrue(markdown.contains("\nFörslaget är HEAD (" + head.substring(0, 10) + ") (2 oktober 2025).\n"), markdown);
      try (PDDocument pdf = Loader.loadPDF(folder.resolve("output/ändringar.pdf").toFile())) {
        String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("Förslaget är HEAD (" + head.substring(0, 10) + ") (2 oktober 2025)."), text);
      }
    }
  }

  /** Work not yet committed is signed by git's user.name at the run's time, and the report says it is there. */
  @Test
  void signsUncommittedWorkByTheUserAtTheTimeOfTheRun() throws Exception {
    try (GitFixture repository = twoAuthors(BERTIL)) {
      StoredConfig config = repository.git.getRepository().getConfig();
      config.setString("user", null, "name", "Cecilia Ceder");
      config.save();
      repository.plan.edit("plan.yaml", "status: förslag", "status: beslutad");

      diff("vp-2025", Optional.of(Instant.parse("2025-11-01T12:00:00Z")), Optional.empty());

      assertTrue(tracked().containsAll(List.of("del|Cecilia Ceder|2025-11-01T12:00:00Z|förslag",
          "ins|Cecilia Ceder|2025-11-01T12:00:00Z|beslutad", "del|Anna Andersson|2025-10-01T09:00:00Z| ett")),
          tracked().toString());
      assertTrue(Files.readString(folder.resolve("output/ändringar.md"))
          .contains(" (2 oktober 2025), med ändringar som inte är incheckade.\n"));
    }
  }

  /** -Dvp.author signs every change with one name; each keeps its commit's time. */
  @Test
  void signsEveryChangeWithTheAuthorGivenAsAnOption() throws Exception {
    try (GitFixture repository = twoAuthors(BERTIL)) {
      diff("vp-2025", Optional.empty(), Optional.of("Nämndsekreteraren"));

      assertEquals(List.of("del|Nämndsekreteraren|2025-10-01T09:00:00Z| ett",
          "del|Nämndsekreteraren|2025-10-02T10:30:00Z|151,3", "del|Nämndsekreteraren|2025-10-02T10:30:00Z|146,8",
          "ins|Nämndsekreteraren|2025-10-02T10:30:00Z|151,9", "ins|Nämndsekreteraren|2025-10-02T10:30:00Z|147,4"),
          tracked());
    }
  }

  /**
   * An author's name comes from git history, which a pull request writes: control and bidi
   * characters are taken out, XML's characters escaped, and 10 000 characters cut to 100.
   */
  @Test
  void keepsAHostileAuthorNameToOneEscapedLineOfAHundredCharacters() throws Exception {
    String hostile = "Eve\u202e\u0007 & \"Mallory\" <x>" + "x".repeat(10_000);
    try (GitFixture repository = twoAuthors(GitFixture.person(hostile, "2025-10-02T10:30:00Z"))) {
      diff("vp-2025", Optional.empty(), Optional.empty());

      String stored = repository.git.getRepository().parseCommit(repository.git.getRepository().resolve("HEAD"))
          .getAuthorIdent().getName();
      assertTrue(stored.contains("\u202e") && stored.length() > 10_000, "git keeps the name as written");
      List<String> tracked = tracked();
      String author = tracked.get(1).split("\\|")[1];
      assertTrue(author.startsWith("Eve & \"Mallory\" "), author);
      assertEquals(100, author.codePointCount(0, author.length()), author);
      assertTrue(author.chars().noneMatch(c -> c < 0x20 || c == 0x202e), author);
      String xml;
      try (ZipFile docx = new ZipFile(folder.resolve("output/ändringar.docx").toFile())) {
        xml = new String(docx.getInputStream(docx.getEntry("word/document.xml")).readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
      }
      assertTrue(xml.contains("w:author=\"Eve &amp; &quot;Mallory&quot; "), xml.substring(0, 200));
      DocxConformance.assertConforms(Files.readAllBytes(folder.resolve("output/ändringar.docx")), "ändringar.docx");
      PdfConformance.assertConforms(Files.readAllBytes(folder.resolve("output/ändringar.pdf")), "ändringar.pdf");
    }
  }
}
