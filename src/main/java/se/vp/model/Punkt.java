package se.vp.model;

import java.util.List;

/** A bullet point, possibly with sub-points. */
public record Punkt(String text, List<String> underpunkter) {
  public Punkt {
    underpunkter = List.copyOf(underpunkter);
  }
}
