package se.vp.render.diagram;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import se.vp.locale.Svenska;
import se.vp.render.diagram.Diagram.Bar;
import se.vp.render.diagram.Diagram.Direction;
import se.vp.render.diagram.Diagram.Line;
import se.vp.render.diagram.Diagram.Point;
import se.vp.render.diagram.Diagram.Step;
import se.vp.render.diagram.Diagram.Target;

/**
 * Reads a diagram element as the templates write it. Templates come from pull requests, so nothing
 * here trusts them: an item whose figure is missing or not a plain decimal is left out, a kind
 * without a drawable item is no diagram, and the counts and lengths are capped so that a template
 * cannot make a drawing slow or unreadable. Reading never throws.
 */
public final class DiagramReader {

  /** A plain decimal with a point, as the contract writes data-varde; sixteen digits hold any budget. */
  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,16}(\\.\\d{1,12})?");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final int MAX_BARS = 40;
  private static final int MAX_LINES = 12;
  private static final int MAX_POINTS = 60;
  private static final int MAX_TEXT = 200;

  private DiagramReader() {}

  public static Optional<Diagram> read(Element object) {
    String unit = text(object.getAttribute("data-enhet"));
    return switch (object.getAttribute("data-typ")) {
      case "vattenfall" -> waterfall(object, unit);
      case "delar" -> parts(object, unit);
      case "staplar" -> bars(object, unit);
      case "serie" -> series(object, unit);
      default -> Optional.empty();
    };
  }

  private static Optional<Diagram> waterfall(Element object, String unit) {
    List<Step> steps = new ArrayList<>();
    for (Element item : items(object, "staplar")) {
      figure(item).ifPresent(f -> steps.add(new Step(label(item), f.value(), f.text(), kind(item))));
    }
    return steps.isEmpty() ? Optional.empty() : Optional.of(new Diagram.Waterfall(unit, capped(steps, MAX_BARS)));
  }

  private static Step.Kind kind(Element item) {
    return switch (item.getAttribute("data-slag")) {
      case "okning" -> Step.Kind.INCREASE;
      case "minskning" -> Step.Kind.DECREASE;
      case "summa" -> Step.Kind.TOTAL;
      default -> Step.Kind.VALUE;
    };
  }

  /** Parts that cannot be stacked (negative or zero) are left out; the whole only labels the bar. */
  private static Optional<Diagram> parts(Element object, String unit) {
    List<Bar> parts = new ArrayList<>();
    Optional<Bar> whole = Optional.empty();
    for (Element item : items(object, "staplar")) {
      Optional<Bar> bar = figure(item).map(f -> new Bar(label(item), f.value(), f.text()));
      if (item.getAttribute("data-slag").equals("summa")) {
        whole = whole.or(() -> bar);
      } else {
        bar.filter(b -> b.value() > 0).ifPresent(parts::add);
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(new Diagram.Parts(unit, capped(parts, MAX_BARS), whole));
  }

  private static Optional<Diagram> bars(Element object, String unit) {
    List<Bar> bars = new ArrayList<>();
    for (Element item : items(object, "staplar")) {
      figure(item).ifPresent(f -> bars.add(new Bar(label(item), f.value(), f.text())));
    }
    return bars.isEmpty() ? Optional.empty() : Optional.of(new Diagram.Bars(unit, capped(bars, MAX_BARS)));
  }

  /** A line keeps one point a year, the first; a line without a point is left out. */
  private static Optional<Diagram> series(Element object, String unit) {
    List<Line> lines = new ArrayList<>();
    Optional<Target> target = Optional.empty();
    Optional<Direction> direction = Optional.empty();
    for (Element child : children(object)) {
      String role = child.getAttribute("data-roll");
      if (role.equals("serie") && lines.size() < MAX_LINES) {
        TreeMap<Integer, Point> points = new TreeMap<>();
        for (Element item : children(child)) {
          Optional<Integer> year = Optional.of(item.getAttribute("data-ar").strip())
              .filter(y -> YEAR.matcher(y).matches()).map(Integer::valueOf);
          if (year.isPresent() && points.size() < MAX_POINTS) {
            figure(item).ifPresent(f -> points.putIfAbsent(year.get(), new Point(year.get(), f.value(), f.text())));
          }
        }
        if (!points.isEmpty()) {
          lines.add(new Line(text(child.getAttribute("data-namn")), child.getAttribute("data-egen").equals("ja"),
              List.copyOf(points.values())));
        }
      } else if (role.equals("mal") && target.isEmpty()) {
        Optional<BigDecimal> from = decimal(child.getAttribute("data-fran"));
        Optional<BigDecimal> to = decimal(child.getAttribute("data-till"));
        if (from.isPresent() || to.isPresent()) {
          double a = from.orElseGet(to::get).doubleValue();
          double b = to.orElseGet(from::get).doubleValue();
          target = Optional.of(new Target(a, b, label(child)));
        }
      } else if (role.equals("riktning") && direction.isEmpty()) {
        String way = child.getAttribute("data-riktning");
        if (way.equals("öka") || way.equals("minska")) {
          direction = Optional.of(new Direction(way.equals("öka"), label(child)));
        }
      }
    }
    return lines.isEmpty() ? Optional.empty() : Optional.of(new Diagram.Series(unit, lines, target, direction));
  }

  private record Figure(double value, String text) {}

  /** The item's figure; its text, when the template gives none, written the Swedish way from the value. */
  private static Optional<Figure> figure(Element item) {
    return decimal(item.getAttribute("data-varde")).map(value -> {
      String text = text(item.getAttribute("data-text"));
      return new Figure(value.doubleValue(), text.isEmpty() ? Svenska.tal(value) : text);
    });
  }

  private static Optional<BigDecimal> decimal(String written) {
    String value = written.strip();
    return DECIMAL.matcher(value).matches() ? Optional.of(new BigDecimal(value)) : Optional.empty();
  }

  /** The items of the object's first list of that role. */
  private static List<Element> items(Element object, String role) {
    return children(object).stream().filter(c -> c.getAttribute("data-roll").equals(role)).findFirst()
        .map(DiagramReader::children).orElse(List.of());
  }

  private static List<Element> children(Element parent) {
    List<Element> elements = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element) {
        elements.add(element);
      }
    }
    return elements;
  }

  private static String label(Element element) {
    return text(element.getTextContent());
  }

  /** Text on one line, as long as a diagram can show; a drawn label does not wrap where the template did. */
  private static String text(String raw) {
    String text = raw == null ? "" : raw.replaceAll("[\\s\\p{Cc}]+", " ").strip();
    return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
  }

  private static <T> List<T> capped(List<T> items, int max) {
    return items.size() > max ? items.subList(0, max) : items;
  }
}
