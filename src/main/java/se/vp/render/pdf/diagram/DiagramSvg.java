package se.vp.render.pdf.diagram;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.DoubleFunction;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;
import se.vp.render.diagram.Diagram;
import se.vp.text.Fonts;

/**
 * A diagram as SVG, for the web edition: painted by the same painters as the PDF's, onto an SVG
 * Graphics2D, so the web and the handlingar show one picture. Text stays text (a reader can select
 * it, a browser can zoom it), in Liberation Sans or a font of the same widths, since the painters
 * fitted it to those. The SVG scales with its viewBox; its size only sets the proportions and the
 * text's size relative to the whole.
 */
public final class DiagramSvg {

  /**
   * A browser lacking Liberation Sans takes Arial, whose widths are the same, before anything else.
   * Unquoted: JFreeSVG writes the style attribute between single quotes.
   */
  private static final String MAIN_FAMILIES = "Liberation Sans, Arial, Helvetica, sans-serif";
  private static final String FALLBACK_FAMILIES = "DejaVu Sans, Verdana, sans-serif";

  private DiagramSvg() {}

  /**
   * The diagram as an {@code <svg>} element, {@code width} × {@code height} units; {@code id}
   * begins every id inside it, unique on its page. The same diagram and id give the same text.
   */
  public static String of(Diagram diagram, double width, double height, String id) {
    SVGGraphics2D graphics = new SVGGraphics2D(width, height, SVGUnits.PX);
    // The default prefix is the clock's nanoseconds: unique, but not the same bytes twice.
    graphics.setDefsKeyPrefix(id + "-");
    DoubleFunction<String> number = DiagramSvg::number;
    graphics.setGeomDoubleConverter(number);
    graphics.setTransformDoubleConverter(number);
    graphics.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
    graphics.setFontFunction(family -> family.equals(Fonts.FALLBACK_FAMILY) ? FALLBACK_FAMILIES : MAIN_FAMILIES);
    DiagramDrawer.paint(diagram, new Canvas(graphics, width, height, Palette.of(Palette.THEME)));
    String svg = graphics.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
    svg = unused(svg, "xlink", "http://www.w3.org/1999/xlink");
    return unused(svg, "jfreesvg", "http://www.jfree.org/jfreesvg/svg");
  }

  /** Without a namespace declared and never used: HTML knows no prefixes, and a validator would say so. */
  private static String unused(String svg, String prefix, String uri) {
    String declaration = " xmlns:" + prefix + "='" + uri + "'";
    return svg.indexOf(prefix + ":", svg.indexOf(declaration) + declaration.length()) < 0
        ? svg.replace(declaration, "") : svg;
  }

  /** A coordinate to a hundredth, written the same in every locale. */
  private static String number(double value) {
    if (!Double.isFinite(value)) {
      return "0";
    }
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
