package se.vp.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.vp.model.ResolvedPlan;
import se.vp.text.TextWidth;
import se.vp.view.Bildspel.Bild;

/**
 * The styrtal that have outcomes, as charts after the list they stand in: every year, the target
 * band, the direction and the comparison regions. Two stand side by side when their headings are
 * short, else one to a slide; each chart as tall as its slide leaves room for.
 */
final class Styrtalsbilder {

  /** The most lines of a chart's heading in a column of two. */
  private static final int RUBRIKRADER = 3;

  private record Figur(String rubrik, Diagram diagram) {}

  private Styrtalsbilder() {}

  static void add(BildspelViews deck, ResolvedPlan resolved, Views.Dokument d, Optional<String> overrubrik,
      String rubrik, List<Views.Styrtal> styrtal) {
    List<Figur> charts = new ArrayList<>();
    for (Views.Styrtal s : styrtal) {
      resolved.styrtal(s.id())
          .flatMap(model -> Diagrams.serie(model, s.text(),
              d.organisation().isEmpty() ? "Utfall" : d.organisation(), PlanViews.enhet(model)))
          .ifPresent(chart -> charts.add(new Figur(s.text(), chart)));
    }
    String titel = rubrik.replaceAll("\\.$", "") + " – utfall och mål";
    double room = Bildyta.rum(overrubrik, titel, Optional.empty());
    for (int i = 0; i < charts.size(); ) {
      boolean pair = i + 1 < charts.size() && short2(charts.get(i)) && short2(charts.get(i + 1));
      List<Figur> slide = charts.subList(i, i + (pair ? 2 : 1));
      double width = Bildyta.spalt(slide.size());
      double heading = slide.stream().mapToDouble(f -> Bildyta.diagramrubrik(f.rubrik(), width)).max().orElse(0);
      int hojd = Bildyta.diagramhojd(room - heading);
      deck.add(new Bild("diagram", Optional.empty(), overrubrik, titel, Optional.empty(), List.of(
          new Bildspel.Spalter("spalter", slide.stream().map(f -> new Bildspel.Spalt(Optional.of(f.rubrik()),
              List.of(new Bildspel.Figur("figur", f.diagram(), hojd)))).toList()))));
      i += slide.size();
    }
  }

  private static boolean short2(Figur figur) {
    return TextWidth.regular().lines(figur.rubrik(), Bildyta.spalt(2), Bildyta.TAT) <= RUBRIKRADER;
  }
}
