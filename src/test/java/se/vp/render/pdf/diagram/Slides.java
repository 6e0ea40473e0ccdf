package se.vp.render.pdf.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import se.vp.diagnostic.VpException;
import se.vp.render.diagram.Diagram;
import se.vp.render.pdf.PdfWriter;
import se.vp.render.writer.TemplateOutput;
import se.vp.render.writer.Xhtml;

/** A diagram on a slide of the deck's size, rendered to PDF as the renderer does. */
final class Slides {

  private Slides() {}

  static byte[] pdf(String body) throws VpException {
    String xhtml = """
        <html xmlns="http://www.w3.org/1999/xhtml" lang="sv-SE" xml:lang="sv-SE">
        <head><title>Diagram</title><style>
          @page { size: 338.67mm 190.5mm; margin: 0; }
          body { margin: 0; font-family: 'Liberation Sans'; font-size: 20pt; color: #1b1b1b; }
          .bild { padding: 14mm 20mm; }
          h1 { font-size: 28pt; color: #0b3d5c; margin: 0 0 6mm 0; }
          .diagram { display: block; }
        </style></head>
        <body><div class="bild"><h1>Diagram</h1>
        """ + body + """
        </div></body></html>
        """;
    return new PdfWriter(Path.of("templates"), "templates", false)
        .write(new TemplateOutput("diagram.ftlx", "diagram", xhtml, Xhtml.parse(xhtml, "diagram.ftlx"), Instant.EPOCH))
        .get(0).bytes();
  }

  /** One of the examples in the test resources, as a template writes it. */
  static String example(String name) {
    try (InputStream in = Slides.class.getResourceAsStream(name + ".xhtml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
