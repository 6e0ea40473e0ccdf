package se.vp.model;

import java.util.List;
import java.util.Optional;
import se.vp.diagnostic.Location;

/** One of the council's numbered goals, with the styrtal and uppdrag it carries directly. */
public record Malsattning(
    String id, int nr, Optional<Text> titel, List<Ref> styrtal, List<Ref> uppdrag, Ursprung ursprung, Location at) {

  public Malsattning {
    styrtal = List.copyOf(styrtal);
    uppdrag = List.copyOf(uppdrag);
  }
}
