package se.vp.render.pptx;

/**
 * The PDF diagrams' colours (se.vp.render.pdf.diagram.Palette, for the theme's main colour) as
 * DrawingML writes them, so a chart in the deck and the same diagram in the PDF look of a piece.
 * The tints mix the main colour with white as Palette does.
 */
final class ChartColours {

  static final int MAIN_RGB = 0x0b3d5c;
  static final String MAIN = hex(MAIN_RGB);
  static final String TEXT = "1B1B1B";
  static final String MUTED = "4A6272";
  static final String GRID = "C9D6DE";
  static final String DECREASE = "B4503C";
  static final String WHITE = "FFFFFF";
  private static final String[] COMPARISONS = {"8A6D3B", "5F8A6A", "8B6A8F", "6F7F8A"};
  /** The comparison lines' dashes, in the order SeriesKey gives them, as DrawingML's preset dashes. */
  private static final String[] DASHES = {"dash", "sysDot", "lgDashDot", "sysDash"};

  private ChartColours() {}

  static String increase() {
    return tint(0.5);
  }

  static String bandEdge() {
    return tint(0.45);
  }

  static String comparison(int index) {
    return COMPARISONS[index % COMPARISONS.length];
  }

  static String dash(int index) {
    return DASHES[index % DASHES.length];
  }

  /** The main colour mixed with white: a share of 0 is white, 1 the main colour itself. */
  static String tint(double share) {
    int r = mix(MAIN_RGB >> 16 & 0xff, share);
    int g = mix(MAIN_RGB >> 8 & 0xff, share);
    int b = mix(MAIN_RGB & 0xff, share);
    return hex(r << 16 | g << 8 | b);
  }

  private static int mix(int channel, double share) {
    return (int) Math.round(255 - (255 - channel) * share);
  }

  private static String hex(int rgb) {
    return String.format("%06X", rgb);
  }
}
