package se.vp.model;

import java.util.List;
import se.vp.diagnostic.Location;

/** A bullet point, possibly with sub-points, and where it is written. */
public record Punkt(String text, List<String> underpunkter, Location at) {
  public Punkt {
    underpunkter = List.copyOf(underpunkter);
  }
}
