package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lists say which commit of plan-source they come from: the committed plan rendered in a
 * repository of its own, committed to, edited, and rendered again.
 */
class PlanSourceCommitRenderTest {

  @TempDir Path root;

  private String git(String... args) throws Exception {
    return PlanSourceCommitTest.git(root, args);
  }

  private String pdf(RenderProject project) throws IOException {
    try (PDDocument document = Loader.loadPDF(project.output.resolve("sammanstallning.pdf").toFile())) {
      return RenderTest.normalize(ReadingOrder.text(document));
    }
  }

  private static String docx(RenderProject project) throws IOException {
    String xml = UntrustedInputTest.zipEntry(project.output.resolve("sammanstallning.docx"), "word/document.xml");
    return RenderTest.normalize(xml.replaceAll("</w:p>", " ").replaceAll("<[^>]+>", ""));
  }

  private static String sentence(String commit, String tail) {
    return "Uppgifterna kommer från plan-source i incheckning " + commit.substring(0, 10) + ", gjord den 2 december 2026"
        + tail;
  }

  @Test
  void theListsNameTheirCommitAndSayWhenPlanSourceDiffersFromIt() throws Exception {
    RenderProject project = RenderProject.create(root);
    Files.writeString(root.resolve(".gitignore"), "output/\n");
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("commit", "-qm", "VP 2026");
    String first = git("rev-parse", "HEAD");

    assertFalse(project.render().upToDate());
    assertTrue(pdf(project).contains(sentence(first, ".")), pdf(project));
    assertTrue(docx(project).contains(sentence(first, ".")), docx(project));
    byte[] pdf = Files.readAllBytes(project.output.resolve("sammanstallning.pdf"));
    assertTrue(project.render().upToDate(), "the same commit and the same files");

    Files.writeString(root.resolve("LÄSMIG.md"), "Planen för 2026.\n");
    git("add", ".");
    git("commit", "-qm", "Läsmig");
    String second = git("rev-parse", "HEAD");
    assertFalse(project.render().upToDate(), "a new commit, plan-source as it was");
    assertTrue(pdf(project).contains(sentence(second, ".")), pdf(project));
    assertTrue(project.render().upToDate());

    project.edit("plan-source/plan.yaml", "status: förslag", "status: utkast");
    assertFalse(project.render().upToDate());
    assertTrue(pdf(project).contains(sentence(second, ", med ändringar som inte är incheckade.")), pdf(project));

    project.edit("plan-source/plan.yaml", "status: utkast", "status: förslag");
    git("checkout", "-q", first);
    assertFalse(project.render().upToDate());
    assertArrayEquals(pdf, Files.readAllBytes(project.output.resolve("sammanstallning.pdf")),
        "the same commit and the same files make the same bytes");
  }
}
