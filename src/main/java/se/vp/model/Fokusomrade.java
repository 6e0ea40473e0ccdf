package se.vp.model;

import java.util.List;
import java.util.Optional;
import se.vp.diagnostic.Location;

/**
 * A focus area under a målsättning. An area such as 4.1 may only group its sub-areas (4.1.1,
 * 4.1.2) and have no mål of its own.
 */
public record Fokusomrade(
    String id,
    Nummer nummer,
    int malsattning,
    Location malsattningAt,
    String namn,
    Optional<Mal> mal,
    List<Ref> styrtal,
    List<Ref> uppdrag,
    Ursprung ursprung,
    Location at) {

  public Fokusomrade {
    styrtal = List.copyOf(styrtal);
    uppdrag = List.copyOf(uppdrag);
  }

  /** The fokusområde's goal text and where it comes from. */
  public record Mal(Text text, Ursprung ursprung) {}
}
