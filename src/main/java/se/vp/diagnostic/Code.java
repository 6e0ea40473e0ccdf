package se.vp.diagnostic;

import static se.vp.diagnostic.Severity.FEL;
import static se.vp.diagnostic.Severity.VARNING;

/**
 * The stable codes of every finding. A code never changes meaning once released, so CI rules and
 * editors can rely on it; the title is what README.md lists.
 */
public enum Code {
  // Reading a file
  VP001(FEL, "filen kan inte läsas"),
  VP002(FEL, "filen är inte UTF-8"),
  VP003(VARNING, "filen börjar med BOM"),
  VP004(FEL, "filen är tom"),
  VP005(FEL, "filen är för stor"),
  VP006(FEL, "YAML-syntaxfel"),
  VP007(FEL, "tabbtecken i indrag"),
  VP008(FEL, "ankare och alias används inte"),
  VP009(FEL, "taggar används inte"),
  VP010(FEL, "för djup nästling"),
  VP011(FEL, "nyckeln finns två gånger"),
  VP012(FEL, "flera dokument i en fil"),
  VP013(FEL, "nyckeln är inte en text"),
  VP014(FEL, "okänd fil i plan-source"),
  VP015(FEL, "ogiltigt filnamn"),
  VP016(FEL, "obligatorisk fil saknas"),
  VP017(FEL, "symbolisk länk i plan-source"),
  VP018(FEL, "för många filer"),
  VP019(VARNING, "filen är inte formaterad"),
  VP020(FEL, "vp.namnd stämmer inte med plan-source"),
  VP021(FEL, "filen kan inte skrivas"),
  VP022(FEL, "talet är för stort"),
  VP023(FEL, "texten är för lång"),
  VP024(FEL, "planen har för mycket text"),
  VP026(FEL, "styrtecken i en text"),
  VP027(FEL, "radavgränsare i en text"),
  VP028(FEL, "namnet är reserverat i Windows"),
  VP029(FEL, "filen ligger i en undermapp"),

  // The contract: JSON Schema of each kind of file
  VP101(FEL, "okänd nyckel"),
  VP102(FEL, "nyckel saknas"),
  VP103(FEL, "fel typ av värde"),
  VP104(FEL, "ogiltigt värde"),
  VP105(FEL, "fel format"),
  VP106(FEL, "värdet är utanför gränsen"),
  VP107(FEL, "fel antal i listan"),
  VP108(FEL, "ogiltigt datum"),
  VP109(FEL, "stämmer inte med schemat"),

  // The plan as a whole
  VP201(FEL, "samma id två gånger"),
  VP202(FEL, "samma nummer två gånger"),
  VP203(FEL, "referens till något som inte finns"),
  VP204(FEL, "fokusområde numrerat utanför sin målsättning"),
  VP205(FEL, "fokusområdets överordnade nummer saknas"),
  VP206(VARNING, "uppdrag till nämnden saknas i fullmäktiges lista"),
  VP207(FEL, "uppdrag i fullmäktiges lista finns inte i planen"),
  VP208(VARNING, "samma text med olika lydelse"),
  VP209(VARNING, "samma styrtal definierat två gånger"),
  VP210(FEL, "ursprunget motsäger sig självt"),
  VP211(VARNING, "borttaget används fortfarande"),
  VP212(VARNING, "ursprung saknas"),
  VP213(VARNING, "riktningen motsäger texten"),
  VP214(VARNING, "används ingenstans"),
  VP215(FEL, "samma referens två gånger i en lista"),
  VP216(FEL, "tecknet saknas i typsnitten"),
  VP217(VARNING, "dolt tecken som vänder skrivriktningen"),
  VP218(VARNING, "samma uppdrag till förvaltningen i två filer"),
  VP219(VARNING, "platshållartext från vp:new kvar"),
  VP220(FEL, "summan stämmer inte"),
  VP221(VARNING, "belopp saknas"),
  VP222(FEL, "procentsatsen stämmer inte"),
  VP223(VARNING, "fördelningen av ramanslaget kan inte föreslås"),
  VP230(VARNING, "datum utanför tidplanen"),
  VP231(FEL, "tidplanen är inte i datumordning"),
  VP232(VARNING, "tidplanen saknar nämndens beslut"),
  VP233(VARNING, "målvärdet motsäger riktningen"),
  VP234(VARNING, "nämndens beslut ligger på fel år"),
  VP240(VARNING, "beslutsunderlaget saknar en uppgift"),
  VP241(FEL, "platshållartext kvar i en plan som lämnas fram"),
  VP242(VARNING, "beslutat ändrat utan förslag"),
  VP243(VARNING, "handlingarna saknar en uppgift"),

  // Rendering the handlingar
  VP301(FEL, "mallen kan inte användas"),
  VP302(FEL, "mallen hämtar en resurs utanför templates/"),
  VP303(FEL, "handlingen kan inte skapas"),
  VP304(FEL, "output/ kan inte skrivas"),
  VP305(FEL, "en annan rendering pågår"),
  VP306(FEL, "bilden kan inte användas"),
  VP307(FEL, "mallen tar för lång tid eller skriver för mycket"),
  VP308(FEL, "mallen anropar sig själv för djupt"),
  VP309(FEL, "mappen för handlingarna kan inte användas"),
  VP310(VARNING, "referensdokumentet bär mer än utseendet"),

  // Comparing with the plan's history
  VP401(FEL, "planen ligger inte i git"),
  VP402(FEL, "revisionen finns inte"),
  VP403(FEL, "ingen bas att jämföra med"),
  VP404(FEL, "planen i basen kan inte läsas"),
  VP405(FEL, "ogiltig revision"),

  // Creating a file with vp:new
  VP501(FEL, "filen kan inte skapas"),

  // Renumbering a fokusområde with vp:renumber
  VP601(FEL, "fokusområdet kan inte numreras om");

  private final Severity severity;
  private final String title;

  Code(Severity severity, String title) {
    this.severity = severity;
    this.title = title;
  }

  public Severity severity() {
    return severity;
  }

  public String title() {
    return title;
  }
}
