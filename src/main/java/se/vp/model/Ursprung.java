package se.vp.model;

import java.util.Optional;

/** Where an item comes from: the decision it rests on and the proposal made about it, if any. */
public record Ursprung(Optional<Beslut> beslut, Optional<Forslag> forslag) {

  public static final Ursprung NONE = new Ursprung(Optional.empty(), Optional.empty());

  public boolean isKnown() {
    return beslut.isPresent() || forslag.isPresent();
  }

  /** Proposed to be removed, or merged into something else. */
  public boolean isProposedRemoved() {
    return forslag.map(f -> f.typ() == Forslagstyp.TA_BORT).orElse(false);
  }
}
