package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;
import se.vp.diagnostic.Code;

/** A render that cannot finish says why, in Swedish, with a place, and leaves output/ as it was. */
class RenderFailureTest {

  @TempDir Path project;
  Path templates;
  Path output;

  @BeforeEach
  void copyTemplatesAndFillOutput() throws IOException {
    TestPlan.committed(project);
    templates = project.resolve("templates");
    Files.createDirectories(templates);
    try (Stream<Path> files = Files.list(Path.of("templates"))) {
      for (Path file : files.toList()) {
        Files.copy(file, templates.resolve(file.getFileName().toString()));
      }
    }
    output = project.resolve("output");
    Files.createDirectories(output);
    Files.writeString(output.resolve("bildspel.pdf"), "förra renderingen");
  }

  private RenderResult render() throws RenderException {
    return Renderer.render(new RenderRequest(project.resolve("plan-source"), templates, output, project, false,
        Optional.empty()));
  }

  private RenderException failure(String template, String from, String to) throws IOException {
    String text = Files.readString(templates.resolve(template));
    assertTrue(text.contains(from), from);
    Files.writeString(templates.resolve(template), text.replace(from, to));
    return assertThrows(RenderException.class, this::render);
  }

  private void assertOutputUntouched() throws IOException {
    try (Stream<Path> files = Files.list(output)) {
      assertEquals(List.of(".vp-lås", "bildspel.pdf"), files.map(f -> f.getFileName().toString()).sorted().toList());
    }
    assertEquals("förra renderingen", Files.readString(output.resolve("bildspel.pdf")));
  }

  @Test
  void reportsAMissingValueAtItsPlaceInTheTemplateAndLeavesOutputAsItWas() throws IOException {
    RenderException e = failure("sammanstallning.ftlx", "<h1>Sammanställning", "<h1>${finnsInte}Sammanställning");
    assertEquals(Code.VP301, e.diagnostic().code());
    assertEquals("templates/sammanstallning.ftlx:23:7: fel: värdet 'finnsInte' finns inte i planens vy [VP301]",
        e.diagnostic().format());
    assertOutputUntouched();
  }

  @Test
  void reportsATemplateSyntaxError() throws IOException {
    RenderException e = failure("beslutsunderlag.ftlx", "<h1>${dokument.titel}</h1>", "<h1>${dokument.titel</h1>");
    assertEquals(Code.VP301, e.diagnostic().code());
    assertTrue(e.diagnostic().format().startsWith("templates/beslutsunderlag.ftlx:"), e.diagnostic().format());
    assertTrue(e.diagnostic().message().startsWith("mallen har ett syntaxfel"), e.diagnostic().message());
    assertOutputUntouched();
  }

  @Test
  void refusesATemplateThatCreatesJavaObjects() throws IOException {
    RenderException e = failure("bildspel.ftlx", "<body>",
        "<body><#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}");
    assertEquals("mallen försöker skapa ett Java-objekt med ?new, vilket mallar inte får", e.diagnostic().message());
    assertOutputUntouched();
  }

  @Test
  void refusesATemplateThatReachesTheJavaApi() throws IOException {
    RenderException e = failure("bildspel.ftlx", "<body>", "<body>${dokument?api.getClass()}");
    assertEquals("mallen använder ?api, vilket mallar inte får", e.diagnostic().message());
    assertOutputUntouched();
  }

  @Test
  void refusesToIncludeFilesOutsideTemplates() throws IOException {
    RenderException e = failure("bildspel.ftlx", "<body>", "<body><#include \"../plan-source/plan.yaml\">");
    assertEquals(Code.VP301, e.diagnostic().code());
    assertOutputUntouched();
  }

  @Test
  void refusesStylesheetsAndImagesOutsideTemplates() throws IOException {
    RenderException e = failure("sammanstallning.ftlx", "<link rel=\"stylesheet\" href=\"dokument.css\"/>",
        "<link rel=\"stylesheet\" href=\"dokument.css\"/><link rel=\"stylesheet\" href=\"file:///etc/passwd\"/>");
    assertEquals(Code.VP302, e.diagnostic().code());
    assertEquals("templates/sammanstallning.ftlx: fel: mallen hämtar file:///etc/passwd, som ligger utanför templates/"
        + " – lägg filen i templates/ och hänvisa till den med en relativ sökväg [VP302]", e.diagnostic().format());
    assertOutputUntouched();
  }

  @Test
  void refusesXmlEntitiesInATemplatesOutput() throws IOException {
    RenderException e = failure("bildspel.ftlx", "<html xmlns",
        "<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><html xmlns");
    assertEquals(Code.VP301, e.diagnostic().code());
    assertOutputUntouched();
  }

  @Test
  void refusesASecondRenderIntoTheSameOutputWhileOneIsRunning() throws RenderException {
    try (OutputFolder first = OutputFolder.open(output, "output")) {
      RenderException e = assertThrows(RenderException.class, () -> OutputFolder.open(output, "output"));
      assertEquals("output: fel: en annan vp:render skriver redan till output/ – vänta tills den är klar och kör igen [VP305]",
          e.diagnostic().format());
    }
  }

  @Test
  void rendersNothingFromAPlanWithErrors() throws IOException, RenderException {
    Files.writeString(project.resolve("plan-source/styrtal/trasig.yaml"), "txt: saknar text\n");
    RenderResult result = render();
    assertTrue(result.validation().errors() > 0);
    assertEquals(List.of(), result.written());
    assertEquals("förra renderingen", Files.readString(output.resolve("bildspel.pdf")));
  }

  @Test
  void marksNoPageOfADecidedPlanAndReportsWhatThePlanRecords() throws IOException, RenderException {
    Path plan = project.resolve("plan-source/plan.yaml");
    Files.writeString(plan, Files.readString(plan).replace("status: förslag", "status: beslutad")
        + "diarienummer: RÖL 25/1234\n"
        + "handläggare: {namn: Anna Andersson, titel: controller}\n"
        + "konsekvenser:\n  - {rubrik: Konsekvenser för barn, text: Planen stärker barns och ungas uppväxtvillkor.}\n"
        + "skickas-till: [Regionstyrelsen, Ekonomistaben]\n");
    render();
    try (PDDocument document = Loader.loadPDF(output.resolve("beslutsunderlag.pdf").toFile())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertTrue(text.contains("Status: Beslutad"));
      assertTrue(!text.contains("FÖRSLAG") && !text.contains("BESLUTAD"));
      for (String expected : List.of("Diarienummer: RÖL 25/1234", "Handläggare: Anna Andersson, controller",
          "Konsekvenser för barn Planen stärker barns och ungas uppväxtvillkor.", "Skickas till Regionstyrelsen Ekonomistaben")) {
        assertTrue(text.contains(expected), expected);
      }
    }
  }
}
