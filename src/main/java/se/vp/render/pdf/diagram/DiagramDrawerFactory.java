package se.vp.render.pdf.diagram;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import org.w3c.dom.Element;

/**
 * Draws the diagrams the templates write as {@code <object type="application/x-vp-diagram">}.
 * openhtmltopdf tags a drawn object as one Figure whose Alt text is the object's {@code alt}, and
 * lays out none of its children. An object without alt text is not drawn: its fallback content is
 * laid out instead, as text, so a template's forgotten alt leaves a readable list rather than a
 * picture a screen reader cannot read and a PDF/UA validator rejects.
 */
public final class DiagramDrawerFactory implements FSObjectDrawerFactory {

  private static final String TYPE = "application/x-vp-diagram";

  private static final DiagramDrawer DRAWER = new DiagramDrawer();

  @Override
  public boolean isReplacedObject(Element e) {
    return TYPE.equals(e.getAttribute("type")) && !e.getAttribute("alt").isBlank();
  }

  @Override
  public FSObjectDrawer createDrawer(Element e) {
    return isReplacedObject(e) ? DRAWER : null;
  }
}
