package se.vp.model;

import java.util.List;
import java.util.Optional;
import se.vp.diagnostic.Location;

/**
 * The council's list of uppdrag to the committee: what the summary "Sammanfattning av uppdrag
 * till regional tillväxtnämnd (17 st)" lists and counts. Where the council's wording differs from
 * the uppdrag's text, the list keeps it.
 */
public record FullmaktigesLista(Beslut beslut, List<Listat> uppdrag) {

  public FullmaktigesLista {
    uppdrag = List.copyOf(uppdrag);
  }

  public record Listat(int nr, Optional<Text> lydelse, Location at) {}
}
