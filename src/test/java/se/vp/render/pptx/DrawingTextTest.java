package se.vp.render.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import se.vp.render.writer.Xhtml;

/** Lists as DrawingML paragraphs, whatever a template nests. */
class DrawingTextTest {

  @Test
  void keepsAListNestedDeeperThanDrawingMlAtItsNinthLevel() throws Exception {
    String list = "<li>x</li>";
    for (int depth = 0; depth < 15; depth++) {
      list = "<li>nivå " + depth + "<ul>" + list + "</ul></li>";
    }
    Element ul = Xhtml.parse("<ul xmlns=\"http://www.w3.org/1999/xhtml\">" + list + "</ul>", "mall.ftlx")
        .getDocumentElement();
    DrawingText text = new DrawingText(500);
    text.item(Elements.children(ul, "li").get(0), DrawingText.Kind.bullet(1),
        new DrawingText.Look(20, false, "tx1", false), 0);
    assertEquals(16, Pattern.compile("<a:p>").matcher(text.xml()).results().count());
    assertEquals(8, Pattern.compile("lvl=\"(\\d+)\"").matcher(text.xml()).results()
        .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow());
  }
}
