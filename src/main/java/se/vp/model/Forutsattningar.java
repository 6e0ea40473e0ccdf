package se.vp.model;

import java.util.List;
import java.util.Optional;

/** "Presentation av verksamhetens förutsättningar": the overall points, the områden, storregionalt. */
public record Forutsattningar(
    Optional<Avsnitt> presentation, List<Punkt> overgripande, List<Ref> omraden, List<Punkt> storregionalt) {

  public Forutsattningar {
    overgripande = List.copyOf(overgripande);
    omraden = List.copyOf(omraden);
    storregionalt = List.copyOf(storregionalt);
  }
}
