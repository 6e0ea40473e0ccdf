package se.vp.render.pptx;

import static se.vp.render.ooxml.PackageParts.escape;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.PresentationMLPackage;
import org.docx4j.openpackaging.parts.Part;
import org.w3c.dom.Element;
import se.vp.render.diagram.Diagram;
import se.vp.render.diagram.DiagramReader;
import se.vp.render.pptx.DrawingText.Kind;
import se.vp.render.pptx.DrawingText.Look;
import se.vp.render.pptx.PresentationReference.Box;
import se.vp.render.pptx.PresentationReference.Layout;

/**
 * One slide of the deck from its element of the XHTML (a div of class "bild"): the layout its kind
 * takes, its headings in the layout's title and underrubrik, its lists and texts in the layout's
 * content placeholders, its tables as PowerPoint tables and its charts as native charts, each part
 * below the one before it as on the PDF's slide, and the footer, slide number and stamp of the master.
 */
final class SlideWriter {

  private static final long EMU_PER_POINT = 12700;
  private static final double MM = DrawingText.MM;
  private static final Pattern CHART_HEIGHT = Pattern.compile("hojd-(\\d{2,3})");
  /** The namespaces of a slide or notes part, as vp writes them. */
  static final String NS = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
      + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
      + " xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";

  /** What the slide's furniture says: the footer's text, the stamp (empty when the plan is adopted), its number. */
  record Furniture(String footer, String marking, int number) {}

  /** The slide's XML and its layout. */
  record Written(String xml, Layout layout) {}

  private final PresentationMLPackage pkg;
  private final Part part;
  private final Element bild;
  private final String kind;
  private final StringBuilder shapes = new StringBuilder();
  /** The placeholder of text being filled: its text, its left edge, top and width in points, its index. */
  private record Open(DrawingText body, double left, double top, double width, int index) {}

  private Open open;
  private int placeholderIndex;
  private int nextId = 2;
  private final ChartNumbers charts;

  /** The deck's charts are numbered across its slides, for their parts' names. */
  static final class ChartNumbers {
    private int last;

    int next() {
      return ++last;
    }
  }

  private SlideWriter(PresentationMLPackage pkg, Part part, Element bild, ChartNumbers charts) {
    this.pkg = pkg;
    this.part = part;
    this.bild = bild;
    this.kind = bild.getAttribute("class").replaceAll(".*\\bbild-(\\w+).*", "$1");
    this.charts = charts;
  }

  static Written write(PresentationMLPackage pkg, PresentationReference reference, Part part, Element bild,
      Furniture furniture, ChartNumbers charts) throws Docx4JException {
    return new SlideWriter(pkg, part, bild, charts).write(reference, furniture);
  }

  private Written write(PresentationReference reference, Furniture furniture) throws Docx4JException {
    Layout layout = reference.layout(layoutName());
    Box title = layout.boxes().get("title");
    // The parts span the title's width; columns divide it as the PDF does.
    double left = emuToPt(title.x());
    double width = emuToPt(title.cx());
    double y = emuToPt(title.y());
    boolean fixed = kind.equals("titel") || kind.equals("avslutning");
    for (Element part : Elements.children(bild)) {
      String name = Elements.name(part);
      if (name.equals("h1") || name.equals("h2")) {
        close();
        y = heading(part, title, fixed, y);
      } else if (name.equals("p") && Elements.hasClass(part, "underrubrik")) {
        close();
        y = subtitle(part, layout, fixed, left, width, y);
      } else if (name.equals("div") && Elements.hasClass(part, "spalter")) {
        y = columns(part, left, width, y);
      } else if (name.equals("table")) {
        y = table(part, left, width, y);
      } else if (name.equals("div") && Elements.hasClass(part, "tidslinje")) {
        y = timeline(part, left, width, y);
      } else if (name.equals("object")) {
        y = chart(part, left, width, y);
      } else {
        double before = open == null ? 0 : open.body().height();
        if (Elements.hasClass(part, "mal")) {
          y += Flow.PANEL_PADDING;
        }
        flow(part, left, width, y);
        double added = open.body().height() - before;
        if (Elements.hasClass(part, "mal")) {
          panel(left, y - Flow.PANEL_PADDING, width, added - 5 * MM);
        }
        y += added;
      }
    }
    close();
    furniture(layout, furniture);
    String xml = "<p:sld " + NS + "><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/>"
        + "<p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>" + shapes + "</p:spTree></p:cSld>"
        + "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>";
    return new Written(xml, layout);
  }

  /** The layout of the slide's kind; a slide of columns by how many text placeholders it needs. */
  private String layoutName() {
    return switch (kind) {
      case "titel" -> Layouts.TITEL;
      case "avsnitt" -> Layouts.AVSNITT;
      case "avslutning" -> Layouts.AVSLUTNING;
      case "nyckeltal" -> Layouts.NYCKELTAL;
      case "tabell", "tidslinje" -> Layouts.TABELL;
      default -> switch (textPlaceholders()) {
        case 0, 1 -> kind.equals("diagram") ? Layouts.DIAGRAM : Layouts.INNEHALL;
        case 2 -> Layouts.TVA_SPALTER;
        default -> Layouts.TRE_SPALTER;
      };
    };
  }

  /** How many placeholders of text the slide fills: one per column with text, one for text beside the columns. */
  private int textPlaceholders() {
    int count = 0;
    boolean flowing = false;
    for (Element part : Elements.children(bild)) {
      String name = Elements.name(part);
      if (name.matches("h1|h2|table|object") || Elements.hasClass(part, "underrubrik")
          || Elements.hasClass(part, "tidslinje")) {
        flowing = false;
      } else if (Elements.hasClass(part, "spalter")) {
        count += (int) Elements.children(part).stream()
            .filter(s -> Elements.children(s).stream().anyMatch(e -> !Elements.name(e).equals("object"))).count();
        flowing = false;
      } else if (!flowing) {
        count++;
        flowing = true;
      }
    }
    return count;
  }

  private double heading(Element h, Box title, boolean fixed, double y) {
    double size = switch (kind) {
      case "titel", "avslutning" -> 40;
      case "avsnitt" -> 36;
      default -> 30;
    };
    DrawingText heading = new DrawingText(emuToPt(title.cx()));
    Look look = new Look(size, true, kind.equals("titel") ? "FFFFFF" : "tx2", false);
    StringBuilder rest = new StringBuilder();
    for (var node = h.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element e && Elements.hasClass(e, "overrubrik")) {
        boolean onTitle = kind.equals("titel");
        heading.paragraph(Elements.text(e), Kind.PLAIN,
            new Look(onTitle ? 18 : 16, true, onTitle ? "B9CFDD" : "5A7A8F", true), 2 * MM);
      } else {
        rest.append(node.getTextContent());
      }
    }
    heading.paragraph(rest.toString().replaceAll("[\\s\\p{Cc}]+", " ").strip(), Kind.PLAIN, look, 0);
    String type = kind.equals("titel") ? "ctrTitle" : "title";
    Optional<Box> box = fixed ? Optional.empty()
        : Optional.of(new Box(title.x(), ptToEmu(y), title.cx(), ptToEmu(heading.height() + 2)));
    shapes.append(placeholder("Rubrik", "<p:ph type=\"" + type + "\"/>", box, heading));
    return y + heading.height() + 5 * MM;
  }

  private double subtitle(Element p, Layout layout, boolean fixed, double left, double width, double y) {
    boolean onTitle = kind.equals("titel");
    Box layoutBox = layout.boxes().get(onTitle ? "1" : String.valueOf(Layouts.UNDERRUBRIK));
    double boxWidth = layoutBox == null ? width : emuToPt(layoutBox.cx());
    DrawingText subtitle = new DrawingText(boxWidth);
    subtitle.paragraph(p, Kind.PLAIN, new Look(onTitle ? 22 : 20, false, onTitle ? "D6E4ED" : "35566C", false), 0);
    Optional<Box> box = fixed || onTitle ? Optional.empty() : Optional.of(new Box(layoutBox == null
        ? ptToEmu(left) : layoutBox.x(), ptToEmu(y), ptToEmu(boxWidth), ptToEmu(subtitle.height() + 2)));
    String ph = onTitle ? "<p:ph type=\"subTitle\" idx=\"1\"/>"
        : "<p:ph type=\"body\" idx=\"" + Layouts.UNDERRUBRIK + "\"/>";
    shapes.append(placeholder("Underrubrik", ph, box, subtitle));
    return y + subtitle.height() + 3 * MM;
  }

  /**
   * The panel a mål stands in, as the PDF draws it: a pale fill and a bar at its left, behind the
   * text and drawn before it. Decoration only, so a screen reader passes it by.
   */
  private void panel(double left, double top, double width, double height) {
    String[][] parts = {{"Målruta", String.valueOf(width), "F2F6F8"}, {"Målstreck", "4.25", "0B3D5C"}};
    for (String[] part : parts) {
      int id = nextId++;
      shapes.append("<p:sp><p:nvSpPr><p:cNvPr id=\"").append(id).append("\" name=\"").append(part[0]).append(' ')
          .append(id).append("\"><a:extLst><a:ext uri=\"{C183D7F6-B498-43B3-948B-1728B52AA6E4}\"><adec:decorative"
              + " xmlns:adec=\"http://schemas.microsoft.com/office/drawing/2017/decorative\" val=\"1\"/></a:ext>"
              + "</a:extLst></p:cNvPr><p:cNvSpPr/><p:nvPr userDrawn=\"1\"/></p:nvSpPr><p:spPr>")
          .append(xfrm(new Box(ptToEmu(left), ptToEmu(top), ptToEmu(Double.parseDouble(part[1])), ptToEmu(height))))
          .append("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val=\"").append(part[2])
          .append("\"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>");
    }
  }

  /** Flowing text: into the placeholder being filled, or a new one at this height. */
  private void flow(Element part, double left, double width, double y) {
    if (open == null || open.left() != left) {
      close();
      open = new Open(new DrawingText(width), left, y, width, ++placeholderIndex);
    }
    Flow.add(open.body(), part, kind);
  }

  /** Ends the placeholder being filled: it goes on the slide, as tall as its text. */
  private void close() {
    if (open == null) {
      return;
    }
    DrawingText body = open.body();
    Box box = new Box(ptToEmu(open.left()), ptToEmu(open.top()), ptToEmu(open.width()), ptToEmu(body.height() + 2));
    shapes.append(placeholder("Innehåll", "<p:ph idx=\"" + open.index() + "\"/>", Optional.of(box), body));
    open = null;
  }

  private double columns(Element spalter, double left, double width, double y) {
    close();
    List<Element> columns = Elements.children(spalter);
    int n = Math.max(1, columns.size());
    double gap = 10 * MM;
    double columnWidth = (width - gap * (n - 1)) / n;
    double tallest = 0;
    for (int i = 0; i < columns.size(); i++) {
      double x = left + i * (columnWidth + gap);
      double columnY = y;
      for (Element part : Elements.children(columns.get(i))) {
        if (Elements.name(part).equals("object")) {
          close();
          columnY = chart(part, x, columnWidth, columnY);
        } else {
          flow(part, x, columnWidth, columnY);
          columnY = open.top() + open.body().height();
        }
      }
      close();
      tallest = Math.max(tallest, columnY - y);
    }
    return y + tallest;
  }

  private double chart(Element object, double left, double width, double y) {
    Matcher height = CHART_HEIGHT.matcher(object.getAttribute("class"));
    double heightMm = height.find() ? Math.min(120, Integer.parseInt(height.group(1))) : 80;
    close();
    Optional<Diagram> diagram = DiagramReader.read(object);
    if (diagram.isEmpty()) {
      return y;
    }
    int number = charts.next();
    String alt = object.getAttribute("alt").replaceAll("[\\s\\p{Cc}]+", " ").strip();
    try {
      shapes.append(NativeChart.add(pkg, part, diagram.get(), number, nextId++, "Diagram " + number, alt,
          ptToEmu(left), ptToEmu(y), ptToEmu(width), ptToEmu(heightMm * MM)));
    } catch (Docx4JException e) {
      throw new IllegalStateException(e);
    }
    return y + heightMm * MM + 3 * MM;
  }

  private double table(Element table, double left, double width, double y) {
    close();
    TableWriter.Written written = TableWriter.table(table, kind, nextId++, ptToEmu(left), ptToEmu(y), ptToEmu(width));
    shapes.append(written.xml());
    return y + written.height() + 4 * MM;
  }

  private double timeline(Element timeline, double left, double width, double y) {
    close();
    TableWriter.Written written = TableWriter.timeline(timeline, nextId++, ptToEmu(left), ptToEmu(y), ptToEmu(width));
    shapes.append(written.xml());
    return y + written.height();
  }

  /** The footer, the slide number and the stamp, where the layout puts them. */
  private void furniture(Layout layout, Furniture furniture) {
    // Their look is the layout's; it is also written here, for a program that reads a placeholder's
    // look from the first of its type (LibreOffice takes the stamp's for every body placeholder).
    String small = "<a:rPr lang=\"sv-SE\" sz=\"1200\" dirty=\"0\"><a:solidFill><a:srgbClr val=\"5A6E7B\"/>"
        + "</a:solidFill><a:latin typeface=\"+mn-lt\"/></a:rPr>";
    shapes.append(furniturePiece("Sidfot", "<p:ph type=\"ftr\" sz=\"quarter\" idx=\"11\"/>", "l",
        "<a:r>" + small + "<a:t>" + escape(furniture.footer()) + "</a:t></a:r>"));
    shapes.append(furniturePiece("Bildnummer", "<p:ph type=\"sldNum\" sz=\"quarter\" idx=\"12\"/>", "r",
        "<a:fld id=\"{5C0F6E2A-7B1D-4C39-9E61-3D2A8B4F0A11}\" type=\"slidenum\">" + small + "<a:t>"
            + furniture.number() + "</a:t></a:fld>"));
    if (!furniture.marking().isEmpty() && layout.boxes().containsKey(String.valueOf(Layouts.MARKERING))) {
      shapes.append(furniturePiece("Markering", "<p:ph type=\"body\" sz=\"quarter\" idx=\"" + Layouts.MARKERING
          + "\"/>", "r", "<a:r><a:rPr lang=\"sv-SE\" sz=\"1200\" b=\"1\" dirty=\"0\"><a:solidFill>"
          + "<a:srgbClr val=\"9A2A1A\"/></a:solidFill><a:latin typeface=\"+mn-lt\"/></a:rPr><a:t>"
          + escape(furniture.marking()) + "</a:t></a:r>"));
    }
  }

  private String furniturePiece(String name, String ph, String align, String content) {
    int id = nextId++;
    return "<p:sp><p:nvSpPr><p:cNvPr id=\"" + id + "\" name=\"" + name + " " + id + "\"/><p:cNvSpPr>"
        + "<a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr>" + ph + "</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>"
        + "<a:lstStyle/><a:p><a:pPr marL=\"0\" indent=\"0\" algn=\"" + align + "\"><a:buNone/></a:pPr>" + content
        + "</a:p></p:txBody></p:sp>";
  }

  private String placeholder(String name, String ph, Optional<Box> box, DrawingText body) {
    int id = nextId++;
    return "<p:sp><p:nvSpPr><p:cNvPr id=\"" + id + "\" name=\"" + escape(name) + " " + id + "\"/><p:cNvSpPr>"
        + "<a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr>" + ph + "</p:nvPr></p:nvSpPr><p:spPr>"
        + box.map(SlideWriter::xfrm).orElse("") + "</p:spPr><p:txBody><a:bodyPr><a:noAutofit/></a:bodyPr><a:lstStyle/>"
        + (body.isEmpty() ? "<a:p><a:endParaRPr lang=\"sv-SE\"/></a:p>" : body.xml()) + "</p:txBody></p:sp>";
  }

  static String xfrm(Box box) {
    return "<a:xfrm><a:off x=\"" + box.x() + "\" y=\"" + box.y() + "\"/><a:ext cx=\"" + box.cx() + "\" cy=\""
        + box.cy() + "\"/></a:xfrm>";
  }

  static double emuToPt(long emu) {
    return emu / (double) EMU_PER_POINT;
  }

  static long ptToEmu(double points) {
    return Math.round(points * EMU_PER_POINT);
  }
}
