package se.vp.model;

import java.util.List;

/**
 * A body that decides, as a beslut names it by its short form: the council (FM), the committee
 * itself (DN), or whatever bodies a plan declares (KF, RS, another nämnd). {@code namnden} marks
 * the committee whose plan it is: its decisions and the proposals to it are worded apart.
 */
public record Organ(String forkortning, String namn, String bestamdForm, boolean namnden) {

  /** The bodies of a plan that declares none: the council and the committee itself. */
  public static final List<Organ> STANDARD = List.of(
      new Organ("FM", "Fullmäktige", "fullmäktige", false),
      new Organ("DN", "Driftnämnd", "driftnämnden", true));

  /** The committee itself when a plan's declared bodies do not say which one it is. */
  public static final Organ NAMNDEN = STANDARD.get(1);
}
