package se.vp.render.writer;

import java.time.Instant;
import org.w3c.dom.Document;
import se.vp.render.blocks.BlockDocument;
import se.vp.render.blocks.BlockReader;

/**
 * What the template of one handling produced, as every writer of the handling is given it: the
 * XHTML text, the same parsed once, and read into blocks when a writer first asks. The writers of a
 * handling run one after another, and one that changes the DOM works on a copy of it.
 */
public final class TemplateOutput {

  private final String template;
  private final String fileName;
  private final String text;
  private final Document xhtml;
  private final Instant created;
  private BlockDocument blocks;

  /**
   * {@code template} is the template's name in templates/, for findings; {@code fileName} the base
   * name of the handling's files; {@code created} the documents' creation date.
   */
  public TemplateOutput(String template, String fileName, String text, Document xhtml, Instant created) {
    this.template = template;
    this.fileName = fileName;
    this.text = text;
    this.xhtml = xhtml;
    this.created = created;
  }

  public String template() {
    return template;
  }

  public String fileName() {
    return fileName;
  }

  /** The XHTML exactly as the template wrote it. */
  public String text() {
    return text;
  }

  public Document xhtml() {
    return xhtml;
  }

  public Instant created() {
    return created;
  }

  public synchronized BlockDocument blocks() {
    if (blocks == null) {
      blocks = BlockReader.read(xhtml);
    }
    return blocks;
  }
}
