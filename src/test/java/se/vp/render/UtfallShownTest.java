package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A styrtal measured over several years, with the jämförbara län's values: every year and every
 * county's value reaches the lists and the decision, not only the latest year (issue 15 point 3).
 */
class UtfallShownTest {

  @TempDir static Path root;
  static RenderProject project;

  @BeforeAll
  static void renderAStyrtalWithTwoYears() throws Exception {
    project = RenderProject.create(root);
    project.edit("plan-source/styrtal/sjukfranvaro.yaml", """
        utfall:
          - år: 2024
            värde: 6.5
        """, """
        utfall:
          - år: 2023
            värde: 6.8
          - år: 2024
            värde: 6.5
            jämförbara-län:
              - län: Jönköping
                värde: 6.1
              - län: Värmland
                värde: 6.9
        """);
    Renders.render(new RenderRequest(project.planSource, project.templates, project.output, project.root, false,
        Optional.empty(), Optional.empty(), false, false));
  }

  @Test
  void theSammanstallningShowsEveryYearAndTheCountiesValues() throws IOException {
    String text = text("sammanstallning");
    assertTrue(text.contains("Utfall 2023: 6,8 %, 2024: 6,5 % (Jönköping 6,1 %, Värmland 6,9 %) Mål 6,3–6,1 %"),
        text);
  }

  @Test
  void theBeslutsunderlagShowsTheStyrtalWithOutcomesYearByYear() throws IOException {
    String text = text("beslutsunderlag");
    assertTrue(text.contains("Sjukfrånvaron ska minska. Utfall 2023: 6,8 %, 2024: 6,5 % (Jönköping 6,1 %,"
        + " Värmland 6,9 %) Mål 6,3–6,1 %"), text);
    assertTrue(text.contains("Utfall 2024: 76 Mål 77–80"), text);
  }

  @Test
  void theDecksChartShowsEveryYearAndSaysEveryValue() throws IOException {
    try (PDDocument document = Loader.loadPDF(project.output.resolve("bildspel.pdf").toFile())) {
      ReadingOrder.Element chart = ReadingOrder.elements(document).stream()
          .filter(e -> e.alt() != null && e.alt().startsWith("Sjukfrånvaron ska minska.")).findFirst().orElseThrow();
      assertTrue(chart.text().contains("20232024"), chart.text());
      assertTrue(RenderTest.normalize(chart.alt()).contains("Region Örebro län: 2023 6,8 %, 2024 6,5 %."
          + " Jönköping: 2024 6,1 %. Värmland: 2024 6,9 %."), chart.alt());
    }
  }

  private static String text(String handling) throws IOException {
    try (PDDocument document = Loader.loadPDF(project.output.resolve(handling + ".pdf").toFile())) {
      return RenderTest.normalize(ReadingOrder.text(document));
    }
  }
}
