package se.vp.render.diagram;

import java.util.List;
import java.util.Optional;

/**
 * What a diagram element of the XHTML holds, read once and checked: only finite figures of sensible
 * size, and none of the kinds empty, so the PDF painter and the PowerPoint chart use it without
 * asking again. {@code unit} is printed as written ("Mnkr", "kr/åa", "%"); every {@code text} is the
 * figure as the plan writes it, and every {@code value} what is drawn.
 */
public sealed interface Diagram {

  String unit();

  /** The economic frame: each step starts at zero or where the one before it ended. */
  record Waterfall(String unit, List<Step> steps) implements Diagram {
    public Waterfall {
      steps = List.copyOf(steps);
    }
  }

  /** One whole as one bar stacked of its parts; the whole's label and figure, when given. */
  record Parts(String unit, List<Bar> parts, Optional<Bar> whole) implements Diagram {
    public Parts {
      parts = List.copyOf(parts);
    }
  }

  /** Amounts side by side, one horizontal bar each. */
  record Bars(String unit, List<Bar> bars) implements Diagram {
    public Bars {
      bars = List.copyOf(bars);
    }
  }

  /** A styrtal's outcome year by year: the plan's own series, its comparisons, its target and its direction. */
  record Series(String unit, List<Line> lines, Optional<Target> target, Optional<Direction> direction)
      implements Diagram {
    public Series {
      lines = List.copyOf(lines);
    }

    /** Every year of every line, in order: the x axis. */
    public List<Integer> years() {
      return lines.stream().flatMap(l -> l.points().stream()).map(Point::year).distinct().sorted().toList();
    }
  }

  record Bar(String label, double value, String text) {}

  record Step(String label, double value, String text, Kind kind) {

    public enum Kind {
      /** Stands on zero, and the running total starts over from it. */
      VALUE,
      INCREASE,
      DECREASE,
      /** Stands on zero and shows the total as the plan states it, which need not be the sum of rounded steps. */
      TOTAL
    }
  }

  /** One region's outcome; {@code own} the plan's own region, drawn strong. */
  record Line(String name, boolean own, List<Point> points) {
    public Line {
      points = List.copyOf(points);
    }
  }

  record Point(int year, double value, String text) {}

  /** A target band; {@code from} may lie above {@code to}, as a target to decrease is written. */
  record Target(double from, double to, String label) {

    public double low() {
      return Math.min(from, to);
    }

    public double high() {
      return Math.max(from, to);
    }
  }

  record Direction(boolean up, String label) {}
}
