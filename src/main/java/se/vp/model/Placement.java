package se.vp.model;

/**
 * Where a styrtal or uppdrag is used: the reference as written, and the målsättning, fokusområde
 * or shared theme whose list holds it.
 */
public record Placement(Ref ref, Place place) {

  /** A list that holds styrtal or uppdrag. */
  public sealed interface Place {}

  public record InMalsattning(Malsattning malsattning) implements Place {}

  public record InFokusomrade(Fokusomrade fokusomrade) implements Place {}

  public record InTema(Gemensamt.Tema tema) implements Place {}
}
