package se.vp.model;

import java.util.List;

/** Future challenges: external factors and internal ones. */
public record Omvarld(List<String> omvarldsfaktorer, List<String> internaUtmaningar) {
  public static final Omvarld NONE = new Omvarld(List.of(), List.of());

  public Omvarld {
    omvarldsfaktorer = List.copyOf(omvarldsfaktorer);
    internaUtmaningar = List.copyOf(internaUtmaningar);
  }
}
