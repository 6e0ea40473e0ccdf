package se.vp.model;

import java.util.Objects;
import se.vp.diagnostic.Location;

/**
 * A reference from one item to another as written: a number (uppdrag 27, målsättning 4), a
 * fokusområde's number ("4.1.1") or an id (brp-per-invanare). Resolution is the checks' business.
 */
public record Ref(String raw, Location at) {
  public Ref {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(at, "at");
  }

  /** A number the lists can hold; longer digits (99999999999) are an id that names nothing. */
  public boolean isNumber() {
    return raw.matches("[0-9]{1,9}");
  }

  public int number() {
    return Integer.parseInt(raw);
  }

  @Override
  public String toString() {
    return raw;
  }
}
