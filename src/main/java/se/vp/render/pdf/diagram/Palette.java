package se.vp.render.pdf.diagram;

import java.awt.Color;
import java.util.List;

/**
 * The colours of every diagram, in one place. The main colour is the region's: the CSS {@code color}
 * set on the diagram element itself, else the theme's dark blue. The colours that stand beside it
 * (a stacked bar's parts, a waterfall's increases, the target band) are lighter tints of it, so a
 * region that restyles one colour gets a diagram of a piece. Text, grid, decreases and comparison
 * regions are fixed: calm, told apart by lightness and line pattern as much as by hue, and readable
 * on a projector, which washes out pale colours.
 */
record Palette(Color main, Color text, Color muted, Color grid, Color decrease, List<Color> comparisons) {

  static final Color THEME = new Color(0x0b3d5c);

  Palette {
    comparisons = List.copyOf(comparisons);
  }

  static Palette of(Color main) {
    return new Palette(main, new Color(0x1b1b1b), new Color(0x4a6272), new Color(0xc9d6de), new Color(0xb4503c),
        List.of(new Color(0x8a6d3b), new Color(0x5f8a6a), new Color(0x8b6a8f), new Color(0x6f7f8a)));
  }

  /** The main colour mixed with white: a share of 0 is white, 1 the main colour itself. */
  Color tint(double share) {
    return new Color(mix(main.getRed(), share), mix(main.getGreen(), share), mix(main.getBlue(), share));
  }

  Color increase() {
    return tint(0.5);
  }

  Color band() {
    return tint(0.16);
  }

  Color bandEdge() {
    return tint(0.45);
  }

  /** The parts of a stacked bar, from the main colour to a light tint of it, the last still clear of white. */
  Color part(int index, int count) {
    double step = count <= 1 ? 0 : Math.min(0.25, 0.65 / (count - 1));
    return tint(1 - step * index);
  }

  Color comparison(int index) {
    return comparisons.get(index % comparisons.size());
  }

  private static int mix(int channel, double share) {
    return (int) Math.round(255 - (255 - channel) * share);
  }
}
