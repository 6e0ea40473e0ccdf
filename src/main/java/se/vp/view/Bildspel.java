package se.vp.view;

import java.util.List;
import java.util.Optional;

/**
 * The deck as the chair presents it: slides of a few types, each with its headings and its parts
 * (lists, a mål, columns, a table, key figures, a chart, the timeline), already split where a
 * list does not fit one slide, and the chapters the bookmarks and the section slides name. It is
 * made from the plan's view and its figures; templates lay it out, and every writer of the deck
 * reads the same slides. Layout, not content: the diff leaves it out.
 */
public record Bildspel(List<Kapitel> kapitel, List<Bild> bilder) {

  public Bildspel {
    kapitel = List.copyOf(kapitel);
    bilder = List.copyOf(bilder);
  }

  /** A chapter of the deck: the anchor of its first slide, its heading, and chapters within it. */
  public record Kapitel(String id, String rubrik, List<Kapitel> delar) {
    public Kapitel {
      delar = List.copyOf(delar);
    }
  }

  /**
   * One slide. {@code typ} decides its layout and its one text size: titel, avsnitt, innehall (lists
   * at the largest size), detaljer (denser lists), spalter, jamforelse, nyckeltal, tabell, diagram,
   * tidslinje, rutor or avslutning. {@code kallor} are the plan-source files its content comes from,
   * for the speaker notes.
   */
  public record Bild(String typ, Optional<String> id, Optional<String> overrubrik, String rubrik,
      Optional<String> underrubrik, List<Del> delar, List<String> kallor) {
    public Bild {
      delar = List.copyOf(delar);
      kallor = List.copyOf(kallor);
    }

    /** A slide whose sources the deck adds as it takes it. */
    public Bild(String typ, Optional<String> id, Optional<String> overrubrik, String rubrik,
        Optional<String> underrubrik, List<Del> delar) {
      this(typ, id, overrubrik, rubrik, underrubrik, delar, List.of());
    }
  }

  /** A part of a slide; {@code typ} says which, for the template. */
  public interface Del {
    String typ();
  }

  /**
   * A list of items under an optional heading, numbered from {@code start} when {@code numrerad},
   * so that a list continued on the next slide goes on counting.
   */
  public record Lista(String typ, Optional<String> rubrik, boolean numrerad, int start, List<Post> poster)
      implements Del {
    public Lista {
      poster = List.copyOf(poster);
    }

    static Lista of(Optional<String> rubrik, boolean numrerad, int start, List<Post> poster) {
      return new Lista("lista", rubrik, numrerad, start, poster);
    }
  }

  /**
   * An item of a list. The text is split before its last word ({@code sista}), which the template
   * keeps on one line with the figures and tags that follow it, so that a tag never stands alone.
   */
  public record Post(Optional<String> nr, String text, String sista, Optional<String> varden, List<Views.Tagg> taggar,
      List<String> underpunkter) {
    public Post {
      taggar = List.copyOf(taggar);
      underpunkter = List.copyOf(underpunkter);
    }
  }

  /** A fokusområde's mål, set apart above its styrtal. */
  public record Mal(String typ, String text, String sista, List<Views.Tagg> taggar) implements Del {
    public Mal {
      taggar = List.copyOf(taggar);
    }
  }

  /** Parts side by side, two or three. */
  public record Spalter(String typ, List<Spalt> spalter) implements Del {
    public Spalter {
      spalter = List.copyOf(spalter);
    }
  }

  public record Spalt(Optional<String> rubrik, List<Del> delar) {
    public Spalt {
      delar = List.copyOf(delar);
    }
  }

  /** A table of figures; its first column heads its rows, a {@code summa} row closes it. */
  public record Tabell(String typ, Optional<String> rubrik, List<Kolumn> kolumner, List<Rad> rader) implements Del {
    public Tabell {
      kolumner = List.copyOf(kolumner);
      rader = List.copyOf(rader);
    }
  }

  /** A column's heading, its share of the width in percent, and whether it holds amounts, which are set right. */
  public record Kolumn(String rubrik, int bredd, boolean belopp) {}

  /** A row: each cell its lines. */
  public record Rad(List<List<String>> celler, boolean summa) {
    public Rad {
      celler = celler.stream().map(List::copyOf).toList();
    }
  }

  /** Figures the chair reads out, big. */
  public record Nyckeltal(String typ, List<Tal> tal) implements Del {
    public Nyckeltal {
      tal = List.copyOf(tal);
    }
  }

  /** A figure, what it is, and a note below it. */
  public record Tal(String varde, String etikett, Optional<String> not) {}

  /** A short text of its own: a note, or what is missing. */
  public record Stycke(String typ, String text, boolean saknas) implements Del {}

  /** The tidplan as a line of dates. */
  public record Tidslinje(String typ, List<Views.Handelse> handelser) implements Del {
    public Tidslinje {
      handelser = List.copyOf(handelser);
    }
  }

  /** Short statements as cards, {@code perRad} side by side, each as tall as {@code rader} lines. */
  public record Rutor(String typ, int perRad, int rader, List<String> rutor) implements Del {
    public Rutor {
      rutor = List.copyOf(rutor);
    }
  }

  /** The chapters on a section's slide, the one it opens marked. */
  public record Agenda(String typ, List<Kapitel> kapitel, String aktuellt) implements Del {
    public Agenda {
      kapitel = List.copyOf(kapitel);
    }
  }

  /** A chart from the plan's figures (see {@link Diagram}), so many millimetres tall. */
  public record Figur(String typ, Diagram diagram, int hojd) implements Del {}
}
