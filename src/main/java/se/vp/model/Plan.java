package se.vp.model;

import java.util.ArrayList;
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

  /**
   * Every item's provenance: the målsättningar's, the fokusområden's and their mål's, the styrtal's
   * and the uppdrag's.
   */
  public List<Ursprung> ursprung() {
    List<Ursprung> all = new ArrayList<>();
    malsattningar.forEach(m -> all.add(m.ursprung()));
    fokusomraden.forEach(f -> {
      all.add(f.ursprung());
      f.mal().ifPresent(mal -> all.add(mal.ursprung()));
    });
    styrtal.forEach(s -> all.add(s.ursprung()));
    uppdrag.forEach(u -> all.add(u.ursprung()));
    return all;
  }

  /**
   * Every place that names a fokusområde by its number, besides the fokusområde's own: the områden's
   * insatser and the förslag that merge areas.
   */
  public List<Ref> fokusomradeReferences() {
    List<Ref> refs = new ArrayList<>();
    omraden.forEach(o -> o.presentationer().forEach(p -> p.insatser().forEach(i -> refs.add(i.fokusomrade()))));
    ursprung().forEach(u -> u.forslag().map(Forslag::ersatter).ifPresent(refs::addAll));
    return refs;
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
