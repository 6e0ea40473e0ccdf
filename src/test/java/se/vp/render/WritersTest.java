package se.vp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.vp.render.writer.DocumentWriter;

class WritersTest {

  private static List<String> taking(Writers writers, Handling handling) {
    return writers.taking(handling).stream().map(DocumentWriter::name).toList();
  }

  private static Writers writers(boolean previews) {
    return writers(previews, false);
  }

  private static Writers writers(boolean previews, boolean xhtml) {
    return Writers.of(new RenderRequest(Path.of("plan-source"), Path.of("templates"), Path.of("output"), Path.of(""),
        previews, Optional.empty(), Optional.empty(), xhtml), "templates");
  }

  @Test
  void theDeckIsPdfAndPowerPointAndTheOtherHandlingarAndTheChangeReportPdfAndWord() {
    Writers writers = writers(false);
    assertEquals(List.of("PDF", "PPTX"), taking(writers, Handling.BILDSPEL));
    assertEquals(List.of("PDF", "DOCX"), taking(writers, Handling.SAMMANSTALLNING));
    assertEquals(List.of("PDF", "DOCX"), taking(writers, Handling.BESLUTSUNDERLAG));
    assertEquals(List.of("PDF", "DOCX"), taking(writers, Handling.ANDRINGAR));
    assertEquals(List.of("HTML"), taking(writers, Handling.WEBB));
  }

  @Test
  void theXhtmlFlagAddsTheTemplatesXhtmlToEveryHandlingLast() {
    Writers writers = writers(false, true);
    assertEquals(List.of("PDF", "PPTX", "XHTML"), taking(writers, Handling.BILDSPEL));
    assertEquals(List.of("PDF", "DOCX", "XHTML"), taking(writers, Handling.ANDRINGAR));
    assertEquals(List.of("HTML", "XHTML"), taking(writers, Handling.WEBB));
  }

  @Test
  void namesTheWritersInTheOrderTheyRunForTheTimings() {
    assertEquals(List.of("PDF", "DOCX", "PPTX", "HTML"), writers(true).names());
  }

  @Test
  void thePowerPointDeckCanBeTurnedOff() {
    Writers writers = Writers.of(new RenderRequest(Path.of("plan-source"), Path.of("templates"), Path.of("output"),
        Path.of(""), false, Optional.empty(), Optional.empty(), false, false), "templates");
    assertEquals(List.of("PDF"), taking(writers, Handling.BILDSPEL));
  }

  @Test
  void theWebEditionCanBeTurnedOffAndItsTemplateIsThenNotRun() {
    Writers on = writers(false, true);
    assertEquals(Handling.OF_PLAN, on.ofPlan());
    Writers off = Writers.of(new RenderRequest(Path.of("plan-source"), Path.of("templates"), Path.of("output"),
        Path.of(""), false, Optional.empty(), Optional.empty(), true, true, true, false), "templates");
    assertEquals(List.of(), taking(off, Handling.WEBB));
    assertEquals(List.of(Handling.BILDSPEL, Handling.SAMMANSTALLNING, Handling.BESLUTSUNDERLAG), off.ofPlan());
    assertEquals(List.of("PDF", "DOCX", "PPTX", "XHTML"), off.names());
  }

  @Test
  void whatABrowserShowsFirstIncludesTheWebEditionButNoDocument() {
    Writers browser = Writers.of(new RenderRequest(Path.of("plan-source"), Path.of("templates"), Path.of("output"),
        Path.of(""), false, Optional.empty(), Optional.empty(), false, true, false, true), "templates");
    assertEquals(List.of("HTML"), browser.names());
    assertEquals(List.of(), taking(browser, Handling.BILDSPEL));
    // The documents follow at once, and their templates' mistakes with them; the first step runs the web edition's alone.
    assertEquals(List.of(Handling.WEBB), browser.ofPlan());
  }
}
