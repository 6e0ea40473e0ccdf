package se.vp.model;

import java.util.List;
import se.vp.diagnostic.Location;

/** Future challenges: external factors and internal ones, and the file that lists them. */
public record Omvarld(List<String> omvarldsfaktorer, List<String> internaUtmaningar, Location at) {

  /** The plan has no omvarld.yaml, so nothing is listed and nothing can be found there. */
  public static final Omvarld NONE = new Omvarld(List.of(), List.of(), Location.ofFile("omvarld.yaml"));

  public Omvarld {
    omvarldsfaktorer = List.copyOf(omvarldsfaktorer);
    internaUtmaningar = List.copyOf(internaUtmaningar);
  }
}
