package se.vp.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.vp.text.TextWidth;

/**
 * The room on a slide and what a text takes of it, in points, measured with the font the PDF
 * embeds. The figures are those of templates/bildspel.css: a page of 338,67 × 190,5 mm with
 * margins of 16, 20, 18 and 27 mm for the furniture, and one text size per kind of slide. Change
 * one, change the other; DeckLayoutTest finds a slide whose text runs past its room.
 */
final class Bildyta {

  static final double MM = 72 / 25.4;
  static final double BREDD = (338.67 - 27 - 20) * MM;
  static final double HOJD = (190.5 - 16 - 18) * MM;

  /** Text sizes in points: body text of lists, of columns and tables, list headings, the title, tags. */
  static final double BROD = 22;
  static final double TAT = 20;
  static final double LITEN = 18;
  static final double H3 = 22;
  static final double RUBRIK = 30;
  static final double OVERRUBRIK = 16;
  static final double UNDERRUBRIK = 20;
  static final double TAGG = 14;
  static final double RAD = 1.3;

  /** What a slide keeps free below its text: line boxes round, and a list's last spacing. */
  private static final double RESERV = 6 * MM;
  private static final double LISTINDRAG = 12 * MM;
  private static final double POSTAVSTAND = 2.2 * MM;
  private static final double LISTSLUT = 4 * MM;
  private static final double SPALTMELLANRUM = 10 * MM;
  private static final double RUTMELLANRUM = 6 * MM;
  private static final double RUTKANT = 5 * MM;
  /** The most lines a card holds; a longer text goes in a list. */
  static final int RUTRADER = 4;

  private Bildyta() {}

  /** The heights of a chart the CSS offers, in millimetres, tallest first. */
  private static final List<Integer> DIAGRAMHOJDER = List.of(100, 90, 80, 70, 60, 50);

  /** The tallest chart that fits a room in points; the lowest when none does. */
  static int diagramhojd(double room) {
    return DIAGRAMHOJDER.stream().filter(h -> h * MM <= room).findFirst().orElse(DIAGRAMHOJDER.get(DIAGRAMHOJDER.size() - 1));
  }

  /** The text size of a kind of slide, as the CSS sets it. */
  static double storlek(String typ) {
    return switch (typ) {
      case "innehall", "rutor" -> BROD;
      case "jamforelse" -> LITEN;
      default -> TAT;
    };
  }

  /** The width of one of n columns side by side. */
  static double spalt(int n) {
    return (BREDD - SPALTMELLANRUM * (n - 1)) / n;
  }

  /** The most dates a timeline shows side by side, as the seed's deck does. */
  static final int DATUM_PER_TIDSLINJE = 5;

  /**
   * How many dates of the tidplan stand side by side on one slide: five, or fewer when a word of a
   * date, a heading or a text would not fit its column (the timeline's columns share the width
   * equally, each with 5 mm to the next), since the PDF would break it inside the word.
   */
  static int datumPerTidslinje(List<Views.Handelse> handelser) {
    for (int n = DATUM_PER_TIDSLINJE; n > 1; n--) {
      double column = BREDD / n - 5 * MM;
      boolean fits = handelser.stream().allMatch(h ->
          words(h.datum()).allMatch(w -> TextWidth.bold().of(w, BROD) <= column)
              && words(h.rubrik()).allMatch(w -> TextWidth.bold().of(w, LITEN) <= column)
              && h.text().stream().flatMap(Bildyta::words).allMatch(w -> TextWidth.regular().of(w, LITEN) <= column));
      if (fits) {
        return n;
      }
    }
    return 1;
  }

  /**
   * The height of a timeline as bildspel.css sets it: the margin above, the line with its dots,
   * and the tallest date with its heading and text in a column of its width.
   */
  static double tidslinje(List<Views.Handelse> handelser) {
    double column = BREDD / handelser.size() - 5 * MM;
    double tallest = handelser.stream().mapToDouble(h -> TextWidth.bold().lines(h.datum(), column, BROD) * BROD * RAD
        + (h.rubrik().isEmpty() ? 0 : TextWidth.bold().lines(h.rubrik(), column, LITEN) * LITEN * 1.2 + 2 * MM)
        + h.text().map(t -> TextWidth.regular().lines(t, column, LITEN) * LITEN * 1.2 + 1.5 * MM).orElse(0.0))
        .max().orElse(0);
    return 8 * MM + 14 * MM + 9 * MM + tallest;
  }

  private static Stream<String> words(String text) {
    return Arrays.stream(text.split("[ \\n]+")).filter(w -> !w.isEmpty());
  }

  /** How many cards stand side by side: three, or fewer when a word would not fit the card. */
  static int rutorPerRad(List<String> texts) {
    for (int n = 3; n > 1; n--) {
      double inner = ruta(n) - 2 * RUTKANT;
      boolean fits = texts.stream().flatMap(t -> Arrays.stream(t.split("[ \\n]+")))
          .allMatch(w -> TextWidth.bold().of(w, BROD) <= inner);
      if (fits) {
        return n;
      }
    }
    return 1;
  }

  /** The lines of a card's text, n cards side by side. */
  static int rutrader(String text, int n) {
    return TextWidth.bold().lines(text, ruta(n) - 2 * RUTKANT, BROD);
  }

  /** The height of a row of cards of so many lines, with the space below it. */
  static double rutrad(int lines) {
    return lines * BROD * 1.2 + 13.5 * MM + RUTMELLANRUM;
  }

  private static double ruta(int n) {
    return (BREDD - RUTMELLANRUM * (n - 1)) / n;
  }

  /** The room for a slide's parts under its headings. */
  static double rum(Optional<String> overrubrik, String rubrik, Optional<String> underrubrik) {
    double used = overrubrik.map(o -> OVERRUBRIK * 1.2 + 2 * MM).orElse(0.0);
    used += TextWidth.bold().lines(rubrik, BREDD, RUBRIK) * RUBRIK * 1.15 + 5 * MM;
    used += underrubrik.map(u -> TextWidth.regular().lines(u, BREDD, UNDERRUBRIK) * UNDERRUBRIK * 1.25 + 3 * MM)
        .orElse(0.0);
    return HOJD - used - RESERV;
  }

  /** The height of a list heading. */
  static double rubrik(String text, double width) {
    return TextWidth.bold().lines(text, width, H3) * H3 * 1.2 + 2.5 * MM;
  }

  /** The height of a chart's heading, which names what it shows in the slide's text. */
  static double diagramrubrik(String text, double width) {
    return TextWidth.regular().lines(text, width, TAT) * TAT * 1.25 + 2.5 * MM;
  }

  /** The height of one item of a list at a text size, in a column of a width. */
  static double post(Bildspel.Post post, double size, double width) {
    List<Double> words = new ArrayList<>();
    post.nr().ifPresent(nr -> words.add(TextWidth.bold().of(nr, size)));
    for (String w : post.text().split(" +")) {
      if (!w.isBlank()) {
        words.add(word(w, size));
      }
    }
    words.add(kept(post.sista(), post.varden(), post.taggar(), size));
    double lines = lines(words, size, width - LISTINDRAG);
    for (String under : post.underpunkter()) {
      lines += TextWidth.regular().lines(under, width - 2 * LISTINDRAG, size);
    }
    return lines * size * RAD + POSTAVSTAND;
  }

  /** The height of a list's items, without its heading and end. */
  static double poster(List<Bildspel.Post> posts, double size, double width) {
    return posts.stream().mapToDouble(p -> post(p, size, width)).sum();
  }

  /** What a list takes beyond its items: its heading, if any, and its end. */
  static double lista(Optional<String> rubrik, double width) {
    return rubrik.map(r -> rubrik(r, width)).orElse(0.0) + LISTSLUT;
  }

  /** The height of a fokusområde's mål in its box. */
  static double mal(Bildspel.Mal mal) {
    List<Double> words = new ArrayList<>();
    words.add(TextWidth.bold().of("Mål:", TAT));
    for (String w : mal.text().split(" +")) {
      if (!w.isBlank()) {
        words.add(word(w, TAT));
      }
    }
    words.add(kept(mal.sista(), Optional.empty(), mal.taggar(), TAT));
    return lines(words, TAT, BREDD - 11.5 * MM) * TAT * RAD + 6 * MM + 5 * MM;
  }

  /** A row of a table: its tallest cell, each cell a share of the width. */
  static double rad(List<List<String>> cells, List<Double> shares, double size) {
    int lines = 1;
    for (int i = 0; i < cells.size(); i++) {
      int cellLines = 0;
      for (String part : cells.get(i)) {
        cellLines += Math.max(1, TextWidth.regular().lines(part, BREDD * shares.get(i) - 6 * MM, size));
      }
      lines = Math.max(lines, cellLines);
    }
    return lines * size * RAD + 3 * MM;
  }

  private static double word(String word, double size) {
    return TextWidth.regular().of(word, size);
  }

  /** The last word with the figures and tags the template keeps on its line. */
  private static double kept(String sista, Optional<String> varden, List<Views.Tagg> taggar, double size) {
    double space = TextWidth.regular().of(" ", size);
    double width = TextWidth.regular().of(sista, size);
    width += varden.map(v -> space + TextWidth.regular().of(v, size)).orElse(0.0);
    for (Views.Tagg tagg : taggar) {
      width += space + TextWidth.bold().of(tagg.text(), TAGG) + 0.9 * TAGG;
    }
    return width;
  }

  private static int lines(List<Double> words, double size, double column) {
    return TextWidth.lines(words, TextWidth.regular().of(" ", size), column);
  }
}
