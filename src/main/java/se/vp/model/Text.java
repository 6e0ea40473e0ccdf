package se.vp.model;

import java.util.Objects;
import se.vp.diagnostic.Location;

/** A text from the plan with the place it was written. */
public record Text(String value, Location at) {
  public Text {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(at, "at");
  }

  @Override
  public String toString() {
    return value;
  }
}
