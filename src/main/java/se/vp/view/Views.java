package se.vp.view;

import java.util.List;
import java.util.Optional;

/**
 * What the templates see: plain values, every figure, date and tag already written the Swedish
 * way, every reference resolved, every count counted. Templates print; they never compute.
 */
public final class Views {

  private Views() {}

  public record Dokument(
      String organisation,
      String namnd,
      String namndBestamdForm,
      Optional<String> forkortning,
      Optional<String> forvaltning,
      int ar,
      String titel,
      String status,
      Optional<String> markering,
      Optional<String> beslutsdatum,
      Optional<String> diarienummer,
      Optional<String> handlaggare,
      List<Konsekvens> konsekvenser,
      List<String> skickasTill,
      String jamforbaraLan) {}

  public record Konsekvens(String rubrik, String text) {}

  public record Handelse(String datum, String datumMedAr, String typ, String rubrik, Optional<String> text, String beskrivning) {}

  public record Text(String text, List<String> taggar) {}

  public record Styrtal(
      String id,
      String text,
      Optional<String> jamforelse,
      Optional<String> riktning,
      Optional<String> utfall,
      Optional<String> mal,
      List<String> taggar,
      List<String> anvandsI) {}

  public record Uppdrag(String id, Optional<String> nr, String text, String mottagare, List<String> taggar, List<String> plats) {}

  public record Fokusomrade(
      String id,
      String nummer,
      String namn,
      String rubrik,
      Optional<Text> mal,
      List<Styrtal> styrtal,
      List<Uppdrag> uppdragTillNamnden,
      List<Uppdrag> uppdragTillForvaltningen,
      List<String> taggar,
      boolean foreslasTasBort,
      List<Fokusomrade> underomraden) {}

  public record Malsattning(
      String nr,
      String titel,
      String rubrik,
      List<Styrtal> styrtal,
      List<Uppdrag> uppdragTillNamnden,
      List<Uppdrag> uppdragTillAlla,
      List<Fokusomrade> fokusomraden) {}

  /** A proposal to merge: the texts of the plan being replaced beside the proposed one. */
  public record Sammanslagning(
      Fokusomrade nytt, String foreslagenText, List<String> foreslagetTaggar, List<Fokusomrade> tidigare, String tidigareNummer) {}

  public record Tema(String rubrik, List<Uppdrag> uppdrag) {}

  /** The council's list of uppdrag to the committee, and those the plan gives it beyond that list. */
  public record Sammanfattning(String rubrik, int antal, List<Uppdrag> uppdrag, List<Uppdrag> utanforListan) {}

  public record Forslag(String typ, String vad, String text, String plats) {}

  public record Rad(String namn, Optional<String> procent, String belopp) {}

  public record Ekonomi(
      Optional<Avsnitt> presentation,
      Optional<String> beslutsdatum,
      String ramanslag,
      Optional<String> foregaendeAr,
      Optional<String> index,
      Optional<String> indexProcent,
      Optional<String> indexBelopp,
      Optional<String> reduceringskrav,
      Optional<String> kommentar,
      Optional<String> modellAr,
      List<Rad> upprakning,
      Optional<String> schablonanslag,
      List<Rad> schablonDelar,
      Optional<String> projektfinansiering,
      Optional<String> sjukloneavrakning,
      List<Rad> reserver,
      Optional<String> fordelningKommentar,
      List<Fordelningsrad> fordelning,
      Optional<Tabell> upprakningPerForening,
      Optional<Tabell> utrymmeForSatsningar) {}

  public record Fordelningsrad(String omrade, Optional<String> belopp, Optional<String> kommentar, Optional<String> atgardskrav) {}

  public record Tabell(Optional<String> datum, Optional<String> kommentar, List<Rad> rader) {}

  public record Avsnitt(String rubrik, String datum) {}

  public record Punkt(String text, List<String> underpunkter) {}

  public record Insats(String rubrik, String fokusomrade, List<Punkt> punkter) {}

  public record Utmaning(Optional<String> rubrik, List<Punkt> punkter) {}

  public record Presentation(List<Insats> insatser, List<Utmaning> utmaningar) {}

  public record Omrade(String id, String namn, List<Presentation> presentationer) {}

  public record Forutsattningar(Optional<Avsnitt> presentation, List<Punkt> overgripande, List<Omrade> omraden, List<Punkt> storregionalt) {}

  /** The change report: changes by section, each field before and after, the after marked word by word. */
  public record Andringar(
      Dokument dokument, String bas, Optional<String> basDatum, String sammanfattning, String foreRubrik,
      String efterRubrik, List<Andringsgrupp> grupper) {}

  public record Andringsgrupp(String rubrik, List<Andring> poster) {}

  public record Andring(String typ, String etikett, List<Andringsfalt> falt) {}

  public record Andringsfalt(String namn, String fore, List<Bit> efter) {}

  /** A run of the after text: "lika" (kept), "ny" (inserted) or "bort" (deleted). */
  public record Bit(String typ, String text) {}

  /** The whole plan as the handlingar show it. */
  public record Plan(
      Dokument dokument,
      List<Handelse> tidplan,
      List<String> omvarldsfaktorer,
      List<String> internaUtmaningar,
      List<Malsattning> malsattningar,
      List<Fokusomrade> fokusomraden,
      List<Sammanslagning> sammanslagningar,
      List<Malsattning> gemensamma,
      List<Tema> teman,
      Sammanfattning sammanfattning,
      List<Uppdrag> forvaltningensUppdrag,
      List<Styrtal> styrtal,
      List<Forslag> forslag,
      Optional<Ekonomi> ekonomi,
      Optional<Forutsattningar> forutsattningar) {}
}
