package se.vp.render.webb;

import java.util.ArrayList;
import java.util.List;
import se.vp.render.diagram.Diagram;

/**
 * A diagram's figures as a reader without the picture gets them: one sentence for the SVG's
 * description, and a table with a header row and a header column.
 */
record Figures(List<String> header, List<List<String>> rows, List<String> notes, String unit, boolean named) {

  Figures {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    notes = List.copyOf(notes);
  }

  static Figures of(Diagram diagram) {
    String unit = diagram.unit().isEmpty() ? "" : " (" + diagram.unit() + ")";
    String suffix = diagram.unit().isEmpty() ? "" : diagram.unit().equals("%") ? "\u00a0%" : " " + diagram.unit();
    List<List<String>> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (diagram instanceof Diagram.Waterfall waterfall) {
      waterfall.steps().forEach(s -> rows.add(List.of(s.label(), s.text())));
      return new Figures(List.of("Post", "Belopp" + unit), rows, notes, suffix, false);
    }
    if (diagram instanceof Diagram.Parts parts) {
      parts.parts().forEach(b -> rows.add(List.of(b.label(), b.text())));
      parts.whole().ifPresent(b -> rows.add(List.of(b.label(), b.text())));
      return new Figures(List.of("Del", "Belopp" + unit), rows, notes, suffix, false);
    }
    if (diagram instanceof Diagram.Bars bars) {
      bars.bars().forEach(b -> rows.add(List.of(b.label(), b.text())));
      return new Figures(List.of("Namn", "Belopp" + unit), rows, notes, suffix, false);
    }
    Diagram.Series series = (Diagram.Series) diagram;
    List<String> header = new ArrayList<>(List.of("År"));
    series.lines().forEach(l -> header.add(l.name() + unit));
    for (int year : series.years()) {
      List<String> row = new ArrayList<>(List.of(String.valueOf(year)));
      for (Diagram.Line line : series.lines()) {
        row.add(line.points().stream().filter(p -> p.year() == year).map(Diagram.Point::text).findFirst().orElse("–"));
      }
      rows.add(row);
    }
    series.target().ifPresent(t -> notes.add(t.label()));
    series.direction().ifPresent(d -> notes.add(d.label()));
    return new Figures(header, rows, notes, suffix, true);
  }

  /**
   * "Ramanslag 2025: 146,8 Mnkr. Indexuppräkning: +4,6 Mnkr." or, for a series, "2024: Region
   * Örebro län 76, Jönköping 74." and so on, for the SVG's desc.
   */
  String sentence() {
    StringBuilder text = new StringBuilder();
    for (List<String> row : rows) {
      text.append(row.get(0)).append(": ");
      for (int i = 1; i < row.size(); i++) {
        String name = named ? withoutUnit(header.get(i)) + " " : "";
        text.append(i > 1 ? ", " : "").append(name).append(row.get(i)).append(row.get(i).equals("–") ? "" : unit);
      }
      text.append(". ");
    }
    notes.forEach(n -> text.append(n).append(n.endsWith(".") ? " " : ". "));
    return text.toString().strip();
  }

  private String withoutUnit(String column) {
    return unit.isEmpty() ? column : column.replaceFirst(" \\([^()]*\\)$", "");
  }
}
