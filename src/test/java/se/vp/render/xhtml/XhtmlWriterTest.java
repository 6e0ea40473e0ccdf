package se.vp.render.xhtml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.vp.render.writer.OutputFile;
import se.vp.render.writer.TemplateOutput;
import se.vp.render.writer.Xhtml;

class XhtmlWriterTest {

  @Test
  void writesTheXhtmlExactlyAsTheTemplateProducedIt() throws Exception {
    String text = "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n  <body><p  class=\"ingress\">Gäller ”VP 2026”</p></body>\n</html>\n";
    List<OutputFile> files = new XhtmlWriter().write(
        new TemplateOutput("bildspel.ftlx", "bildspel", text, Xhtml.parse(text, "templates/bildspel.ftlx"), Instant.EPOCH));
    assertEquals(1, files.size());
    assertEquals("bildspel.xhtml", files.get(0).name());
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), files.get(0).bytes());
  }
}
