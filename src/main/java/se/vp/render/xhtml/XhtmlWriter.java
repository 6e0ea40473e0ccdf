package se.vp.render.xhtml;

import java.nio.charset.StandardCharsets;
import java.util.List;
import se.vp.render.writer.DocumentWriter;
import se.vp.render.writer.OutputFile;
import se.vp.render.writer.TemplateOutput;

/**
 * For template authors: the XHTML a template produced, as output/bildspel.xhtml and so on, to open
 * in a browser or to read at the line a finding names. The text exactly as the template wrote it,
 * in UTF-8, so the same input gives the same bytes.
 */
public final class XhtmlWriter implements DocumentWriter {

  @Override
  public String name() {
    return "XHTML";
  }

  @Override
  public List<OutputFile> write(TemplateOutput document) {
    return List.of(new OutputFile(document.fileName() + ".xhtml", document.text().getBytes(StandardCharsets.UTF_8)));
  }
}
