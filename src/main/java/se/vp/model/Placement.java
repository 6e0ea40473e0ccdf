package se.vp.model;

/**
 * Where a styrtal or uppdrag is used: the reference as written, and the målsättning, fokusområde
 * or shared theme whose list holds it.
 */
public record Placement(Ref ref, Place place) {

  /** A list that holds styrtal or uppdrag. */
  public sealed interface Place {

    /** The place is itself proposed to be removed, so what it holds goes with it. */
    boolean proposedRemoved();
  }

  public record InMalsattning(Malsattning malsattning) implements Place {
    @Override
    public boolean proposedRemoved() {
      return malsattning.ursprung().isProposedRemoved();
    }
  }

  public record InFokusomrade(Fokusomrade fokusomrade) implements Place {
    @Override
    public boolean proposedRemoved() {
      return fokusomrade.ursprung().isProposedRemoved();
    }
  }

  public record InTema(Gemensamt.Tema tema) implements Place {
    @Override
    public boolean proposedRemoved() {
      return false;
    }
  }
}
