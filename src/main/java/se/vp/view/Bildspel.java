package se.vp.view;

import java.util.List;
import java.util.Optional;

/**
 * How the deck spreads the plan over slides: which items each slide carries and the text size it
 * needs. Layout, not content: the diff leaves it out, and it is made from the plan's view alone.
 */
public record Bildspel(
    List<Malsattningsbilder> malsattningar,
    List<Fokusbilder> fokusomraden,
    List<Gemensambild> gemensamma,
    List<Bild<Views.Listat>> sammanfattning,
    List<Omradesbilder> omraden) {

  public Bildspel {
    malsattningar = List.copyOf(malsattningar);
    fokusomraden = List.copyOf(fokusomraden);
    gemensamma = List.copyOf(gemensamma);
    sammanfattning = List.copyOf(sammanfattning);
    omraden = List.copyOf(omraden);
  }

  /**
   * One slide's share of a list: its items, the text size class they need, and the number the
   * first of them has in the whole list (for a numbered list that goes on from the slide before).
   */
  public record Bild<T>(List<T> poster, String storlek, int start) {
    public Bild {
      poster = List.copyOf(poster);
    }
  }

  /** A målsättning with styrtal of its own and fokusområden: its styrtal slides before its overview. */
  public record Malsattningsbilder(Views.Malsattning malsattning, List<Bild<Views.Styrtal>> styrtal) {
    public Malsattningsbilder {
      styrtal = List.copyOf(styrtal);
    }
  }

  /** A fokusområde's slides: its mål and styrtal, then its uppdrag. */
  public record Fokusbilder(Views.Fokusomrade fokusomrade, List<Bild<Views.Styrtal>> styrtal, List<Uppdragsbild> uppdrag) {
    public Fokusbilder {
      styrtal = List.copyOf(styrtal);
      uppdrag = List.copyOf(uppdrag);
    }
  }

  /** A slide of uppdrag under their headings: the nämnd's and förvaltningen's together, or one of them. */
  public record Uppdragsbild(List<Uppdragsgrupp> grupper, String storlek) {
    public Uppdragsbild {
      grupper = List.copyOf(grupper);
    }
  }

  public record Uppdragsgrupp(String rubrik, List<Views.Uppdrag> uppdrag) {
    public Uppdragsgrupp {
      uppdrag = List.copyOf(uppdrag);
    }
  }

  public record Gemensambild(Views.Gemensam malsattning, String storlek) {}

  public record Omradesbilder(Views.Omrade omrade, List<Presentationsbilder> presentationer) {
    public Omradesbilder {
      presentationer = List.copyOf(presentationer);
    }
  }

  /** An område's presentation: a slide per insats, and one for its challenges, in a table when they have headings. */
  public record Presentationsbilder(
      List<Insatsbild> insatser, List<Views.Utmaning> utmaningar, Optional<String> utmaningarStorlek,
      boolean utmaningarMedRubrik) {
    public Presentationsbilder {
      insatser = List.copyOf(insatser);
      utmaningar = List.copyOf(utmaningar);
    }
  }

  public record Insatsbild(Views.Insats insats, String storlek) {}
}
