package se.vp.model;

import java.util.List;
import java.util.Optional;
import se.vp.diagnostic.Location;

/**
 * A proposal to the committee for a plan year: "(Förslag till DN 2026)", "(Behåll i DN 2026)",
 * "(Förslag till DN - Ta bort 4.2.1)". A merge names the fokusområden it replaces; a proposal
 * whose wording differs from the item's text keeps that wording, so the difference can be shown.
 */
public record Forslag(Forslagstyp typ, int ar, List<Ref> ersatter, Optional<Text> lydelse, Location at) {
  public Forslag {
    ersatter = List.copyOf(ersatter);
  }
}
