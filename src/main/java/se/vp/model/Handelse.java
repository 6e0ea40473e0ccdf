package se.vp.model;

import java.time.LocalDate;
import java.util.Optional;
import se.vp.diagnostic.Location;

/**
 * One date of the tidplan and what happens on it: a heading, a text or both. The kind is there
 * where the plan says it, so that the nämnd's decision and the council's can be found.
 */
public record Handelse(LocalDate datum, Optional<Handelsetyp> typ, Optional<String> rubrik, Optional<String> text,
    Location at) {

  public boolean is(Handelsetyp kind) {
    return typ.equals(Optional.of(kind));
  }

  /** What the date is about, in one line: the heading, or the text where there is none. */
  public String vad() {
    return rubrik.or(() -> text).orElse("");
  }
}
