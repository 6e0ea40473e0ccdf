package se.vp.model;

import java.util.List;
import java.util.Optional;

/** The whole verksamhetsplan as read from plan-source, before any check. */
public record Plan(
    Fakta fakta,
    List<Handelse> tidplan,
    Omvarld omvarld,
    List<Malsattning> malsattningar,
    List<Fokusomrade> fokusomraden,
    List<Styrtal> styrtal,
    List<Uppdrag> uppdrag,
    Optional<FullmaktigesLista> fullmaktigesUppdrag,
    Gemensamt gemensamt,
    Optional<Ekonomi> ekonomi,
    Optional<Forutsattningar> forutsattningar,
    List<Omrade> omraden,
    List<Organ> organ) {

  public Plan {
    tidplan = List.copyOf(tidplan);
    malsattningar = List.copyOf(malsattningar);
    fokusomraden = List.copyOf(fokusomraden);
    styrtal = List.copyOf(styrtal);
    uppdrag = List.copyOf(uppdrag);
    omraden = List.copyOf(omraden);
    organ = List.copyOf(organ);
  }

  /** The body a beslut names by its short form, if the plan knows it. */
  public Optional<Organ> organ(String forkortning) {
    return organ.stream().filter(o -> o.forkortning().equals(forkortning)).findFirst();
  }

  /** The committee whose plan this is, among the bodies: the one its proposals go to. */
  public Organ namnden() {
    return organ.stream().filter(Organ::namnden).findFirst().orElse(Organ.NAMNDEN);
  }
}
