package se.vp.view;

import java.util.ArrayList;
import java.util.List;
import se.vp.model.Beslut;
import se.vp.model.Forslag;
import se.vp.model.Forslagstyp;
import se.vp.model.Organ;
import se.vp.model.Plan;
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

  private final Plan plan;
  private final int planAr;

  Taggar(Plan plan) {
    this.plan = plan;
    this.planAr = plan.fakta().ar();
  }

  /**
   * The tags of an item; {@code label} is what a proposal to remove it names: a fokusområde's
   * number, an uppdrag's "Nr 27", or nothing for what the tag stands beside the text of.
   */
  List<Views.Tagg> of(Ursprung ursprung, Slag slag, String label) {
    List<Views.Tagg> taggar = new ArrayList<>();
    ursprung.beslut().ifPresent(b -> taggar.add(new Views.Tagg(beslut(b, slag), "beslut")));
    ursprung.forslag().ifPresent(f -> taggar.add(
        new Views.Tagg(forslag(f, slag, label), f.typ() == Forslagstyp.TA_BORT ? "bort" : "forslag")));
    return taggar;
  }

  /** The committee's own decisions read "DN 2025", a mål's "Från 2025"; other bodies' as the council's. */
  private String beslut(Beslut beslut, Slag slag) {
    boolean namnden = plan.organ(beslut.av()).map(Organ::namnden).orElse(false);
    if (!namnden) {
      return (beslut.ar() < planAr ? "Från " : "") + beslut.av() + " " + beslut.ar();
    }
    return (slag == Slag.MAL ? "Från " : beslut.av() + " ") + beslut.ar();
  }

  private String forslag(Forslag forslag, Slag slag, String label) {
    String till = plan.namnden().forkortning();
    return switch (forslag.typ()) {
      case NYTT -> (slag == Slag.STYRTAL ? "Förslag nytt styrtal till " : "Förslag till ") + till + " " + forslag.ar();
      case BEHALL -> "Behåll i " + till + " " + forslag.ar();
      case ANDRA -> "Förslag på ändring till " + till + " " + forslag.ar();
      case TA_BORT -> "Förslag till " + till + " – Ta bort" + (label.isEmpty() ? "" : " " + label);
      case SLA_IHOP -> "Förslag till " + till + " " + forslag.ar();
    };
  }
}
