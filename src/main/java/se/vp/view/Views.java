package se.vp.view;

import java.util.List;
import java.util.Optional;

/**
 * What the templates see: plain values, every figure, date and tag already written the Swedish
 * way, every reference resolved, every count counted. Templates print; they never compute. The
 * diff compares the same records: every field under its {@link Label}, items by their id.
 */
public final class Views {

  private Views() {}

  public record Dokument(
      @Label("organisation") String organisation,
      @Label("nämnd") String namnd,
      @Label("nämndens namn i bestämd form") String namndBestamdForm,
      @Label("förkortning") Optional<String> forkortning,
      @Label("förvaltning") Optional<String> forvaltning,
      @Derived int ar,
      @Derived int forraAret,
      @Label("titel") String titel,
      @Label("status") String status,
      @Derived Optional<String> markering,
      @Derived Optional<String> beslutsdatum,
      @Derived String arende,
      @Label("datum") Optional<String> datum,
      @Label("diarienummer") Optional<String> diarienummer,
      @Label("handläggare") Optional<String> handlaggare,
      @Label("handläggarens e-post") Optional<String> handlaggarensEpost,
      @Label("konsekvenser") List<Konsekvens> konsekvenser,
      @Label("skickas till") List<String> skickasTill,
      @Label("jämförbara län") String jamforbaraLan,
      @Label("beslutande organ") List<Organ> organ) {}

  /**
   * A deciding body the plan's tags name by its short form: "FM" with its name "Fullmäktige" and
   * its definite form "fullmäktige", for the key to the abbreviations.
   */
  public record Organ(@Key @Label("förkortning") String forkortning, @Label("namn") String namn,
      @Label("bestämd form") String bestamdForm) {}

  public record Konsekvens(@Key @Label("rubrik") String rubrik, @Label("text") String text) {}

  /**
   * One date of the tidplan; {@code beslut} marks the committee's decision, and {@code rubrik} is
   * empty for an entry of only a text.
   */
  public record Handelse(
      @Derived String datum,
      @Label("datum") String datumMedAr,
      @Derived boolean beslut,
      @Label("rubrik") String rubrik,
      @Label("text") Optional<String> text,
      @Derived String beskrivning) {}

  /** A provenance tag; {@code slag} is "beslut", "forslag" or "bort", what the deck colours it by. */
  public record Tagg(@Label("") String text, @Derived String slag) {}

  public record Text(@Label("") String text, @Label("ursprung") List<Tagg> taggar) {}

  @Label("Styrtal")
  public record Styrtal(
      String id,
      @Label("text") String text,
      @Label("jämförelse") Optional<String> jamforelse,
      @Label("riktning") Optional<String> riktning,
      @Label("utfall") List<Utfall> utfall,
      @Label("mål") Optional<String> mal,
      @Label("Kolada") Optional<String> kolada,
      @Label("ursprung") List<Tagg> taggar,
      @Label("ligger under") List<String> anvandsI) implements Item {

    @Override
    public String etikett() {
      return "Styrtal: " + text;
    }

    @Override
    public String referens() {
      return text;
    }
  }

  /**
   * A year's outcome of a styrtal with its unit, "6,5 %", and the jämförbara län's values that year,
   * "Jönköping 6,1 %"; a styrtal's outcomes come oldest first.
   */
  public record Utfall(@Label("år") String ar, @Label("värde") String varde,
      @Label("jämförbara län") List<String> lan) {}

  @Label("Uppdrag")
  public record Uppdrag(
      String id,
      @Label("nummer") Optional<String> nr,
      @Label("text") String text,
      @Label("mottagare") String mottagare,
      @Label("ursprung") List<Tagg> taggar,
      @Label("ligger under") List<String> plats) implements Item {

    @Override
    public String etikett() {
      return nr.map(n -> "Uppdrag Nr " + n).orElse("Uppdrag till förvaltningen") + ": " + text;
    }

    @Override
    public String referens() {
      return nr.map(n -> "Nr " + n).orElse(text);
    }
  }

  @Label("Fokusområden")
  public record Fokusomrade(
      String id,
      @Label("nummer") String nummer,
      @Label("namn") String namn,
      @Derived String rubrik,
      @Label("mål") Optional<Text> mal,
      @Label("styrtal") List<Styrtal> styrtal,
      @Label("uppdrag till nämnden") List<Uppdrag> uppdragTillNamnden,
      @Label("uppdrag till förvaltningen") List<Uppdrag> uppdragTillForvaltningen,
      @Label("ursprung") List<Tagg> taggar,
      @Derived boolean foreslasTasBort,
      @Label("sammanslagning") Optional<Sammanslagning> sammanslagning,
      @Label("underområden") List<Fokusomrade> underomraden) implements Item {

    @Override
    public String etikett() {
      return "Fokusområde " + nummer + " " + namn;
    }

    @Override
    public String referens() {
      return nummer + " " + namn;
    }
  }

  @Label("Målsättningar")
  public record Malsattning(
      String id,
      @Label("nummer") String nr,
      @Label("titel") String titel,
      @Label("styrtal") List<Styrtal> styrtal,
      @Label("uppdrag till nämnden") List<Uppdrag> uppdragTillNamnden,
      @Label("uppdrag till alla nämnder") List<Uppdrag> uppdragTillAlla,
      @Label("fokusområden") List<Fokusomrade> fokusomraden,
      @Derived List<Fokusomrade> fokusomradenMedMal) implements Item {

    @Override
    public String etikett() {
      return "Målsättning " + nr + ": " + titel;
    }

    @Override
    public String referens() {
      return "Nr " + nr;
    }
  }

  /** A målsättning the council directs to every nämnd, under the heading it is shown with. */
  @Label("Gemensamma målsättningar")
  public record Gemensam(
      String id,
      @Label("nummer") String nr,
      @Label("rubrik") String rubrik,
      @Label("styrtal") List<Styrtal> styrtal,
      @Label("uppdrag till nämnden") List<Uppdrag> uppdragTillNamnden,
      @Label("uppdrag till alla nämnder") List<Uppdrag> uppdragTillAlla) implements Item {

    @Override
    public String etikett() {
      return "Gemensam målsättning " + nr + ": " + rubrik;
    }

    @Override
    public String referens() {
      return "Nr " + nr;
    }
  }

  /** A proposal to merge: the texts of the plan being replaced beside the proposed one. */
  public record Sammanslagning(
      @Derived String nummer,
      @Derived String namn,
      @Label("föreslagen text") String foreslagenText,
      @Label("ursprung") List<Tagg> foreslagetTaggar,
      @Label("ersätter") List<Fokusomrade> tidigare,
      @Derived String tidigareNummer,
      @Derived String tidigareRubrik,
      @Derived String foreslagenRubrik) {}

  public record Tema(@Key @Label("rubrik") String rubrik, @Label("uppdrag") List<Uppdrag> uppdrag) {}

  /** An uppdrag on the council's list, in the council's wording where that differs. */
  public record Listat(
      @Label("") Uppdrag uppdrag,
      @Label("fullmäktiges lydelse") Optional<String> lydelse,
      @Derived Optional<String> nr,
      @Derived String text,
      @Derived List<Tagg> taggar,
      @Derived List<String> plats) {}

  /** The council's list of uppdrag to the committee, and those the plan gives it beyond that list. */
  public record Sammanfattning(
      @Label("rubrik") String rubrik,
      @Label("antal") int antal,
      @Label("uppdrag i listan") List<Listat> uppdrag,
      @Label("uppdrag utanför listan") List<Uppdrag> utanforListan,
      @Derived List<Listat> efterNummer) {}

  /**
   * A proposal to the committee, as the lists show it; {@code galler} is what it concerns. A change
   * (ändra) that gives no wording of its own shows the text it changes, from the plan it started from
   * ("Text från VP-2025"), when the view is made with that plan.
   */
  public record Forslag(@Label("typ") String typ, @Label("text") String text, @Label("gäller") String galler,
      @Label("text från föregående plan") Optional<String> tidigare) {

    public Forslag(String typ, String text, String galler) {
      this(typ, text, galler, Optional.empty());
    }
  }

  public record Rad(@Key @Label("namn") String namn, @Label("procent") Optional<String> procent,
      @Label("belopp") String belopp) {}

  public record Ekonomi(
      @Label("presentation") Optional<Avsnitt> presentation,
      @Label("fullmäktiges beslut") Optional<String> beslutsdatum,
      @Label("ramanslag") String ramanslag,
      @Label("ramanslag föregående år") Optional<String> foregaendeAr,
      @Derived Optional<String> forandring,
      @Label("index") Optional<String> index,
      @Label("indexuppräkning i procent") Optional<String> indexProcent,
      @Label("indexuppräkning") Optional<String> indexBelopp,
      @Label("reduceringskrav") Optional<String> reduceringskrav,
      @Label("kommentar") Optional<String> kommentar,
      @Label("resursfördelningsmodellen framtagen") Optional<String> modellAr,
      @Label("uppräkning") List<Rad> upprakning,
      @Label("schablonanslag") Optional<String> schablonanslag,
      @Label("schablonanslagets delar") List<Rad> schablonDelar,
      @Label("projektfinansiering") Optional<String> projektfinansiering,
      @Label("sjuklöneavräkning") Optional<String> sjukloneavrakning,
      @Label("reserver") List<Rad> reserver,
      @Label("kommentar till fördelningen") Optional<String> fordelningKommentar,
      @Label("fördelning") List<Fordelningsrad> fordelning,
      @Derived boolean fordelningKomplett,
      @Derived String fordelningSlag,
      @Derived String fordelningKolumn,
      @Label("uppräkning per förening") Optional<Tabell> upprakningPerForening,
      @Label("utrymme för satsningar") Optional<Tabell> utrymmeForSatsningar) {}

  public record Fordelningsrad(
      @Key @Label("område") String omrade,
      @Label("belopp") Optional<String> belopp,
      @Label("kommentar") Optional<String> kommentar,
      @Label("åtgärdskrav") Optional<String> atgardskrav) {}

  public record Tabell(@Label("datum") Optional<String> datum, @Label("kommentar") Optional<String> kommentar,
      @Label("rader") List<Rad> rader) {}

  public record Avsnitt(@Label("rubrik") String rubrik, @Label("datum") String datum) {}

  public record Punkt(@Label("") String text, @Label("underpunkter") List<String> underpunkter) {}

  public record Insats(@Label("rubrik") String rubrik, @Key @Label("fokusområde") String fokusomrade,
      @Label("punkter") List<Punkt> punkter) {}

  public record Utmaning(@Key @Label("rubrik") Optional<String> rubrik, @Label("punkter") List<Punkt> punkter) {}

  public record Presentation(@Label("insatser") List<Insats> insatser, @Label("utmaningar") List<Utmaning> utmaningar) {}

  @Label("Områden")
  public record Omrade(String id, @Label("namn") String namn, @Label("presentationer") List<Presentation> presentationer)
      implements Item {

    @Override
    public String etikett() {
      return "Området " + namn;
    }

    @Override
    public String referens() {
      return namn;
    }
  }

  public record Forutsattningar(
      @Label("presentation") Optional<Avsnitt> presentation,
      @Label("övergripande") List<Punkt> overgripande,
      @Label("områden") List<Omrade> omraden,
      @Label("storregionalt samarbete") List<Punkt> storregionalt) {}

  /**
   * What the plan holds under one målsättning, as the ärendebeskrivning counts it; an item placed
   * under two målsättningar counts in both rows and once in the total.
   */
  public record Innehall(@Derived String malsattning, @Derived int fokusomraden, @Derived int styrtal, @Derived int uppdrag,
      @Derived int forvaltningensUppdrag) {}

  /** The whole plan as the handlingar show it; each field a section of the change report. */
  public record Plan(
      @Label("Planen") Dokument dokument,
      @Label("Tidplan") List<Handelse> tidplan,
      @Label("Omvärldsfaktorer") List<String> omvarldsfaktorer,
      @Label("Interna utmaningar") List<String> internaUtmaningar,
      @Label("Målsättningar") List<Malsattning> malsattningar,
      @Label("Fokusområden") List<Fokusomrade> fokusomraden,
      @Derived List<Sammanslagning> sammanslagningar,
      @Label("Gemensamma målsättningar") List<Gemensam> gemensamma,
      @Label("Gemensamma uppdrag") List<Tema> teman,
      @Label("Fullmäktiges uppdrag till nämnden") Sammanfattning sammanfattning,
      @Label("Förvaltningens uppdrag") List<Uppdrag> forvaltningensUppdrag,
      @Label("Styrtal") List<Styrtal> styrtal,
      @Derived List<Styrtal> styrtalMedUtfall,
      @Derived List<Forslag> forslag,
      @Derived List<Innehall> innehall,
      @Derived Innehall innehallTotalt,
      @Label("Ekonomi") Optional<Ekonomi> ekonomi,
      @Label("Verksamhetens förutsättningar") Optional<Forutsattningar> forutsattningar,
      @Derived Bildspel bildspel) {

    /** The same plan with its deck, which is made from the rest of the view. */
    Plan med(Bildspel deck) {
      return new Plan(dokument, tidplan, omvarldsfaktorer, internaUtmaningar, malsattningar, fokusomraden,
          sammanslagningar, gemensamma, teman, sammanfattning, forvaltningensUppdrag, styrtal, styrtalMedUtfall,
          forslag, innehall, innehallTotalt, ekonomi, forutsattningar, deck);
    }
  }
}
