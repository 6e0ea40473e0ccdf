package se.vp.view;

import java.util.List;
import java.util.Optional;

/**
 * A chart drawn from the plan's figures, as the deck's template writes it for the PDF writer to
 * draw: its kind (vattenfall, delar, staplar or serie), the unit, every figure in words
 * ({@code alt}, what a screen reader reads), and the figures themselves, each as a plain decimal
 * to draw and as written in Swedish to print.
 */
public record Diagram(String diagramtyp, String enhet, String alt, List<Stapel> staplar, List<Serie> serier,
    Optional<Band> mal, Optional<Riktning> riktning) {

  public Diagram {
    staplar = List.copyOf(staplar);
    serier = List.copyOf(serier);
  }

  /**
   * A bar: its label, its value, its value as printed, and its part in the chart: varde (from
   * zero), okning or minskning (from the running total), summa (the total), del (a part of a whole).
   */
  public record Stapel(String etikett, String varde, String text, String slag) {}

  /** A region's values over the years; {@code egen} for the plan's own region. */
  public record Serie(String namn, boolean egen, List<Punkt> punkter) {
    public Serie {
      punkter = List.copyOf(punkter);
    }
  }

  public record Punkt(int ar, String varde, String text) {}

  /** A target range, from and to as the plan writes it (from may be above to), and its label. */
  public record Band(String fran, String till, String text) {}

  /** Which way the styrtal should go, öka or minska, and how the chart says so. */
  public record Riktning(String riktning, String text) {}
}
