package se.vp.model;

import java.util.List;
import java.util.Optional;
import se.vp.diagnostic.Location;

/** What the council directs to every committee: shared målsättningar and themes of uppdrag. */
public record Gemensamt(List<Malsattningsbild> malsattningar, List<Tema> teman) {

  public static final Gemensamt NONE = new Gemensamt(List.of(), List.of());

  public Gemensamt {
    malsattningar = List.copyOf(malsattningar);
    teman = List.copyOf(teman);
  }

  /** A shared målsättning as shown; a heading differing from the målsättning's title is kept. */
  public record Malsattningsbild(int malsattning, Optional<Text> rubrik, Location at) {}

  /** Shared uppdrag outside the målsättningar, such as "Beredskap och säkerhet". */
  public record Tema(String rubrik, List<Ref> uppdrag, Location at) {
    public Tema {
      uppdrag = List.copyOf(uppdrag);
    }
  }
}
