package se.vp.render.pdf.diagram;

import com.openhtmltopdf.context.StyleReference;
import com.openhtmltopdf.css.constants.CSSName;
import com.openhtmltopdf.css.newmatch.CascadedStyle;
import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.css.parser.PropertyValue;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Color;
import java.awt.Shape;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;
import se.vp.render.diagram.Diagram;
import se.vp.render.diagram.DiagramReader;

/**
 * Draws one diagram as vectors into a form of its own in the PDF, through the Graphics2D that
 * openhtmltopdf hands out: shapes as paths, text as text in the embedded Liberation Sans (DejaVu
 * Sans for a character it lacks). What the element holds is read first; data that makes no diagram
 * draws nothing.
 */
final class DiagramDrawer implements FSObjectDrawer {

  /** The Graphics2D counts in CSS pixels; painters count in points, as the slide's text is sized. */
  private static final double POINTS_PER_PIXEL = 72.0 / 96.0;
  /** The size the painters' text sizes are made for: 150 × 80 mm, about half a slide, in points. */
  private static final double USUAL_WIDTH = 425;
  private static final double USUAL_HEIGHT = 227;
  /** How much a larger diagram is enlarged: its text grows toward the 20 pt of the slide's own text. */
  private static final double MOST_ENLARGED = 1.25;

  @Override
  public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
      OutputDevice outputDevice, RenderingContext ctx, int dotsPerPixel) {
    Optional<Diagram> diagram = DiagramReader.read(e);
    float pixelsWide = (float) (width / dotsPerPixel);
    float pixelsHigh = (float) (height / dotsPerPixel);
    if (diagram.isEmpty() || !(pixelsWide >= 1) || !(pixelsHigh >= 1)) {
      return null;
    }
    Palette palette = Palette.of(mainColour(e, ctx.getCss()));
    // The form is cut to whole pixels; drawing within them keeps a right-aligned figure whole.
    double wide = Math.floor(pixelsWide) * POINTS_PER_PIXEL;
    double high = Math.floor(pixelsHigh) * POINTS_PER_PIXEL;
    double enlarged = Math.max(1, Math.min(MOST_ENLARGED, Math.min(wide / USUAL_WIDTH, high / USUAL_HEIGHT)));
    outputDevice.drawWithGraphics((float) x, (float) y, pixelsWide, pixelsHigh, graphics -> {
      // A larger diagram is drawn as one of the usual size, enlarged: text, lines and gaps alike.
      graphics.scale(enlarged / POINTS_PER_PIXEL, enlarged / POINTS_PER_PIXEL);
      paint(diagram.get(), new Canvas(graphics, wide / enlarged, high / enlarged, palette));
    });
    return null;
  }

  static void paint(Diagram diagram, Canvas canvas) {
    if (diagram instanceof Diagram.Waterfall waterfall) {
      WaterfallPainter.paint(waterfall, canvas);
    } else if (diagram instanceof Diagram.Parts parts) {
      PartsPainter.paint(parts, canvas);
    } else if (diagram instanceof Diagram.Bars bars) {
      BarsPainter.paint(bars, canvas);
    } else if (diagram instanceof Diagram.Series series) {
      SeriesPainter.paint(series, canvas);
    }
  }

  /**
   * The CSS colour set on the diagram element itself; the colour it inherits is the text's, which
   * is no colour for a bar.
   */
  private static Color mainColour(Element e, StyleReference css) {
    CascadedStyle style = css.getCascadedStyle(e, false);
    if (style.hasProperty(CSSName.COLOR)
        && style.propertyByName(CSSName.COLOR).getValue() instanceof PropertyValue value
        && value.getFSColor() instanceof FSRGBColor rgb) {
      return new Color(rgb.getRed(), rgb.getGreen(), rgb.getBlue());
    }
    return Palette.THEME;
  }
}
