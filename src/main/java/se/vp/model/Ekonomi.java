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

  public record Indexupprakning(String index, Amount procent, Amount mnkr) {}

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

  public record Fordelning(Optional<String> kommentar, List<Fordelningspost> omraden, Location at) {
    public Fordelning {
      omraden = List.copyOf(omraden);
    }
  }

  /** One område's share of the frame; the amount may be unknown, and is then reported, not made up. */
  public record Fordelningspost(
      Ref omrade, Optional<Amount> mnkr, Optional<String> kommentar, Optional<Atgardskrav> atgardskrav, Location at) {}

  /** A deficit, the effect of measures, and what remains to be done: -2,3 + 1,2 => 1,1. */
  public record Atgardskrav(Amount underskott, Amount effekt, Amount mnkr, Optional<String> kalla) {}

  public record Tabell(Optional<LocalDate> datum, Optional<String> kommentar, List<Rad> rader, Location at) {
    public Tabell {
      rader = List.copyOf(rader);
    }
  }

  public record Rad(String namn, Amount mnkr) {}
}
