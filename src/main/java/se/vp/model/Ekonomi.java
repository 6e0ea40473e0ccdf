package se.vp.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.vp.diagnostic.Location;

/** The economic frame and its distribution. Amounts in Mnkr unless a name says kr or procent. */
public record Ekonomi(
    Optional<Avsnitt> presentation,
    Ramanslag ramanslag,
    Optional<Resursfordelningsmodell> modell,
    Optional<Fordelning> fordelning,
    Optional<Tabell> upprakningPerForening,
    Optional<Tabell> utrymmeForSatsningar) {

  /** The net frame from the council, last year's frame and the index adjustment between them. */
  public record Ramanslag(
      Amount mnkr,
      Optional<Amount> foregaendeAr,
      Optional<Indexupprakning> index,
      Optional<Amount> reduceringskrav,
      Optional<String> kommentar) {}

  public record Indexupprakning(Optional<String> index, Amount procent, Optional<Amount> mnkr) {}

  /** A named line with an amount (Mnkr, or kr per årsarbetare in the schablon) and maybe a percentage. */
  public record Post(String namn, Optional<Amount> procent, Amount belopp, Location at) {}

  public record Resursfordelningsmodell(
      Optional<Integer> framtagenAr,
      List<Post> upprakning,
      Optional<Schablonanslag> schablonanslag,
      Optional<Amount> projektfinansieringTimmar,
      Optional<Amount> sjukloneavrakningProcent,
      List<Post> reserver) {

    public Resursfordelningsmodell {
      upprakning = List.copyOf(upprakning);
      reserver = List.copyOf(reserver);
    }
  }

  public record Schablonanslag(Amount krPerArsarbetare, List<Post> delar) {
    public Schablonanslag {
      delar = List.copyOf(delar);
    }
  }

  /** The frame distributed per område, per budget post of the plan's own, or both: områden first. */
  public record Fordelning(Optional<String> kommentar, List<Fordelningspost> rader, Location at) {
    public Fordelning {
      rader = List.copyOf(rader);
    }

    /** What the rows are, in the plural: "områden", "poster" or "områden och poster". */
    public String slag() {
      boolean omraden = rader.stream().anyMatch(r -> r.omrade().isPresent());
      boolean poster = rader.stream().anyMatch(r -> r.omrade().isEmpty());
      return omraden && poster ? "områden och poster" : poster ? "poster" : "områden";
    }

    /** The heading of the rows' column: "Område", "Post" or "Område eller post". */
    public String kolumn() {
      return switch (slag()) {
        case "poster" -> "Post";
        case "områden" -> "Område";
        default -> "Område eller post";
      };
    }
  }

  /**
   * One område's or budget post's share of the frame: an område is named by its id, a post by its
   * name. The amount may be unknown, and is then reported, not made up.
   */
  public record Fordelningspost(Optional<Ref> omrade, Optional<String> post, Optional<Amount> mnkr,
      Optional<String> kommentar, Optional<Atgardskrav> atgardskrav, Location at) {}

  /** A deficit, the effect of measures, and what remains to be done: -2,3 + 1,2 => 1,1. */
  public record Atgardskrav(Amount underskott, Amount effekt, Amount mnkr, Optional<String> kalla) {}

  public record Tabell(Optional<LocalDate> datum, Optional<String> kommentar, List<Rad> rader, Location at) {
    public Tabell {
      rader = List.copyOf(rader);
    }
  }

  public record Rad(String namn, Amount mnkr) {}
}
