package se.vp.render.pdf.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import se.vp.render.pdf.diagram.Canvas.Align;
import se.vp.render.pdf.diagram.Diagram.Bar;

/**
 * One whole as a bar stacked of its parts, and beneath it a key that reads as a small table: each
 * part's colour, label and figure, then the whole. A part too narrow for its label in the bar
 * still has its row in the key, so nothing depends on the size of a part.
 */
final class PartsPainter {

  private static final double SWATCH = 14;
  private static final double GAP = 8;
  private static final double COLUMN_GAP = 28;
  private static final BasicStroke SEPARATOR = new BasicStroke(2f);
  private static final BasicStroke RULE = new BasicStroke(1f);

  private PartsPainter() {}

  static void paint(Diagram.Parts diagram, Canvas canvas) {
    double top = canvas.unitCaption(diagram.unit());
    List<Bar> parts = diagram.parts();
    double barHeight = Math.min(44, canvas.height() * 0.22);
    double sum = parts.stream().mapToDouble(Bar::value).sum();
    Palette palette = canvas.palette();
    double x = 0;
    List<Double> edges = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      double w = parts.get(i).value() / sum * canvas.width();
      canvas.fill(new Rectangle2D.Double(x, top, w, barHeight), palette.part(i, parts.size()));
      x += w;
      edges.add(x);
    }
    for (double edge : edges.subList(0, edges.size() - 1)) {
      canvas.line(edge, top, edge, top + barHeight, Color.WHITE, SEPARATOR);
    }
    key(diagram, canvas, top + barHeight + 10);
  }

  /** The key's rows in as many columns as the height asks for, up to two; rows beyond are left out. */
  private static void key(Diagram.Parts diagram, Canvas canvas, double top) {
    List<Bar> parts = diagram.parts();
    int entries = parts.size() + (diagram.whole().isPresent() ? 1 : 0);
    double row = TextStyle.LABEL.lineHeight() + 4;
    int perColumn = (int) Math.floor((canvas.height() - top) / row);
    if (perColumn <= 0) {
      return;
    }
    int columns = entries > perColumn ? 2 : 1;
    double columnWidth = (canvas.width() - COLUMN_GAP * (columns - 1)) / columns;
    double figureWidth = diagram.whole().map(Bar::text).map(TextStyle.VALUE::width).orElse(0.0);
    for (Bar part : parts) {
      figureWidth = Math.max(figureWidth, TextStyle.VALUE.width(part.text()));
    }
    figureWidth = Math.min(figureWidth, columnWidth * 0.4);
    double labelWidth = Math.min(columnWidth - GAP * 3 - SWATCH - figureWidth,
        parts.stream().mapToDouble(p -> TextStyle.LABEL.width(p.label())).max().orElse(0));
    labelWidth = Math.max(labelWidth, diagram.whole().map(w -> TextStyle.VALUE.width(w.label())).orElse(0.0));
    labelWidth = Math.min(labelWidth, columnWidth - GAP * 3 - SWATCH - figureWidth);
    double figureRight = SWATCH + GAP + labelWidth + GAP * 2 + figureWidth;
    Palette palette = canvas.palette();
    for (int i = 0; i < Math.min(parts.size(), perColumn * columns); i++) {
      double left = (columnWidth + COLUMN_GAP) * (i / perColumn);
      double baseline = top + row * (i % perColumn) + TextStyle.LABEL.ascent() + 2;
      canvas.fill(new Rectangle2D.Double(left, baseline - TextStyle.LABEL.ascent() - 1, SWATCH, SWATCH),
          palette.part(i, parts.size()));
      Bar part = parts.get(i);
      canvas.text(part.label(), left + SWATCH + GAP, baseline, labelWidth, TextStyle.LABEL, palette.text(), Align.LEFT);
      canvas.text(part.text(), left + figureRight, baseline, figureWidth, TextStyle.LABEL, palette.text(), Align.RIGHT);
    }
    int last = parts.size();
    if (diagram.whole().isPresent() && last < perColumn * columns) {
      Bar whole = diagram.whole().get();
      double left = (columnWidth + COLUMN_GAP) * (last / perColumn);
      double rule = top + row * (last % perColumn);
      canvas.line(left, rule, left + figureRight, rule, palette.muted(), RULE);
      double baseline = rule + TextStyle.VALUE.ascent() + 4;
      canvas.text(whole.label(), left + SWATCH + GAP, baseline, labelWidth, TextStyle.VALUE, palette.text(), Align.LEFT);
      canvas.text(whole.text(), left + figureRight, baseline, figureWidth, TextStyle.VALUE, palette.text(), Align.RIGHT);
    }
  }
}
