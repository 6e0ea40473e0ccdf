package se.vp.model;

import java.util.List;
import java.util.Optional;
import se.vp.diagnostic.Location;

/** An operating area of the administration and what it has presented. */
public record Omrade(String id, String namn, List<Presentation> presentationer, Location at) {

  public Omrade {
    presentationer = List.copyOf(presentationer);
  }

  /** One presentation: actions per fokusområde, and challenges. */
  public record Presentation(List<Insats> insatser, List<Utmaning> utmaningar) {
    public Presentation {
      insatser = List.copyOf(insatser);
      utmaningar = List.copyOf(utmaningar);
    }
  }

  /** How the område contributes to a fokusområde, under the heading it uses for it. */
  public record Insats(Ref fokusomrade, Optional<String> rubrik, List<Punkt> punkter) {
    public Insats {
      punkter = List.copyOf(punkter);
    }
  }

  public record Utmaning(Optional<String> rubrik, List<Punkt> punkter) {
    public Utmaning {
      punkter = List.copyOf(punkter);
    }
  }
}
