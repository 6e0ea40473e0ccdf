package se.vp.renumber;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the editor asked vp:renumber for, as written: the fokusområde's number now ({@code fran},
 * -Dvp.från) and the number it is to have ({@code till}, -Dvp.till). {@link Renumberer} checks each
 * and answers a mistake in Swedish.
 */
public record RenumberRequest(Optional<String> fran, Optional<String> till) {

  /**
   * The properties of vp:renumber itself. vp.fran is vp.från for a terminal whose locale cannot
   * pass an å to Java (a container without LANG reads it as "fr??n").
   */
  public static final List<String> OPTIONS = List.of("vp.från", "vp.fran", "vp.till");

  public RenumberRequest {
    fran = Objects.requireNonNull(fran).map(String::strip).filter(text -> !text.isEmpty());
    till = Objects.requireNonNull(till).map(String::strip).filter(text -> !text.isEmpty());
  }

  public static RenumberRequest of(String fran, String till) {
    return new RenumberRequest(Optional.ofNullable(fran), Optional.ofNullable(till));
  }
}
