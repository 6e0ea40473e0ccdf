package se.vp.render.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import se.vp.render.writer.Xhtml;

/** A table from a template of a pull request stays one PowerPoint can open. */
class TableWriterTest {

  @Test
  void cutsATableWiderAndLongerThanAnySlideHolds() throws Exception {
    StringBuilder xhtml = new StringBuilder("<table xmlns=\"http://www.w3.org/1999/xhtml\"><tbody>");
    for (int r = 0; r < 500; r++) {
      xhtml.append("<tr>").append("<td>x</td>".repeat(100)).append("</tr>");
    }
    xhtml.append("</tbody></table>");
    Element table = Xhtml.parse(xhtml.toString(), "mall.ftlx").getDocumentElement();
    String xml = TableWriter.table(table, "tabell", 2, 0, 0, 10_000_000).xml();
    assertEquals(40, Pattern.compile("<a:gridCol ").matcher(xml).results().count());
    assertEquals(200, Pattern.compile("<a:tr ").matcher(xml).results().count());
  }
}
