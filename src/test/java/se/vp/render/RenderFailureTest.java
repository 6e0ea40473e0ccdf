package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.VpException;

/** A render that cannot finish says why, in Swedish, with a place, and leaves output/ as it was. */
class RenderFailureTest {

  @TempDir Path folder;
  RenderProject project;

  @BeforeEach
  void createProject() throws IOException {
    project = RenderProject.create(folder);
  }

  private RenderResult render() throws VpException {
    return project.render();
  }

  private VpException failure(String template, String from, String to) throws IOException {
    project.edit("templates/" + template, from, to);
    return assertThrows(VpException.class, this::render);
  }

  private void assertOutputUntouched() throws IOException {
    project.assertOutputUntouched();
  }

  @Test
  void reportsAMissingValueAtItsPlaceInTheTemplateAndLeavesOutputAsItWas() throws IOException {
    VpException e = failure("sammanstallning.ftlx", "<h1>Sammanställning", "<h1>${finnsInte}Sammanställning");
    assertEquals(Code.VP301, e.diagnostic().code());
    assertEquals("templates/sammanstallning.ftlx:14:7: fel: värdet 'finnsInte' finns inte i planens vy [VP301]",
        e.diagnostic().format());
    assertOutputUntouched();
  }

  /** A region's own templates/ from before the web edition: the upgrade says what to do. */
  @Test
  void aMissingWebEditionTemplateSaysHowToAddItOrLeaveItOut() throws IOException {
    Files.delete(project.templates.resolve("webb.ftlx"));
    VpException e = assertThrows(VpException.class, this::render);
    assertEquals("templates/webb.ftlx: fel: mallen finns inte – kopiera webb.ftlx och webb.css till templates/ från"
        + " vp:s egna mallar, eller lämna webbutgåvan utanför med -Dvp.webb=false [VP301]", e.diagnostic().format());
    assertOutputUntouched();
  }

  @Test
  void reportsATemplateSyntaxError() throws IOException {
    VpException e = failure("beslutsunderlag.ftlx", "<h1>${dokument.arende}</h1>", "<h1>${dokument.arende</h1>");
    assertEquals(Code.VP301, e.diagnostic().code());
    assertTrue(e.diagnostic().format().startsWith("templates/beslutsunderlag.ftlx:"), e.diagnostic().format());
    assertTrue(e.diagnostic().message().startsWith("mallen har ett syntaxfel"), e.diagnostic().message());
    assertOutputUntouched();
  }

  @Test
  void refusesATemplateThatCreatesJavaObjects() throws IOException {
    VpException e = failure("bildspel.ftlx", "<body>",
        "<body><#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}");
    assertEquals("mallen försöker skapa ett Java-objekt med ?new, vilket mallar inte får", e.diagnostic().message());
    assertOutputUntouched();
  }

  @Test
  void refusesATemplateThatReachesTheJavaApi() throws IOException {
    VpException e = failure("bildspel.ftlx", "<body>", "<body>${dokument?api.getClass()}");
    assertEquals("mallen använder ?api, vilket mallar inte får", e.diagnostic().message());
    assertOutputUntouched();
  }

  @Test
  void refusesToIncludeFilesOutsideTemplates() throws IOException {
    VpException e = failure("bildspel.ftlx", "<body>", "<body><#include \"../plan-source/plan.yaml\">");
    assertEquals(Code.VP301, e.diagnostic().code());
    assertOutputUntouched();
  }

  @Test
  void refusesStylesheetsAndImagesOutsideTemplates() throws IOException {
    VpException e = failure("bildspel.ftlx", "<link rel=\"stylesheet\" href=\"bildspel.css\"/>",
        "<link rel=\"stylesheet\" href=\"bildspel.css\"/><link rel=\"stylesheet\" href=\"file:///etc/passwd\"/>");
    assertEquals(Code.VP302, e.diagnostic().code());
    assertEquals("templates/bildspel.ftlx: fel: mallen hämtar file:///etc/passwd, som ligger utanför templates/"
        + " – lägg filen i templates/ och hänvisa till den med en relativ sökväg [VP302]", e.diagnostic().format());
    assertOutputUntouched();
  }

  @Test
  void refusesACharacterThatTheTemplateWritesAndNoFontHasRatherThanPrintAHash() throws IOException {
    VpException e = failure("sammanstallning.ftlx", "<h1>Sammanställning:", "<h1>Sammanställning \uE000:");
    assertEquals(Code.VP303, e.diagnostic().code());
    assertEquals("templates/sammanstallning.ftlx: fel: mallen skriver tecknet U+E000 (PRIVATE USE AREA E000), som inte"
        + " finns i typsnitten som PDF:en skrivs med: \"Sammanställning \uE000: Verksamhetsplan med budget 2026\""
        + " – byt ut tecknet eller ta bort det [VP303]", e.diagnostic().format());
    assertOutputUntouched();
  }

  @Test
  void refusesXmlEntitiesInATemplatesOutput() throws IOException {
    VpException e = failure("bildspel.ftlx", "<html xmlns",
        "<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><html xmlns");
    assertEquals(Code.VP301, e.diagnostic().code());
    assertOutputUntouched();
  }

  @Test
  void refusesASecondRenderIntoTheSameOutputWhileOneIsRunning() throws VpException {
    try (OutputFolder first = OutputFolder.open(project.output, "output")) {
      VpException e = assertThrows(VpException.class, () -> OutputFolder.open(project.output, "output"));
      assertEquals("output: fel: en annan vp:render skriver redan till output/ – vänta tills den är klar och kör igen [VP305]",
          e.diagnostic().format());
    }
  }

  @Test
  void rendersNothingFromAPlanWithErrors() throws IOException, VpException {
    Files.writeString(project.planSource.resolve("styrtal/trasig.yaml"), "txt: saknar text\n");
    RenderResult result = render();
    assertTrue(Renders.errors(result) > 0);
    assertEquals(List.of(), result.written());
    assertOutputUntouched();
    // Maven closes the plugin's jars when the goal ends: a thread of ours still loading classes
    // from them then fails, and the library prints its stack trace to the user.
    assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("vp-")),
        "a thread of vp outlives the render");
  }

  @Test
  void marksNoPageOfADecidedPlanAndReportsWhatThePlanRecords() throws IOException, VpException {
    Path plan = project.planSource.resolve("plan.yaml");
    Files.writeString(plan, Files.readString(plan).replace("status: förslag", "status: beslutad")
        + "diarienummer: RÖL 25/1234\n"
        + "handläggare: {namn: Anna Andersson, titel: controller}\n"
        + "konsekvenser:\n  - {rubrik: Konsekvenser för barn, text: Planen stärker barns och ungas uppväxtvillkor.}\n"
        + "skickas-till: [Regionstyrelsen, Ekonomistaben]\n");
    render();
    try (PDDocument document = Loader.loadPDF(project.output.resolve("beslutsunderlag.pdf").toFile())) {
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
