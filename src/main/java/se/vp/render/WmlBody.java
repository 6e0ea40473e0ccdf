package se.vp.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Converts the XHTML a template produced into the body of a Word document, element by element,
 * in the reference document's styles: h1–h4 as Heading 1–4, ul and ol as List Bullet and List
 * Number (each ol restarting at 1), tables in the style "Tabell" across the text width with a
 * repeated header row, captions as Caption. The XHTML is what the templates write, so the subset
 * is known; elements outside it are read for their text.
 */
final class WmlBody {

  /** A fresh numbering instance for one numbered list. */
  interface Numbering {
    Optional<Long> restart();
  }

  private static final Set<String> BLOCKS = Set.of(
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "div", "section", "caption", "blockquote");
  private static final Set<String> SKIPPED_CLASSES = Set.of("sidhuvud", "sidfot", "bara-pdf");
  private static final Pattern WIDTH = Pattern.compile("width:\\s*([0-9.]+)%");
  private static final int TEXT_WIDTH_TWIPS = 9411;

  private final DocxWriter.Styles styles;
  private final Numbering numbering;
  private final Revisions revisions;
  private final StringBuilder out = new StringBuilder();
  private int revision;

  /** Who and when for Word's tracked changes, which the XHTML marks with ins and del. */
  record Revisions(String author, String date) {}

  WmlBody(DocxWriter.Styles styles, Numbering numbering, Revisions revisions) {
    this.styles = styles;
    this.numbering = numbering;
    this.revisions = revisions;
  }

  String convert(Document xhtml) {
    Element body = (Element) xhtml.getElementsByTagNameNS("*", "body").item(0);
    blocks(body, "Normal");
    return out.toString();
  }

  private void blocks(Element parent, String paragraphStyle) {
    List<Node> inline = new ArrayList<>();
    for (Node child : children(parent)) {
      if (child instanceof Element e && BLOCKS.contains(name(e))) {
        paragraph(paragraphStyle, inline, "");
        inline.clear();
        block(e, paragraphStyle);
      } else {
        inline.add(child);
      }
    }
    paragraph(paragraphStyle, inline, "");
  }

  private void block(Element e, String paragraphStyle) {
    if (hasClass(e, SKIPPED_CLASSES)) {
      return;
    }
    switch (name(e)) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> paragraph("heading " + Math.min(4, name(e).charAt(1) - '0'), children(e), "");
      case "p" -> paragraph(paragraphStyle(e, paragraphStyle), children(e), "");
      case "ul", "ol" -> list(e, 0);
      case "table" -> table(e);
      case "caption" -> paragraph("caption", children(e), "");
      default -> blocks(e, paragraphStyle);
    }
  }

  private static String paragraphStyle(Element p, String fallback) {
    if (hasClass(p, Set.of("ingress"))) {
      return "Ingress";
    }
    if (hasClass(p, Set.of("mal"))) {
      return "Mål";
    }
    return fallback;
  }

  private void list(Element list, int depth) {
    boolean ordered = name(list).equals("ol");
    Optional<Long> numId = ordered ? numbering.restart() : Optional.empty();
    String style = ordered ? "List Number" : depth == 0 ? "List Bullet" : "List Bullet 2";
    for (Node item : children(list)) {
      if (!(item instanceof Element li) || !name(li).equals("li")) {
        continue;
      }
      List<Node> inline = new ArrayList<>();
      List<Element> nested = new ArrayList<>();
      for (Node child : children(li)) {
        if (child instanceof Element e && (name(e).equals("ul") || name(e).equals("ol"))) {
          nested.add(e);
        } else {
          inline.add(child);
        }
      }
      String numbered = numId.map(id -> "<w:numPr><w:ilvl w:val=\"" + depth + "\"/><w:numId w:val=\"" + id
          + "\"/></w:numPr>").orElse("");
      paragraph(style, inline, numbered);
      nested.forEach(n -> list(n, depth + 1));
    }
  }

  private void table(Element table) {
    List<Element> rows = new ArrayList<>();
    List<Boolean> header = new ArrayList<>();
    Element caption = null;
    for (Node child : children(table)) {
      if (!(child instanceof Element e)) {
        continue;
      }
      switch (name(e)) {
        case "caption" -> caption = e;
        case "thead", "tbody", "tfoot" -> children(e).stream().filter(n -> n instanceof Element r && name(r).equals("tr"))
            .forEach(r -> {
              rows.add((Element) r);
              header.add(name(e).equals("thead"));
            });
        case "tr" -> {
          rows.add(e);
          header.add(false);
        }
        default -> { }
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    if (caption != null) {
      paragraph("caption", children(caption), "");
    }
    boolean titleBlock = hasClass(table, Set.of("titelblock"));
    double tableShare = percent(table).orElse(100.0) / 100;
    double[] columns = columnShares(rows.get(0));
    boolean lastIsSum = hasClass(rows.get(rows.size() - 1), Set.of("summa"));
    out.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"").append(styleId(titleBlock ? "Titelblock" : "Tabell"))
        .append("\"/><w:tblW w:w=\"").append(Math.round(5000 * tableShare)).append("\" w:type=\"pct\"/>")
        .append("<w:tblLayout w:type=\"fixed\"/><w:tblLook w:firstRow=\"").append(header.contains(true) ? 1 : 0)
        .append("\" w:lastRow=\"").append(lastIsSum ? 1 : 0)
        .append("\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
    int[] twips = new int[columns.length];
    for (int i = 0; i < columns.length; i++) {
      twips[i] = (int) Math.round(TEXT_WIDTH_TWIPS * tableShare * columns[i]);
      out.append("<w:gridCol w:w=\"").append(twips[i]).append("\"/>");
    }
    out.append("</w:tblGrid>");
    for (int r = 0; r < rows.size(); r++) {
      out.append("<w:tr>");
      if (header.get(r)) {
        out.append("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
      } else {
        out.append("<w:trPr><w:cantSplit/></w:trPr>");
      }
      int column = 0;
      for (Node cellNode : children(rows.get(r))) {
        if (!(cellNode instanceof Element cell) || !(name(cell).equals("td") || name(cell).equals("th"))) {
          continue;
        }
        int span = Math.max(1, parseInt(cell.getAttribute("colspan")));
        int width = 0;
        for (int c = column; c < Math.min(column + span, twips.length); c++) {
          width += twips[c];
        }
        column += span;
        out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
        if (span > 1) {
          out.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
        }
        out.append("</w:tcPr>");
        int before = out.length();
        String align = hasClass(cell, Set.of("belopp")) ? "right" : "";
        cellBlocks(cell, align);
        if (out.indexOf("<w:p", before) < 0) {
          out.append("<w:p/>");
        }
        out.append("</w:tc>");
      }
      out.append("</w:tr>");
    }
    out.append("</w:tbl><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:p>");
  }

  private void cellBlocks(Element cell, String align) {
    List<Node> inline = new ArrayList<>();
    for (Node child : children(cell)) {
      if (child instanceof Element e && BLOCKS.contains(name(e))) {
        paragraph("Normal", inline, align);
        inline.clear();
        block(e, "Normal");
      } else {
        inline.add(child);
      }
    }
    paragraph("Normal", inline, align);
  }

  /** Column shares from the first row's "width: n%" styles; columns without one share the rest. */
  private static double[] columnShares(Element firstRow) {
    List<Double> given = new ArrayList<>();
    for (Node cell : children(firstRow)) {
      if (cell instanceof Element e && (name(e).equals("td") || name(e).equals("th"))) {
        int span = Math.max(1, parseInt(e.getAttribute("colspan")));
        Optional<Double> share = percent(e);
        for (int i = 0; i < span; i++) {
          given.add(share.map(s -> s / span).orElse(-1.0));
        }
      }
    }
    double known = given.stream().filter(s -> s >= 0).mapToDouble(Double::doubleValue).sum();
    long unknown = given.stream().filter(s -> s < 0).count();
    double rest = unknown == 0 ? 0 : Math.max(0, 100 - known) / unknown;
    double[] shares = given.stream().mapToDouble(s -> s < 0 ? rest : s).toArray();
    double total = Arrays.stream(shares).sum();
    return Arrays.stream(shares).map(s -> total == 0 ? 1.0 / shares.length : s / total).toArray();
  }

  private static Optional<Double> percent(Element e) {
    Matcher matcher = WIDTH.matcher(e.getAttribute("style"));
    return matcher.find() ? Optional.of(Double.parseDouble(matcher.group(1))) : Optional.empty();
  }

  /** One paragraph of inline content; nothing is written when there is no text. */
  private void paragraph(String style, List<Node> inline, String extra) {
    List<Run> runs = new ArrayList<>();
    for (Node node : inline) {
      runs(node, new Format(false, false, null, Change.NONE), runs);
    }
    trim(runs);
    if (runs.stream().noneMatch(r -> r.isBreak || !r.text.isEmpty())) {
      return;
    }
    out.append("<w:p><w:pPr>");
    if (!style.equals("Normal")) {
      out.append("<w:pStyle w:val=\"").append(styleId(style)).append("\"/>");
    }
    if (extra.equals("right")) {
      out.append("<w:jc w:val=\"right\"/>");
    } else {
      out.append(extra);
    }
    out.append("</w:pPr>");
    for (Run run : runs) {
      Format f = run.format;
      if (f.change() != Change.NONE) {
        out.append(f.change() == Change.INSERTED ? "<w:ins" : "<w:del").append(" w:id=\"").append(++revision)
            .append("\" w:author=\"").append(escape(revisions.author())).append("\" w:date=\"")
            .append(revisions.date()).append("\">");
      }
      out.append("<w:r>");
      if (f.bold || f.italic || f.style != null) {
        out.append("<w:rPr>");
        if (f.style != null) {
          out.append("<w:rStyle w:val=\"").append(styleId(f.style)).append("\"/>");
        }
        if (f.bold) {
          out.append("<w:b/>");
        }
        if (f.italic) {
          out.append("<w:i/>");
        }
        out.append("</w:rPr>");
      }
      String textElement = f.change() == Change.DELETED ? "w:delText" : "w:t";
      if (run.isBreak) {
        out.append("<w:br/>");
      } else {
        out.append("<").append(textElement).append(" xml:space=\"preserve\">").append(escape(run.text))
            .append("</").append(textElement).append(">");
      }
      out.append("</w:r>");
      if (f.change() != Change.NONE) {
        out.append(f.change() == Change.INSERTED ? "</w:ins>" : "</w:del>");
      }
    }
    out.append("</w:p>");
  }

  /** How a run looks, and whether it is a tracked insertion or deletion. */
  private record Format(boolean bold, boolean italic, String style, Change change) {
    Format with(Change change) {
      return new Format(bold, italic, style, change);
    }
  }

  private enum Change {
    NONE,
    INSERTED,
    DELETED
  }

  private static final class Run {
    final String text;
    final Format format;
    final boolean isBreak;

    Run(String text, Format format, boolean isBreak) {
      this.text = text;
      this.format = format;
      this.isBreak = isBreak;
    }
  }

  private static void runs(Node node, Format format, List<Run> runs) {
    if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
      String text = node.getNodeValue().replaceAll("[ \\t\\r\\n]+", " ");
      boolean afterSpace = runs.isEmpty() || runs.get(runs.size() - 1).isBreak
          || runs.get(runs.size() - 1).text.endsWith(" ");
      if (afterSpace && text.startsWith(" ")) {
        text = text.substring(1);
      }
      if (!text.isEmpty()) {
        runs.add(new Run(text, format, false));
      }
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    switch (name(e)) {
      case "br" -> runs.add(new Run("", format, true));
      case "b", "strong" -> children(e).forEach(c -> runs(c, new Format(true, format.italic, format.style, format.change), runs));
      case "i", "em" -> children(e).forEach(c -> runs(c, new Format(format.bold, true, format.style, format.change), runs));
      case "ins" -> children(e).forEach(c -> runs(c, format.with(Change.INSERTED), runs));
      case "del" -> children(e).forEach(c -> runs(c, format.with(Change.DELETED), runs));
      default -> {
        Format inner = format;
        if (hasClass(e, Set.of("tagg"))) {
          inner = new Format(format.bold, format.italic, "Etikett", format.change);
        } else if (hasClass(e, Set.of("markering"))) {
          inner = new Format(format.bold, format.italic, "Markering", format.change);
        } else if (hasClass(e, Set.of("nr"))) {
          inner = new Format(true, format.italic, format.style, format.change);
        }
        Format chosen = inner;
        children(e).forEach(c -> runs(c, chosen, runs));
      }
    }
  }

  private static void trim(List<Run> runs) {
    while (!runs.isEmpty() && !runs.get(runs.size() - 1).isBreak && runs.get(runs.size() - 1).text.isBlank()) {
      runs.remove(runs.size() - 1);
    }
    if (!runs.isEmpty() && !runs.get(runs.size() - 1).isBreak) {
      Run last = runs.remove(runs.size() - 1);
      runs.add(new Run(last.text.stripTrailing(), last.format, false));
    }
  }

  private String styleId(String name) {
    return styles.id(name).orElse("Normal");
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        default -> {
          if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c > 0xFFFF) {
            escaped.appendCodePoint(c);
          }
        }
      }
    });
    return escaped.toString();
  }

  static String textOfClass(Document xhtml, String cssClass) {
    NodeList all = xhtml.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (hasClass(e, Set.of(cssClass))) {
        return e.getTextContent().replaceAll("\\s+", " ").strip();
      }
    }
    return "";
  }

  static String title(Document xhtml) {
    NodeList titles = xhtml.getElementsByTagNameNS("*", "title");
    return titles.getLength() == 0 ? "" : titles.item(0).getTextContent().strip();
  }

  static String meta(Element head, String name) {
    if (head == null) {
      return "";
    }
    NodeList metas = head.getElementsByTagNameNS("*", "meta");
    for (int i = 0; i < metas.getLength(); i++) {
      Element meta = (Element) metas.item(i);
      if (name.equals(meta.getAttribute("name"))) {
        return meta.getAttribute("content");
      }
    }
    return "";
  }

  private static List<Node> children(Node parent) {
    List<Node> nodes = new ArrayList<>();
    NodeList list = parent.getChildNodes();
    for (int i = 0; i < list.getLength(); i++) {
      nodes.add(list.item(i));
    }
    return nodes;
  }

  private static String name(Element e) {
    return e.getLocalName() == null ? e.getTagName() : e.getLocalName();
  }

  private static boolean hasClass(Element e, Set<String> classes) {
    for (String c : e.getAttribute("class").split("\\s+")) {
      if (classes.contains(c)) {
        return true;
      }
    }
    return false;
  }

  private static int parseInt(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
