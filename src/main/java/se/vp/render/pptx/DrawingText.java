package se.vp.render.pptx;

import static se.vp.render.ooxml.PackageParts.escape;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import se.vp.text.TextWidth;

/**
 * A placeholder's or a table cell's text as DrawingML paragraphs, read from the XHTML the deck's
 * template wrote, and the height it takes, measured with the font the PDF embeds (Liberation Sans,
 * whose widths are Arial's, the theme's font) in the way the view paginates the PDF's slides
 * (se.vp.view.Bildyta): so many lines at 1,3 times the text size, and the space after each paragraph.
 */
final class DrawingText {

  static final double MM = 72 / 25.4;
  /** Line height as a share of the text size, as bildspel.css has it; PowerPoint's 113 % of single spacing. */
  static final double LINE = 1.3;
  private static final double TAG_SIZE = 14;
  /** What a tag takes beyond its text: its padding, as tema.css draws it. */
  private static final double TAG_PADDING = 0.9 * TAG_SIZE;
  private static final char NO_BREAK = '\u00a0';

  /** How a run of text looks. {@code colour} is a scheme colour (tx1, tx2) or six hex digits. */
  record Look(double size, boolean bold, String colour, boolean caps) {
    Look strong() {
      return new Look(size, true, colour, caps);
    }

    Look colour(String other) {
      return new Look(size, bold, other, caps);
    }
  }

  /**
   * A paragraph's kind: no bullet, a bullet at a level (1, 2), or a number starting at {@code start};
   * {@code right} sets it to the right, as amounts stand in a table; {@code inset} points from the
   * left, as a mål stands in its panel.
   */
  record Kind(int level, boolean numbered, int start, boolean right, double inset) {
    static final Kind PLAIN = new Kind(0, false, 0, false, 0);
    static final Kind RIGHT = new Kind(0, false, 0, true, 0);
    /** Inside a panel with a bar at its left, as bildspel.css sets a mål: 1,5 mm of bar and 5 mm of padding. */
    static final Kind PANEL = new Kind(0, false, 0, false, 6.5 * MM);

    static Kind bullet(int level) {
      return new Kind(level, false, 0, false, 0);
    }

    static Kind number(int start) {
      return new Kind(1, true, start, false, 0);
    }
  }

  private record Run(String text, Look look, String highlight) {}

  private final double width;
  private final StringBuilder xml = new StringBuilder();
  private double height;

  /** Text in a box so many points wide. */
  DrawingText(double width) {
    this.width = width;
  }

  boolean isEmpty() {
    return xml.isEmpty();
  }

  /** The paragraphs' XML, for a txBody. */
  String xml() {
    return xml.toString();
  }

  /** The height the paragraphs take, in points. */
  double height() {
    return height;
  }

  /** More space after the last paragraph, as a block of paragraphs ends. */
  void space(double points) {
    String spacing = "<a:spcAft><a:spcPts val=\"";
    int at = xml.lastIndexOf(spacing);
    if (at < 0) {
      return;
    }
    int from = at + spacing.length();
    int to = xml.indexOf("\"", from);
    xml.replace(from, to, String.valueOf(Long.parseLong(xml.substring(from, to)) + Math.round(points * 100)));
    height += points;
  }

  /** A paragraph of an element's inline content: its text, its numbers, its tags. */
  void paragraph(Element inline, Kind kind, Look look, double spaceAfter) {
    List<Run> runs = new ArrayList<>();
    inline(inline, look, runs);
    paragraph(runs, kind, spaceAfter);
  }

  /** A paragraph of one text in one look. */
  void paragraph(String text, Kind kind, Look look, double spaceAfter) {
    paragraph(List.of(new Run(text, look, null)), kind, spaceAfter);
  }

  /** A list item: its text, and each item of a list within it as a paragraph one level down. */
  void item(Element li, Kind kind, Look look, double spaceAfter) {
    List<Run> runs = new ArrayList<>();
    List<Element> inner = new ArrayList<>();
    for (Node child = li.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && (Elements.name(e).equals("ul") || Elements.name(e).equals("ol"))) {
        inner.add(e);
      } else {
        inline(child, look, runs);
      }
    }
    paragraph(runs, kind, inner.isEmpty() ? spaceAfter : 0);
    for (Element list : inner) {
      List<Element> items = Elements.children(list, "li");
      for (int i = 0; i < items.size(); i++) {
        // DrawingML has nine levels; a template nesting deeper stays at the ninth.
        item(items.get(i), Kind.bullet(Math.min(9, kind.level() + 1)),
            new Look(look.size(), false, look.colour(), false), i == items.size() - 1 ? spaceAfter : 0);
      }
    }
  }

  /**
   * The inline content of a node, each piece in its look. A tag never breaks within itself, but
   * unlike the PDF's it may stand on a line of its own: PowerPoint keeps no words together.
   */
  private static void inline(Node node, Look look, List<Run> runs) {
    if (node.getNodeType() == Node.TEXT_NODE) {
      runs.add(new Run(node.getNodeValue().replaceAll("[\\s\\p{Cc}]+", " "), look, null));
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    String name = Elements.name(e);
    List<String> classes = List.of(e.getAttribute("class").split("\\s+"));
    if (name.equals("br")) {
      runs.add(new Run("\n", look, null));
      return;
    }
    if (classes.contains("tagg")) {
      String highlight = classes.contains("forslag") ? "FBE9C9" : classes.contains("bort") ? "F6D5D1" : "E4EDF3";
      String colour = classes.contains("forslag") ? "6B4300" : classes.contains("bort") ? "7A1A10" : "0B3D5C";
      String text = e.getTextContent().replaceAll("[\\s\\p{Cc}]+", " ").strip();
      runs.add(new Run(" ", look, null));
      runs.add(new Run(NO_BREAK + text.replace(' ', NO_BREAK) + NO_BREAK, new Look(TAG_SIZE, true, colour, false),
          highlight));
      return;
    }
    Look inner = look;
    if (classes.contains("nr") || classes.contains("etikett")) {
      inner = look.strong();
    } else if (classes.contains("varden")) {
      inner = look.colour("35566C");
    }
    for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
      inline(child, inner, runs);
    }
  }

  private void paragraph(List<Run> raw, Kind kind, double spaceAfter) {
    List<Run> runs = collapse(raw);
    if (runs.isEmpty()) {
      return;
    }
    double size = runs.stream().filter(r -> r.highlight() == null).mapToDouble(r -> r.look().size()).max()
        .orElse(runs.get(0).look().size());
    xml.append("<a:p><a:pPr");
    double indent = kind.level() == 0 ? kind.inset() : 12 * MM * kind.level();
    xml.append(" marL=\"").append(SlideWriter.ptToEmu(indent)).append("\" indent=\"")
        .append(kind.level() == 0 ? 0 : SlideWriter.ptToEmu(-9 * MM)).append("\" algn=\"")
        .append(kind.right() ? "r" : "l").append("\"")
        .append(kind.level() > 1 ? " lvl=\"" + (kind.level() - 1) + "\"" : "")
        .append("><a:lnSpc><a:spcPct val=\"113000\"/></a:lnSpc>");
    xml.append("<a:spcBef><a:spcPts val=\"0\"/></a:spcBef><a:spcAft><a:spcPts val=\"")
        .append(Math.round(spaceAfter * 100)).append("\"/></a:spcAft>");
    if (kind.level() == 0) {
      xml.append("<a:buNone/>");
    } else if (kind.numbered()) {
      xml.append("<a:buFont typeface=\"+mj-lt\"/><a:buAutoNum type=\"arabicPeriod\"")
          .append(kind.start() > 1 ? " startAt=\"" + kind.start() + "\"" : "").append("/>");
    } else {
      xml.append("<a:buFont typeface=\"Arial\"/><a:buChar char=\"").append(kind.level() == 1 ? "•" : "–")
          .append("\"/>");
    }
    xml.append("</a:pPr>");
    for (Run run : runs) {
      String[] lines = run.text().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          xml.append("<a:br>").append(properties(run)).append("</a:br>");
        }
        if (!lines[i].isEmpty()) {
          xml.append("<a:r>").append(properties(run)).append("<a:t>").append(escape(lines[i])).append("</a:t></a:r>");
        }
      }
    }
    xml.append("<a:endParaRPr lang=\"sv-SE\" sz=\"").append(Math.round(size * 100)).append("\"/></a:p>");
    height += measure(runs, size, width - indent) * size * LINE + spaceAfter;
  }

  /** Runs with white space as a browser shows it: one space between words, none at the ends. */
  private static List<Run> collapse(List<Run> runs) {
    List<Run> collapsed = new ArrayList<>();
    boolean space = true;
    for (Run run : runs) {
      StringBuilder text = new StringBuilder();
      for (char c : run.text().toCharArray()) {
        if (c == ' ') {
          if (!space) {
            text.append(' ');
          }
          space = true;
        } else {
          text.append(c);
          space = c == '\n';
        }
      }
      if (!text.isEmpty()) {
        collapsed.add(new Run(text.toString(), run.look(), run.highlight()));
      }
    }
    while (!collapsed.isEmpty()) {
      Run last = collapsed.get(collapsed.size() - 1);
      String stripped = last.text().stripTrailing();
      if (!stripped.isEmpty()) {
        collapsed.set(collapsed.size() - 1, new Run(stripped, last.look(), last.highlight()));
        break;
      }
      collapsed.remove(collapsed.size() - 1);
    }
    return collapsed;
  }

  private static String properties(Run run) {
    Look look = run.look();
    StringBuilder rPr = new StringBuilder("<a:rPr lang=\"sv-SE\" sz=\"").append(Math.round(look.size() * 100))
        .append("\"").append(look.bold() ? " b=\"1\"" : " b=\"0\"").append(look.caps() ? " cap=\"all\"" : "")
        .append(" dirty=\"0\"><a:solidFill>");
    rPr.append(look.colour().length() == 6 ? "<a:srgbClr val=\"" + look.colour() + "\"/>"
        : "<a:schemeClr val=\"" + look.colour() + "\"/>");
    rPr.append("</a:solidFill>");
    if (run.highlight() != null) {
      rPr.append("<a:highlight><a:srgbClr val=\"").append(run.highlight()).append("\"/></a:highlight>");
    }
    return rPr.append("</a:rPr>").toString();
  }

  /** The lines the runs take in a column: words wrap at spaces, never at a no-break space. */
  private static int measure(List<Run> runs, double size, double column) {
    int lines = 0;
    List<Double> words = new ArrayList<>();
    double word = 0;
    boolean inWord = false;
    for (Run run : runs) {
      TextWidth font = run.look().bold() ? TextWidth.bold() : TextWidth.regular();
      double runSize = run.look().size();
      StringBuilder piece = new StringBuilder();
      for (char c : run.text().toCharArray()) {
        if (c == ' ' || c == '\n') {
          word += font.of(piece.toString(), runSize);
          piece.setLength(0);
          if (inWord) {
            words.add(word);
          }
          word = 0;
          inWord = false;
          if (c == '\n') {
            lines += Math.max(1, TextWidth.lines(words, TextWidth.regular().of(" ", size), column));
            words.clear();
          }
        } else {
          piece.append(c == NO_BREAK ? ' ' : c);
          inWord = true;
        }
      }
      word += font.of(piece.toString(), runSize) + (run.highlight() != null ? TAG_PADDING : 0);
    }
    if (inWord) {
      words.add(word);
    }
    return lines + Math.max(1, TextWidth.lines(words, TextWidth.regular().of(" ", size), column));
  }
}
