package se.vp.scaffold;

import java.util.Objects;
import java.util.Optional;

/**
 * What the editor asked for, as written: the kind (uppdrag, styrtal, fokusområde), and the
 * options that apply to it. Each text is checked by {@link Scaffolder}, which answers a mistake
 * in Swedish.
 *
 * @param kind uppdrag, styrtal or fokusområde (fokusomrade without diacritics)
 * @param id the new file's id; by default a placeholder id that is free
 * @param mottagare for an uppdrag: nämnden (the default), förvaltningen or regionstyrelsen-och-nämnderna
 * @param malsattning for a fokusområde: the målsättning's number
 * @param nummer for a fokusområde: its number, when not the next free one
 */
public record ScaffoldRequest(
    String kind, Optional<String> id, Optional<String> mottagare, Optional<String> malsattning, Optional<String> nummer) {

  public ScaffoldRequest {
    Objects.requireNonNull(kind, "kind");
    id = blankAsEmpty(id);
    mottagare = blankAsEmpty(mottagare);
    malsattning = blankAsEmpty(malsattning);
    nummer = blankAsEmpty(nummer);
  }

  /** Maven gives an option written "-Dvp.id=" as an empty text; it means the option is not set. */
  private static Optional<String> blankAsEmpty(Optional<String> option) {
    return Objects.requireNonNull(option).map(String::strip).filter(text -> !text.isEmpty());
  }
}
