package se.vp.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A fokusområde's number: 4.1.1 is målsättning 4, area 1, sub-area 1. */
public record Nummer(List<Integer> delar) implements Comparable<Nummer> {

  public Nummer {
    delar = List.copyOf(delar);
    if (delar.size() < 2) {
      throw new IllegalArgumentException("a fokusområde's number has at least two parts: " + delar);
    }
  }

  public static Optional<Nummer> parse(String text) {
    if (!text.matches("[1-9][0-9]?(\\.[1-9][0-9]?){1,2}")) {
      return Optional.empty();
    }
    return Optional.of(new Nummer(Arrays.stream(text.split("\\.")).map(Integer::valueOf).toList()));
  }

  public int malsattning() {
    return delar.get(0);
  }

  /** 4.1 for 4.1.1; none for 4.1, whose parent is the målsättning itself. */
  public Optional<Nummer> overordnat() {
    return delar.size() > 2 ? Optional.of(new Nummer(delar.subList(0, delar.size() - 1))) : Optional.empty();
  }

  @Override
  public int compareTo(Nummer other) {
    for (int i = 0; i < Math.min(delar.size(), other.delar.size()); i++) {
      int c = Integer.compare(delar.get(i), other.delar.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(delar.size(), other.delar.size());
  }

  @Override
  public String toString() {
    return delar.stream().map(String::valueOf).collect(Collectors.joining("."));
  }
}
