package se.vp.scaffold;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the editor asked for, as written: the kind (uppdrag, styrtal, fokusområde, målsättning), and
 * the options that apply to it. Each text is checked by {@link Scaffolder}, which answers a mistake
 * in Swedish.
 *
 * @param kind uppdrag, styrtal, fokusområde or målsättning (without diacritics too)
 * @param id the new file's id; by default a placeholder id that is free
 * @param mottagare for an uppdrag: nämnden (the default), förvaltningen or regionstyrelsen-och-nämnderna
 * @param malsattning for a fokusområde: the målsättning's number
 * @param nummer for a fokusområde: its number, when not the next free one
 * @param nr for a council uppdrag or a målsättning: its number, when not the next free one
 * @param given the names of every vp.* property the editor set, so that a misspelt one is not ignored
 */
public record ScaffoldRequest(
    String kind,
    Optional<String> id,
    Optional<String> mottagare,
    Optional<String> malsattning,
    Optional<String> nummer,
    Optional<String> nr,
    Set<String> given) {

  /** The properties of vp:new itself. */
  public static final List<String> OPTIONS =
      List.of("vp.kind", "vp.id", "vp.mottagare", "vp.malsattning", "vp.nummer", "vp.nr");

  /** The properties every vp goal reads (the plan's folder, vp.skip …): given to vp:new they are no mistake. */
  public static final List<String> SHARED =
      List.of("vp.planSource", "vp.failOnWarning", "vp.skip", "vp.namnd", "vp.debug", "vp.templates", "vp.output");

  public ScaffoldRequest {
    Objects.requireNonNull(kind, "kind");
    id = blankAsEmpty(id);
    mottagare = blankAsEmpty(mottagare);
    malsattning = blankAsEmpty(malsattning);
    nummer = blankAsEmpty(nummer);
    nr = blankAsEmpty(nr);
    given = Set.copyOf(given);
  }

  /** A request whose options are all known, as a caller other than Maven makes it. */
  public ScaffoldRequest(String kind, Optional<String> id, Optional<String> mottagare, Optional<String> malsattning,
      Optional<String> nummer, Optional<String> nr) {
    this(kind, id, mottagare, malsattning, nummer, nr, Set.of());
  }

  /** Maven gives an option written "-Dvp.id=" as an empty text; it means the option is not set. */
  private static Optional<String> blankAsEmpty(Optional<String> option) {
    return Objects.requireNonNull(option).map(String::strip).filter(text -> !text.isEmpty());
  }
}
