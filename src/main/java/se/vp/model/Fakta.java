package se.vp.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.vp.diagnostic.Location;

/** The plan's own facts from plan.yaml. */
public record Fakta(
    Optional<String> organisation,
    Namnd namnd,
    Optional<String> forvaltning,
    int ar,
    String titel,
    Status status,
    Optional<LocalDate> datum,
    Optional<String> diarienummer,
    Optional<Handlaggare> handlaggare,
    List<Konsekvens> konsekvenser,
    List<String> skickasTill,
    List<String> jamforbaraLan,
    Location at,
    Location statusAt) {

  public Fakta {
    konsekvenser = List.copyOf(konsekvenser);
    skickasTill = List.copyOf(skickasTill);
    jamforbaraLan = List.copyOf(jamforbaraLan);
  }

  public record Namnd(String namn, String bestamdForm, Optional<String> forkortning) {}

  public record Handlaggare(String namn, Optional<String> titel, Optional<String> epost, Location at) {}

  /** A consequence of the decision that the tjänsteskrivelse reports, under its own heading. */
  public record Konsekvens(String rubrik, String text) {}
}
