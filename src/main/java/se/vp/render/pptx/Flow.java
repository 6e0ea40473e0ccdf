package se.vp.render.pptx;

import java.util.List;
import org.w3c.dom.Element;
import se.vp.render.pptx.DrawingText.Kind;
import se.vp.render.pptx.DrawingText.Look;

/**
 * The deck's flowing parts as paragraphs of a placeholder, in the sizes and spacing of bildspel.css:
 * lists with bullets or numbers, list headings, a fokusområde's mål, texts, key figures, the
 * chapters of a section and the challenges' cards. A part the writer does not know keeps its text.
 */
final class Flow {

  private static final double MM = DrawingText.MM;
  /** The space a mål's panel has above and below its text. */
  static final double PANEL_PADDING = 3 * MM;

  private Flow() {}

  /** The text size of a kind of slide, as the CSS sets it (se.vp.view.Bildyta.storlek). */
  static double size(String kind) {
    return switch (kind) {
      case "innehall", "rutor" -> 22;
      case "jamforelse" -> 18;
      default -> 20;
    };
  }

  static void add(DrawingText body, Element part, String kind) {
    double size = size(kind);
    Look plain = new Look(size, false, "tx1", false);
    String name = Elements.name(part);
    if (name.equals("ol") && Elements.hasClass(part, "agenda")) {
      for (Element li : Elements.children(part, "li")) {
        boolean current = Elements.hasClass(li, "aktuellt");
        body.paragraph(li, Kind.number(1), new Look(20, current, current ? "tx2" : "5A7A8F", false), 2 * MM);
      }
    } else if (name.equals("ul") || name.equals("ol")) {
      List<Element> items = Elements.children(part, "li");
      int start = parse(part.getAttribute("start"));
      for (int i = 0; i < items.size(); i++) {
        Kind itemKind = name.equals("ol") ? Kind.number(start) : Kind.bullet(1);
        body.item(items.get(i), itemKind, plain, i == items.size() - 1 ? 2.2 * MM + 4 * MM : 2.2 * MM);
      }
    } else if (name.equals("h3")) {
      boolean chartHeading = kind.equals("diagram");
      body.paragraph(part, Kind.PLAIN, chartHeading ? new Look(20, false, "tx1", false)
          : new Look(22, true, "tx2", false), 2.5 * MM);
    } else if (Elements.hasClass(part, "mal")) {
      body.paragraph(part, Kind.PANEL, new Look(20, false, "tx1", false), PANEL_PADDING + 5 * MM);
    } else if (Elements.hasClass(part, "nyckeltal")) {
      for (Element tal : Elements.children(part)) {
        for (Element p : Elements.children(tal)) {
          if (Elements.hasClass(p, "varde")) {
            body.paragraph(p, Kind.PLAIN, new Look(40, true, "tx2", false), 0);
          } else if (Elements.hasClass(p, "not")) {
            body.paragraph(p, Kind.PLAIN, new Look(18, false, "5A6E7B", false), 0);
          } else {
            body.paragraph(p, Kind.PLAIN, new Look(20, false, "tx1", false), 0);
          }
        }
        body.space(6 * MM);
      }
    } else if (Elements.hasClass(part, "rutor")) {
      for (Element ruta : Elements.children(part)) {
        body.paragraph(ruta, Kind.bullet(1), new Look(22, true, "tx2", false), 4 * MM);
      }
    } else if (Elements.hasClass(part, "stycke")) {
      body.paragraph(part, Kind.PLAIN, Elements.hasClass(part, "saknas") ? new Look(20, true, "7A1A10", false)
          : new Look(20, false, "tx1", false), 3 * MM);
    } else {
      body.paragraph(part, Kind.PLAIN, plain, 3 * MM);
    }
  }

  private static int parse(String start) {
    return start.matches("\\d{1,6}") ? Integer.parseInt(start) : 1;
  }
}
