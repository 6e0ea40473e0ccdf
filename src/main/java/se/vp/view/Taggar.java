package se.vp.view;

import java.util.ArrayList;
import java.util.List;
import se.vp.model.Beslut;
import se.vp.model.Forslag;
import se.vp.model.Forslagstyp;
import se.vp.model.Organ;
import se.vp.model.Ursprung;

/**
 * Provenance written as the deck writes it: "FM 2026", "Från FM 2025", "DN 2025", "Från 2025",
 * "Förslag nytt styrtal till DN 2026", "Behåll i DN 2026", "Förslag till DN – Ta bort 4.2.1";
 * each tag with its kind, a decision, a proposal or a proposal to remove.
 */
final class Taggar {

  /** What kind of item a tag is for, since the deck words a mål's and a styrtal's tags apart. */
  enum Slag {
    MAL,
    STYRTAL,
    UPPDRAG,
    FOKUSOMRADE
  }

  private Taggar() {}

  static List<Views.Tagg> of(Ursprung ursprung, Slag slag, String label, int planAr) {
    List<Views.Tagg> taggar = new ArrayList<>();
    ursprung.beslut().ifPresent(b -> taggar.add(new Views.Tagg(beslut(b, slag, planAr), "beslut")));
    ursprung.forslag().ifPresent(f -> taggar.add(
        new Views.Tagg(forslag(f, slag, label), f.typ() == Forslagstyp.TA_BORT ? "bort" : "forslag")));
    return taggar;
  }

  private static String beslut(Beslut beslut, Slag slag, int planAr) {
    if (beslut.av() == Organ.FM) {
      return (beslut.ar() < planAr ? "Från FM " : "FM ") + beslut.ar();
    }
    return (slag == Slag.MAL ? "Från " : "DN ") + beslut.ar();
  }

  private static String forslag(Forslag forslag, Slag slag, String label) {
    return switch (forslag.typ()) {
      case NYTT -> (slag == Slag.STYRTAL ? "Förslag nytt styrtal till DN " : "Förslag till DN ") + forslag.ar();
      case BEHALL -> "Behåll i DN " + forslag.ar();
      case ANDRA -> "Förslag på ändring till DN " + forslag.ar();
      case TA_BORT -> "Förslag till DN – Ta bort " + label;
      case SLA_IHOP -> "Förslag till DN " + forslag.ar();
    };
  }
}
