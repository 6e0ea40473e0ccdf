package se.vp.render.blocks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads a table: its caption, its rows from thead, tbody, tfoot or bare tr, and its column widths. */
final class TableReader {

  private static final Pattern WIDTH = Pattern.compile("width:\\s*([0-9.]+)%");

  private TableReader() {}

  /** The table, or nothing when it has no row. */
  static Optional<Block> table(Element table) {
    List<Table.Row> rows = new ArrayList<>();
    Element firstRow = null;
    Element caption = null;
    for (Node child : Dom.children(table)) {
      if (!(child instanceof Element e)) {
        continue;
      }
      List<Element> trs = switch (Dom.name(e)) {
        case "thead", "tbody", "tfoot" -> Dom.children(e).stream()
            .filter(n -> n instanceof Element r && Dom.name(r).equals("tr")).map(Element.class::cast).toList();
        case "tr" -> List.of(e);
        default -> List.of();
      };
      if (Dom.name(e).equals("caption")) {
        caption = e;
      }
      for (Element tr : trs) {
        firstRow = firstRow == null ? tr : firstRow;
        rows.add(row(tr, Dom.name(e).equals("thead")));
      }
    }
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    boolean layout = table.getAttribute("role").strip().equals("presentation");
    return Optional.of(new Table(Dom.classes(table), layout, percent(table).orElse(100.0) / 100,
        columnShares(firstRow), caption == null ? List.of() : RunReader.runs(Dom.children(caption)), rows));
  }

  private static Table.Row row(Element tr, boolean header) {
    List<Table.Cell> cells = new ArrayList<>();
    for (Element cell : cells(tr)) {
      boolean rowHeader = Dom.name(cell).equals("th") && cell.getAttribute("scope").strip().equals("row");
      cells.add(new Table.Cell(span(cell), rowHeader, Dom.classes(cell), BlockReader.blocks(cell)));
    }
    return new Table.Row(header, Dom.classes(tr), cells);
  }

  /** Column shares from the first row's "width: n%" styles; columns without one share the rest. */
  private static List<Double> columnShares(Element firstRow) {
    List<Double> given = new ArrayList<>();
    for (Element cell : cells(firstRow)) {
      int span = span(cell);
      Optional<Double> share = percent(cell);
      for (int i = 0; i < span; i++) {
        given.add(share.map(s -> s / span).orElse(-1.0));
      }
    }
    double known = given.stream().filter(s -> s >= 0).mapToDouble(Double::doubleValue).sum();
    long unknown = given.stream().filter(s -> s < 0).count();
    double rest = unknown == 0 ? 0 : Math.max(0, 100 - known) / unknown;
    double[] shares = given.stream().mapToDouble(s -> s < 0 ? rest : s).toArray();
    double total = Arrays.stream(shares).sum();
    return Arrays.stream(shares).map(s -> total == 0 ? 1.0 / shares.length : s / total).boxed().toList();
  }

  private static List<Element> cells(Element tr) {
    return Dom.children(tr).stream()
        .filter(n -> n instanceof Element e && (Dom.name(e).equals("td") || Dom.name(e).equals("th")))
        .map(Element.class::cast).toList();
  }

  private static int span(Element cell) {
    try {
      return Math.max(1, Integer.parseInt(cell.getAttribute("colspan").strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static Optional<Double> percent(Element e) {
    Matcher matcher = WIDTH.matcher(e.getAttribute("style"));
    return matcher.find() ? Optional.of(Double.parseDouble(matcher.group(1))) : Optional.empty();
  }
}
