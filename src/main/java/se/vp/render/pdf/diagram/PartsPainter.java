package se.vp.render.pdf.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.vp.render.diagram.Diagram.Bar;
import se.vp.render.diagram.Diagram;
import se.vp.render.pdf.diagram.Canvas.Align;

/**
 * One whole as a bar stacked of its parts, and beneath it a key that reads as a small table: each
 * part's colour, label and figure, then the whole. A part too narrow for its label in the bar
 * still has its row in the key, so nothing depends on the size of a part. The key is given the
 * height it needs and the bar what is left, within bounds.
 */
final class PartsPainter {

  private static final double SWATCH = 14;
  private static final double GAP = 8;
  private static final double COLUMN_GAP = 28;
  /** Narrower than this, a second column of the key would cut its labels to pieces. */
  private static final double NARROWEST_COLUMN = 180;
  private static final double LOWEST_BAR = 20;
  private static final double HIGHEST_BAR = 44;
  private static final BasicStroke SEPARATOR = new BasicStroke(2f);
  private static final BasicStroke RULE = new BasicStroke(1f);

  private PartsPainter() {}

  /** A row of the key: a part with its colour, or the whole, in bold under a rule. */
  private record Entry(Bar bar, Optional<Color> colour) {

    TextStyle style() {
      return colour.isPresent() ? TextStyle.LABEL : TextStyle.VALUE;
    }
  }

  static void paint(Diagram.Parts diagram, Canvas canvas) {
    double top = canvas.unitCaption(diagram.unit());
    List<Bar> parts = diagram.parts();
    Palette palette = canvas.palette();
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      entries.add(new Entry(parts.get(i), Optional.of(palette.part(i, parts.size()))));
    }
    diagram.whole().ifPresent(whole -> entries.add(new Entry(whole, Optional.empty())));
    double keyHeight = Key.of(entries, 1, canvas.width(), 0, Double.MAX_VALUE).height();
    double barHeight = Math.max(LOWEST_BAR, Math.min(HIGHEST_BAR, canvas.height() - top - GAP - keyHeight));
    bar(parts, canvas, top, barHeight);
    Key key = Key.of(entries, 1, canvas.width(), top + barHeight + GAP, canvas.height());
    if (key.placed().size() < entries.size() && (canvas.width() - COLUMN_GAP) / 2 >= NARROWEST_COLUMN) {
      Key twoColumns = Key.of(entries, 2, canvas.width(), top + barHeight + GAP, canvas.height());
      key = twoColumns.placed().size() > key.placed().size() ? twoColumns : key;
    }
    key.draw(canvas);
  }

  /** The parts side by side across the width, each as wide as its share, white lines between. */
  private static void bar(List<Bar> parts, Canvas canvas, double top, double height) {
    double sum = parts.stream().mapToDouble(Bar::value).sum();
    double x = 0;
    for (int i = 0; i < parts.size(); i++) {
      double w = parts.get(i).value() / sum * canvas.width();
      canvas.fill(new Rectangle2D.Double(x, top, w, height), canvas.palette().part(i, parts.size()));
      if (i > 0) {
        canvas.line(x, top, x, top + height, Color.WHITE, SEPARATOR);
      }
      x += w;
    }
  }

  /** An entry where it stands, with its label in the lines it takes. */
  private record Placed(Entry entry, double left, double top, List<String> lines) {}

  /**
   * The key in columns: how wide its labels and figures are, and where each entry stands; a
   * label takes two lines when it must, and entries below the bottom of the last column are left out.
   */
  private record Key(double labelWidth, double figureWidth, List<Placed> placed, double height) {

    static Key of(List<Entry> entries, int columns, double width, double top, double bottom) {
      double columnWidth = (width - COLUMN_GAP * (columns - 1)) / columns;
      double figureWidth = Math.min(columnWidth * 0.4,
          entries.stream().mapToDouble(e -> e.style().width(e.bar().text())).max().orElse(0));
      double labelWidth = Math.min(Math.max(columnWidth - SWATCH - GAP * 3 - figureWidth, 0),
          entries.stream().mapToDouble(e -> e.style().width(e.bar().label())).max().orElse(0));
      List<Placed> placed = new ArrayList<>();
      double y = top;
      double lowest = top;
      int column = 0;
      for (Entry entry : entries) {
        List<String> lines = TextFit.wrap(entry.bar().label(), labelWidth, 2, entry.style());
        double height = Math.max(lines.size(), 1) * entry.style().lineHeight() + 6;
        if (y + height > bottom) {
          column++;
          y = top;
          if (column == columns || y + height > bottom) {
            break;
          }
        }
        placed.add(new Placed(entry, (columnWidth + COLUMN_GAP) * column, y, lines));
        y += height;
        lowest = Math.max(lowest, y);
      }
      return new Key(labelWidth, figureWidth, placed, lowest - top);
    }

    void draw(Canvas canvas) {
      Palette palette = canvas.palette();
      double figureRight = SWATCH + GAP + labelWidth + GAP * 2 + figureWidth;
      for (Placed placed : placed) {
        Entry entry = placed.entry();
        TextStyle style = entry.style();
        double baseline = placed.top() + style.ascent() + 4;
        if (entry.colour().isPresent()) {
          canvas.fill(new Rectangle2D.Double(placed.left(), baseline - style.ascent() - 1, SWATCH, SWATCH),
              entry.colour().get());
        } else {
          double rule = placed.top() + 1;
          canvas.line(placed.left(), rule, placed.left() + figureRight, rule, palette.muted(), RULE);
        }
        for (int l = 0; l < placed.lines().size(); l++) {
          double line = baseline + l * style.lineHeight();
          canvas.text(placed.lines().get(l), placed.left() + SWATCH + GAP, line, labelWidth, style, palette.text(),
              Align.LEFT);
        }
        canvas.text(entry.bar().text(), placed.left() + figureRight, baseline, figureWidth, style, palette.text(),
            Align.RIGHT);
      }
    }
  }
}
