package se.vp.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/** A place in a source file: the path as the user sees it (relative, with '/'), line and column from 1. */
public record Location(String file, int line, int column) implements Comparable<Location> {

  private static final Comparator<Location> ORDER =
      Comparator.comparing(Location::file).thenComparingInt(Location::line).thenComparingInt(Location::column);

  public Location {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative");
    }
  }

  /** The file as a whole, for findings that belong to no line in it. */
  public static Location ofFile(String file) {
    return new Location(file, 0, 0);
  }

  @Override
  public int compareTo(Location other) {
    return ORDER.compare(this, other);
  }

  /** As a finding starts: the path with its colons and line breaks shown by code (see {@link OneLine#path}). */
  @Override
  public String toString() {
    String shown = OneLine.path(file);
    return line == 0 ? shown : shown + ":" + line + ":" + column;
  }
}
