package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.diagnostic.VpException;

/**
 * The committed plan with what a tjänsteskrivelse needs and a deck does not give: the title block
 * complete, the amounts per område, konsekvenser and recipients. Nothing is left to fill in, and the
 * decision distributes the frame.
 */
class BeslutsunderlagTest {

  @TempDir Path root;

  @Test
  void aCompletePlanGivesADecisionThatDistributesTheFrameAndNothingToFillIn() throws IOException, VpException {
    RenderProject project = RenderProject.create(root);
    project.edit("plan-source/plan.yaml", "status: förslag\n", """
        status: beslutad
        datum: 2025-10-28
        diarienummer: RTN 2025/117
        handläggare:
          namn: Anna Andersson
          titel: Controller
          e-post: anna.andersson@regionorebrolan.se
        konsekvenser:
          - rubrik: Konsekvenser för barn
            text: Planens uppdrag om barn och unga ska följas upp med en barnrättsanalys.
        skickas-till:
          - Regionstyrelsen
          - Ekonomidirektören
        """);
    project.edit("plan-source/ekonomi.yaml", "- område: valfard-och-folkhalsa\n", "- {område: valfard-och-folkhalsa, mnkr: 40.0}\n");
    project.edit("plan-source/ekonomi.yaml", "- område: energi-och-klimat\n", "- {område: energi-och-klimat, mnkr: 30.0}\n");
    project.edit("plan-source/ekonomi.yaml", "- område: naringslivsutveckling\n", "- {område: naringslivsutveckling, mnkr: 50.0}\n");
    project.edit("plan-source/ekonomi.yaml", "- område: fellingsbro-folkhogskola\n",
        "- område: fellingsbro-folkhogskola\n      mnkr: 26.3\n");

    RenderResult result = project.render();

    assertEquals(0, Renders.errors(result));
    String text;
    try (PDDocument document = Loader.loadPDF(project.output.resolve("beslutsunderlag.pdf").toFile())) {
      text = RenderTest.normalize(new PDFTextStripper().getText(document));
    }
    assertTrue(text.contains("fördela ramanslaget om 151,3 Mnkr på områden enligt ärendet."), text);
    assertFalse(text.contains("återkomma med förslag till fördelning"), text);
    assertTrue(text.contains("Fördelning av ramanslaget 2026"), text);
    assertFalse(text.contains("[fyll i]"), text);
    for (String field : new String[] {"Datum: 28 oktober 2025", "Diarienummer: RTN 2025/117",
        "Handläggare: Anna Andersson, Controller", "E-post: anna.andersson@regionorebrolan.se",
        "Konsekvenser för barn", "Skickas till Regionstyrelsen Ekonomidirektören"}) {
      assertTrue(text.contains(field), field + " in " + text);
    }
  }
}
