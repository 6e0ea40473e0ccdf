package se.vp.model;

/** Who decides: the council (fullmäktige) or the committee itself (driftnämnden). */
public enum Organ {
  FM,
  DN
}
