package se.vp.render.pptx;

import static se.vp.render.ooxml.PackageParts.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import se.vp.render.pptx.DrawingText.Kind;
import se.vp.render.pptx.DrawingText.Look;

/**
 * The deck's tables as PowerPoint tables: a header row PowerPoint knows as one, the first column
 * heading its rows, amounts set right, a sum row in bold; and the tidplan as a table of dates over
 * what happens on them. Each row as tall as its tallest cell, measured as the PDF is paginated.
 */
final class TableWriter {

  private static final double MM = DrawingText.MM;
  /** A cell's margins: 3 mm at the sides, 1,5 mm above and below, as bildspel.css pads them. */
  private static final double SIDE = 3 * MM;
  private static final double TOP = 1.5 * MM;
  private static final Pattern WIDTH = Pattern.compile("width:\\s*(\\d{1,3})%");
  /**
   * PowerPoint holds at most 75 columns and a slide far fewer rows than this; a template from a pull
   * request that writes more is cut here rather than making a table no one can open.
   */
  private static final int MAX_COLUMNS = 40;
  private static final int MAX_ROWS = 200;

  /** The table's graphic frame and its height in points. */
  record Written(String xml, double height) {}

  private record Cell(DrawingText text, boolean header) {}

  private TableWriter() {}

  static Written table(Element table, String kind, int id, long x, long y, long cx) {
    double size = Flow.size(kind);
    List<Double> shares = new ArrayList<>();
    for (Element colgroup : Elements.children(table, "colgroup")) {
      for (Element col : Elements.children(colgroup, "col")) {
        Matcher width = WIDTH.matcher(col.getAttribute("style"));
        shares.add(width.find() ? Math.max(1, Integer.parseInt(width.group(1))) : 0.0);
      }
    }
    List<Element> rows = new ArrayList<>();
    for (Element section : Elements.children(table)) {
      if (Elements.name(section).equals("thead") || Elements.name(section).equals("tbody")) {
        rows.addAll(Elements.children(section, "tr"));
      } else if (Elements.name(section).equals("tr")) {
        rows.add(section);
      }
    }
    rows = rows.subList(0, Math.min(rows.size(), MAX_ROWS));
    int columns = Math.min(MAX_COLUMNS, rows.stream().mapToInt(r -> Elements.children(r).size()).max().orElse(0));
    if (columns == 0) {
      return new Written("", 0);
    }
    while (shares.size() < columns) {
      shares.add(0.0);
    }
    shares = normalise(shares.subList(0, columns));
    double width = SlideWriter.emuToPt(cx);
    List<List<Cell>> cells = new ArrayList<>();
    List<Boolean> strong = new ArrayList<>();
    boolean headerRow = false;
    for (int r = 0; r < rows.size(); r++) {
      Element row = rows.get(r);
      boolean inHead = Elements.name((Element) row.getParentNode()).equals("thead");
      headerRow |= inHead && r == 0;
      boolean bold = inHead || Elements.hasClass(row, "summa");
      strong.add(bold);
      List<Cell> line = new ArrayList<>();
      List<Element> rowCells = Elements.children(row);
      for (int c = 0; c < columns; c++) {
        DrawingText text = new DrawingText(width * shares.get(c) - 2 * SIDE);
        if (c < rowCells.size()) {
          Element cell = rowCells.get(c);
          boolean right = Elements.hasClass(cell, "belopp");
          text.paragraph(cell, right ? Kind.RIGHT : Kind.PLAIN,
              new Look(size, bold, inHead ? "tx2" : "tx1", false), 0);
        }
        line.add(new Cell(text, inHead));
      }
      cells.add(line);
    }
    String description = "Tabell med kolumnerna " + String.join(", ",
        Elements.children(rows.get(0)).stream().map(Elements::text).toList()) + " och " + (rows.size() - 1) + " rader";
    return frame(id, "Tabell " + id, description, x, y, cx, shares, cells, strong, headerRow, true);
  }

  /**
   * The tidplan: a row per date, the date heading what happens on it, read in the PDF's order (date,
   * then what); a decision's date in red.
   */
  static Written timeline(Element timeline, int id, long x, long y, long cx) {
    List<Element> events = new ArrayList<>();
    for (Element row : Elements.children(timeline)) {
      events.addAll(Elements.children(row));
    }
    if (events.isEmpty()) {
      return new Written("", 0);
    }
    events = events.subList(0, Math.min(events.size(), MAX_ROWS));
    double width = SlideWriter.emuToPt(cx);
    List<Double> shares = List.of(0.25, 0.75);
    List<List<Cell>> rows = new ArrayList<>();
    for (Element event : events) {
      boolean decision = Elements.children(event).stream().flatMap(p -> Elements.children(p).stream())
          .anyMatch(dot -> Elements.hasClass(dot, "beslut"));
      DrawingText date = new DrawingText(width * shares.get(0) - 2 * SIDE);
      DrawingText what = new DrawingText(width * shares.get(1) - 2 * SIDE);
      for (Element p : Elements.children(event, "p")) {
        if (Elements.hasClass(p, "datum")) {
          date.paragraph(p, Kind.PLAIN, new Look(20, true, decision ? "C0392B" : "tx2", false), 0);
        } else if (Elements.hasClass(p, "rubrik")) {
          what.paragraph(p, Kind.PLAIN, new Look(18, true, "tx1", false), 0);
        } else {
          what.paragraph(p, Kind.PLAIN, new Look(18, false, "35566C", false), 0);
        }
      }
      rows.add(List.of(new Cell(date, false), new Cell(what, false)));
    }
    return frame(id, "Tidplan", "Tidplanen: " + events.size() + " datum och vad som sker då", x, y, cx, shares,
        rows, rows.stream().map(r -> false).toList(), false, true);
  }

  private static List<Double> normalise(List<Double> shares) {
    double known = shares.stream().mapToDouble(Double::doubleValue).sum();
    long unknown = shares.stream().filter(s -> s == 0).count();
    double rest = Math.max(0, 100 - known) / Math.max(1, unknown);
    List<Double> filled = shares.stream().map(s -> s == 0 ? Math.max(rest, 5) : s).toList();
    double total = filled.stream().mapToDouble(Double::doubleValue).sum();
    return filled.stream().map(s -> s / total).toList();
  }

  private static Written frame(int id, String name, String description, long x, long y, long cx, List<Double> shares,
      List<List<Cell>> rows, List<Boolean> strong, boolean headerRow, boolean firstColumn) {
    StringBuilder grid = new StringBuilder("<a:tblGrid>");
    long used = 0;
    List<Long> widths = new ArrayList<>();
    for (int c = 0; c < shares.size(); c++) {
      long w = c == shares.size() - 1 ? cx - used : Math.round(cx * shares.get(c));
      used += w;
      widths.add(w);
      grid.append("<a:gridCol w=\"").append(w).append("\"/>");
    }
    grid.append("</a:tblGrid>");
    StringBuilder body = new StringBuilder();
    double height = 0;
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> row = rows.get(r);
      double rowHeight = row.stream().mapToDouble(c -> c.text().height()).max().orElse(0) + 2 * TOP;
      height += rowHeight;
      body.append("<a:tr h=\"").append(SlideWriter.ptToEmu(rowHeight)).append("\">");
      boolean last = r == rows.size() - 1;
      for (Cell cell : row) {
        body.append("<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>")
            .append(cell.text().isEmpty() ? "<a:p><a:endParaRPr lang=\"sv-SE\"/></a:p>" : cell.text().xml())
            .append("</a:txBody><a:tcPr marL=\"").append(SlideWriter.ptToEmu(SIDE)).append("\" marR=\"")
            .append(SlideWriter.ptToEmu(SIDE)).append("\" marT=\"").append(SlideWriter.ptToEmu(TOP))
            .append("\" marB=\"").append(SlideWriter.ptToEmu(TOP)).append("\">")
            .append(line("lnL", 0, null)).append(line("lnR", 0, null))
            .append(line("lnT", strong.get(r) && r > 0 && !cell.header() ? 19050 : 0, "0B3D5C"))
            .append(cell.header() ? line("lnB", 19050, "0B3D5C") : line("lnB", last ? 0 : 9525, "C9D6DF"))
            .append("<a:noFill/>")
            .append("</a:tcPr></a:tc>");
      }
      body.append("</a:tr>");
    }
    String xml = "<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"" + id + "\" name=\"" + escape(name)
        + "\" descr=\"" + escape(description) + "\"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/>"
        + "</p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x=\"" + x + "\" y=\"" + y
        + "\"/><a:ext cx=\"" + cx + "\" cy=\"" + SlideWriter.ptToEmu(height) + "\"/></p:xfrm><a:graphic>"
        + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\"><a:tbl><a:tblPr"
        + (headerRow ? " firstRow=\"1\"" : "") + (firstColumn ? " firstCol=\"1\"" : "") + "/>" + grid + body
        + "</a:tbl></a:graphicData></a:graphic></p:graphicFrame>";
    return new Written(xml, height);
  }

  private static String line(String side, int width, String colour) {
    return width == 0 ? "<a:" + side + " w=\"0\"><a:noFill/></a:" + side + ">"
        : "<a:" + side + " w=\"" + width + "\"><a:solidFill><a:srgbClr val=\"" + colour + "\"/></a:solidFill></a:"
            + side + ">";
  }
}
