package se.vp.model;

import java.util.List;
import java.util.Optional;
import se.vp.diagnostic.Location;

/** A steering indicator, defined once and referred to wherever it is used. */
public record Styrtal(
    String id,
    Text text,
    Optional<Riktning> riktning,
    Optional<String> enhet,
    List<Utfall> utfall,
    Optional<Malvarde> mal,
    boolean jamforbaraLan,
    Optional<String> kolada,
    Ursprung ursprung,
    Location at) {

  public Styrtal {
    utfall = List.copyOf(utfall);
  }

  public enum Riktning {
    OKA("öka"),
    MINSKA("minska");

    private final String word;

    Riktning(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  /** A measured outcome: "Utfall 2024 76", and the same year's value of comparison regions. */
  public record Utfall(int ar, Amount varde, List<Lansvarde> lan) {
    public Utfall {
      lan = List.copyOf(lan);
    }
  }

  /** A comparison region's value, by the name plan.yaml gives it under jämförbara-län. */
  public record Lansvarde(String lan, Amount varde, Location at) {}

  /** A target interval as the source writes it, "Mål 6,3–6,1": från may be above till. */
  public record Malvarde(Amount fran, Amount till) {}
}
