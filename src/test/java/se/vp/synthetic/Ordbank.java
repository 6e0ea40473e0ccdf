package se.vp.synthetic;

/** The Swedish word bank that {@link SyntheticPlans} combines into plans. */
final class Ordbank {

  private Ordbank() {}

  /** Organisation, län (for jämförbara län), e-mail domain. */
  static final String[][] ORGANISATIONER = {
      {"Region Örebro län", "Örebro", "regionorebrolan.se"},
      {"Region Västmanland", "Västmanland", "regionvastmanland.se"},
      {"Region Jönköpings län", "Jönköping", "rjl.se"},
      {"Region Värmland", "Värmland", "regionvarmland.se"},
      {"Region Kronoberg", "Kronoberg", "kronoberg.se"},
      {"Region Gävleborg", "Gävleborg", "regiongavleborg.se"},
      {"Region Dalarna", "Dalarna", "regiondalarna.se"},
      {"Region Östergötland", "Östergötland", "regionostergotland.se"},
      {"Region Sörmland", "Sörmland", "regionsormland.se"},
      {"Region Jämtland Härjedalen", "Jämtland Härjedalen", "regionjh.se"},
      {"Region Kalmar län", "Kalmar", "regionkalmar.se"},
      {"Region Västernorrland", "Västernorrland", "rvn.se"}};

  /** Short name (for the file name) and title. */
  static final String[][] MALSATTNINGSTITLAR = {
      {"Hälso- och sjukvård", "Hälso- och sjukvården är god, säker och jämlik."},
      {"Tandvård", "Tandvården är tillgänglig, säker och jämlik för invånare i alla åldrar."},
      {"Kollektivtrafik", "En hållbar och attraktiv kollektivtrafik som knyter ihop hela länet."},
      {"Hållbar regional utveckling", "Den hållbara regionala utvecklingen ligger i framkant."},
      {"Kulturliv och civilsamhälle", "Kulturlivet och civilsamhället är tillgängligt, mångfacetterat och hållbart."},
      {"Forskning och utbildning", "Forskning och utbildning av hög kvalitet med internationell spets."},
      {"Digitala lösningar", "Digitala lösningar för en enklare vardag för invånare och medarbetare."},
      {"Ansvarsfulla verksamheter", "Ansvarsfulla verksamheter med höga ambitioner för hållbar utveckling."},
      {"Kompetensförsörjning", "Kompetensförsörjningen är långsiktig och stärker välfärdens förmåga."},
      {"Ekonomi", "En långsiktigt stark och hållbar ekonomi med god ekonomisk hushållning."},
      {"Folkhälsa", "Folkhälsan förbättras och de påverkbara skillnaderna i hälsa mellan grupper minskar."},
      {"Trygghet och tillit", "Länets invånare känner trygghet i och tillit till välfärdens tjänster."},
      {"Beredskap", "Beredskapen är god och samhällsviktig verksamhet fungerar även vid kris och höjd beredskap."},
      {"Barn och unga", "Barn och unga får goda och jämlika uppväxtvillkor i hela länet."}};

  /** Short name and text of the uppdrag the council gives every nämnd under a målsättning. */
  static final String[][] GEMENSAMMA_UPPDRAG = {
      {"Ekonomi i balans", "Att fortsätta arbetet för en ekonomi i balans."},
      {"Kompetensförsörjning och arbetsmiljö", "Att beakta den långsiktiga påverkan av kompetensförsörjningen och "
          + "arbetsmiljöperspektivet i de fall det är aktuellt inom nämndens ansvarsområde och inför nämndens beslut."},
      {"Digital kultur", "Att fortsätta främja den digitala kulturen och utveckla digitala arbetssätt inom regionens samtliga verksamheter."},
      {"Aktivitetsplaner för hållbarhet", "Att utarbeta aktivitetsplaner utifrån regionens program för hållbar utveckling."},
      {"Klimatavtryck", "Att minska regionens klimatavtryck genom att arbeta för en resurseffektivare och mer cirkulär "
          + "verksamhet och genom att implementera den antagna strategin för cirkulär ekonomi."},
      {"Barnrätts- och jämställdhetsanalyser", "Att göra barnrätts- och jämställdhetsanalyser inom utvalda verksamheter."}};

  /** Short name, text and theme of the shared uppdrag under gemensamma teman. */
  static final String[][] TEMAN = {
      {"Beredskap och säkerhet", "Att beredskaps- och säkerhetsfrågor beaktas i de sammanhang där det behövs.",
          "Beredskap och säkerhet"},
      {"Välfärdsbrottslighet", "Att fortsätta arbetet med att förebygga och motverka välfärdsbrottslighet i alla verksamheter.",
          "Motverka välfärdsbrottslighet"}};

  /** The nämnd's field and its förvaltning. */
  static final String[][] NAMNDOMRADEN = {
      {"vård och hälsa", "Hälso- och sjukvård"},
      {"regional utveckling", "Regional utveckling"},
      {"kultur och ideell sektor", "Kultur och ideell sektor"},
      {"kollektivtrafik och färdtjänst", "Länstrafiken"},
      {"tandvård och munhälsa", "Folktandvården"},
      {"folkhälsa och välfärd", "Folkhälsa och välfärd"},
      {"näringsliv och kompetens", "Regional utveckling"},
      {"miljö och samhällsbyggnad", "Samhällsbyggnad"},
      {"forskning och innovation", "Forskning och utbildning"},
      {"funktionsstöd och rehabilitering", "Hjälpmedel och funktionsstöd"},
      {"äldres hälsa och omsorg", "Nära vård och omsorg"},
      {"psykiatri och beroendevård", "Psykiatri och habilitering"}};

  static final String[] FORNAMN = {"Åsa", "Björn", "Märta", "Göran", "Sören", "Ingrid", "Jörgen", "Linnéa",
      "Håkan", "Maja", "Anders", "Kerstin", "Östen", "Ylva", "Mårten", "Agneta"};
  static final String[] EFTERNAMN = {"Öberg", "Åkesson", "Lindström", "Björklund", "Sjögren", "Ekström",
      "Håkansson", "Nordqvist", "Källström", "Strömberg", "Wästberg", "Jönsson", "Bäckman", "Forsén"};
  static final String[] TITLAR = {"Ekonom", "Verksamhetsstrateg", "Utvecklingsledare", "Nämndsekreterare",
      "Controller", "Utredare"};

  static final String[][] KONSEKVENSER = {
      {"Konsekvenser för barn", "Verksamhetsplanen stärker barns och ungas rätt till goda och jämlika uppväxtvillkor; "
          + "barnrättsanalyser görs inom de uppdrag som särskilt berör barn."},
      {"Konsekvenser för jämställdhet", "Styrtalen följs upp för kvinnor och män där det är möjligt, så att skillnader "
          + "mellan könen blir synliga och kan åtgärdas."},
      {"Konsekvenser för miljö och klimat", "Flera uppdrag bidrar till minskad klimatpåverkan och till en mer "
          + "resurseffektiv och cirkulär verksamhet."},
      {"Ekonomiska konsekvenser", "Planen ryms inom ramanslaget; förändringar i fördelningen mellan områdena redovisas "
          + "i avsnittet om ekonomi."}};

  static final String[] OMVARLDSFAKTORER = {"Demografi och en åldrande befolkning",
      "Ojämlik kapacitet i länets kommuner", "Utbildning och kompetensförsörjning", "Grön omställning",
      "Osäker geopolitik och höjd beredskap", "Stigande kostnader och svag tillväxt",
      "Digitalisering och artificiell intelligens", "Ökad psykisk ohälsa bland unga",
      "Klimatförändringarnas följder för länet", "Förändrade statsbidrag", "Bostadsbrist i länets tillväxtorter",
      "Minskat förtroende för offentliga institutioner"};

  static final String[] INTERNA_UTMANINGAR = {"Framtida finansiering av verksamhetens kärnuppdrag",
      "Översyn av statsbidragsvillkoren", "Svårt att rekrytera specialistkompetens",
      "Höga lokalkostnader efter ombyggnationer", "Ett nytt ekonomisystem införs under året",
      "Gemensamma arbetssätt behöver växa fram efter omorganisationen", "Ökade kostnader för IT-stöd och licenser"};

  /** Numbers of the five fokusområden: M is the main målsättning, N a second one; parents come first. */
  static final String[][] FOKUSMONSTER = {
      {"M.1", "M.1.1", "M.1.2", "M.2", "M.3"},
      {"M.1", "M.2", "M.2.1", "M.3", "N.1"},
      {"M.1", "M.2", "M.3", "M.4", "N.1"},
      {"M.1", "M.1.1", "M.2", "N.1", "N.1.1"},
      {"M.1", "M.2", "M.3", "N.1", "N.2"}};

  /** Short name (for the file name) and name. */
  static final String[][] FOKUSNAMN = {
      {"Omställning", "Omställning, innovation och attraktionskraft"},
      {"Utbildning", "Utbildning och livslångt lärande"},
      {"Kompetensförsörjning", "Kompetensförsörjning"},
      {"Jämlik hälsa", "Jämlik hälsa och förebyggande arbete"},
      {"Nära vård", "Tillgänglig vård nära invånarna"},
      {"Hållbart resande", "Hållbara transporter och resande"},
      {"Kultur", "Kultur som kraft i hela länet"},
      {"Uppväxtvillkor", "Barns och ungas uppväxtvillkor"},
      {"Digital omställning", "Digital omställning i välfärden"},
      {"Klimat och energi", "Klimat, energi och cirkulär ekonomi"},
      {"Trygghet och beredskap", "Trygghet, säkerhet och beredskap"},
      {"Inkluderande arbetsliv", "Ett inkluderande arbetsliv"},
      {"Förnyelse", "Näringslivets förnyelse och konkurrenskraft"},
      {"Civilsamhälle", "Civilsamhällets förutsättningar"},
      {"Landsbygd", "Landsbygdens utveckling och service"},
      {"Äldres hälsa", "Äldres hälsa och livskvalitet"}};

  static final String[] MAL_OPPNING = {
      "{org} är en drivande, samlande och möjliggörande kraft för",
      "{org} bidrar till att skapa förutsättningar för",
      "{org} verkar tillsammans med länets aktörer för",
      "{org} tar ett samlat ansvar för",
      "Genom samverkan med kommuner, näringsliv och civilsamhälle stärker {org}"};
  static final String[] MAL_SLUT = {"i hela länet.", "så att fler invånare får del av välfärdens tjänster.",
      "med invånarnas behov i centrum.", "för att stärka länets konkurrens- och attraktionskraft.",
      "så att skillnaderna mellan länets kommuner minskar."};
  static final String[] MAL_TILLAGG = {
      "Vi samverkar med länets kommuner, näringsliv och civilsamhälle för att nå målet.",
      "Arbetet ska bidra till minskade skillnader i livsvillkor mellan länets invånare.",
      "Genom kunskap, samordning och uppföljning skapas förutsättningar för långsiktig hållbarhet.",
      "Särskild vikt läggs vid barn och unga samt vid dem som står långt från arbetsmarknaden."};

  /** Text, short name, riktning, enhet, typical value, decimals. */
  static final Object[][] STYRTALSAMNEN = {
      {"Andelen invånare med gott självskattat hälsotillstånd", "gott-halsotillstand", "öka", "procent", 70, 1},
      {"Andelen elever med behörighet till gymnasieskolans nationella program", "gymnasiebehorighet", "öka", "procent", 82, 1},
      {"Sjukfrånvaron bland nämndens medarbetare", "sjukfranvaro", "minska", "procent", 6.5, 1},
      {"Antalet nystartade företag per 1 000 invånare", "nystartade-foretag", "öka", "antal", 9, 1},
      {"Utsläppen av växthusgaser i ton koldioxidekvivalenter per invånare", "vaxthusgaser", "minska", null, 4.8, 1},
      {"Hållbart medarbetarengagemang (HME) för nämndens verksamheter", "hme", "öka", "index", 76, 0},
      {"Medellivslängden", "medellivslangd", "öka", "år", 82.1, 1},
      {"Andelen hushåll med tillgång till bredband om minst 1 Gbit/s", "bredband-hushall", "öka", "procent", 88, 1},
      {"Andelen förvärvsarbetande i åldern 20–64 år", "forvarvsarbetande", "öka", "procent", 78, 1},
      {"Andelen unga 16–29 år som varken arbetar eller studerar", "unga-varken-arbetar-studerar", "minska", "procent", 7.5, 1},
      {"Bruttoregionalprodukten (BRP) per invånare i tusental kronor", "brp-per-invanare", "öka", "tkr", 480, 0},
      {"Antalet gästnätter på länets hotell, stugbyar och campingplatser", "gastnatter", "öka", "antal", 1250000, 0},
      {"Väntetiden i dagar till första besök i den specialiserade vården", "vantetid-forsta-besok", "minska", "antal", 45, 0},
      {"Andelen patienter som får en medicinsk bedömning i primärvården inom tre dagar", "bedomning-tre-dagar", "öka", "procent", 74, 1},
      {"Kollektivtrafikens andel av det motoriserade resandet", "kollektivtrafikandel", "öka", "procent", 16, 1},
      {"Nöjdkundindex för kollektivtrafiken och färdtjänsten", "nojdkundindex", "öka", "index", 68, 0},
      {"Andelen tolvåringar med karies i de permanenta tänderna", "karies-tolv-ar", "minska", "procent", 22, 1},
      {"Den totala energianvändningen per miljon kronor av bruttoregionalprodukten (kWh)", "energi-per-brp", "minska", null, 110, 0},
      {"Andelen chefer som har genomfört den årliga uppföljningen av det systematiska arbetsmiljöarbetet", "sam", "öka", "procent", 84, 0},
      {"Nettokostnaden per invånare för nämndens verksamheter", "nettokostnad-per-invanare", "minska", "kr", 5400, 0},
      {"Andelen barn 0–17 år som lever i ekonomiskt utsatta familjer", "barn-ekonomiskt-utsatta", "minska", "procent", 11.2, 1},
      {"Antalet besök på länets kulturinstitutioner per invånare", "kulturbesok", "öka", "antal", 1.8, 1},
      {"Andelen invånare som har förtroende för hälso- och sjukvården", "fortroende-varden", "öka", "procent", 61, 1},
      {"Antalet deltagare på folkhögskolornas allmänna kurs", "deltagare-allman-kurs", "öka", "antal", 420, 0},
      {"Andelen upphandlingar med krav på cirkulära lösningar", "cirkulara-upphandlingar", "öka", "procent", 35, 1},
      {"Andelen invånare 65 år och äldre som upplever att de har ett fungerande socialt nätverk", "socialt-natverk-aldre", "öka", "procent", 72, 1}};

  /** Text (may be empty) and short name of the group a styrtal measures. */
  static final String[][] GRUPPER = {
      {"", ""}, {"i länet", "lanet"}, {"bland kvinnor", "kvinnor"}, {"bland män", "man"},
      {"i länets landsbygdskommuner", "landsbygd"}, {"bland utrikes födda", "utrikes-fodda"},
      {"bland personer med funktionsnedsättning", "funktionsnedsattning"}, {"i jämförelse med riket", "riket"},
      {"i länets fyra största kommuner", "storre-kommuner"}, {"bland personer med förgymnasial utbildning", "forgymnasial"}};

  static final String[] STYRTAL_TILLAGG = {"Utfallet redovisas uppdelat på kvinnor och män.",
      "Uppföljning sker årligen i samband med delårsrapporten per augusti.",
      "Jämförelsen görs med senast tillgängliga statistik.", "Källa är Statistiska centralbyrån (SCB)."};

  static final String[] VERB = {"utveckla", "stärka", "främja", "samordna", "följa upp", "kartlägga",
      "fördjupa", "säkerställa", "verka för", "ta fram en handlingsplan för", "utreda förutsättningarna för",
      "öka samverkan kring", "bidra till", "förbättra", "prioritera", "tydliggöra ansvaret för", "utvärdera"};

  /** Object of an uppdrag or insats, and its short name. */
  static final String[][] OBJEKT = {
      {"det förebyggande arbetet med psykisk hälsa", "psykisk-halsa"},
      {"tillgängligheten till vård nära invånarna", "nara-vard"},
      {"den gröna omställningen i länets företag", "gron-omstallning"},
      {"kompetensförsörjningen inom välfärdens yrken", "kompetens-valfard"},
      {"länets besöksnäring och dess kompetensbehov", "besoksnaring"},
      {"det strategiska påverkansarbetet nationellt och inom EU", "paverkansarbete"},
      {"samverkan med länets kommuner om barn och unga", "samverkan-kommuner"},
      {"innovationsstödssystemet och företagsfrämjandet", "innovationsstod"},
      {"integrationen av nyanlända på arbetsmarknaden", "integration"},
      {"användningen av välfärdsteknik i hemmet", "valfardsteknik"},
      {"energieffektiviseringen i regionens fastigheter", "energieffektivisering"},
      {"kulturens roll i det hälsofrämjande arbetet", "kultur-och-halsa"},
      {"kollektivtrafiken på landsbygden", "landsbygdstrafik"},
      {"tandhälsan bland äldre och sköra invånare", "tandhalsa-aldre"},
      {"de regionägda folkhögskolornas utbud", "folkhogskolor"},
      {"det civila samhällets förutsättningar", "civilsamhallet"},
      {"digitala tjänster för länets invånare", "digitala-tjanster"},
      {"arbetet med jämställdhet och jämlikhet", "jamstalldhet"},
      {"matchningen mellan utbildning och arbetsliv", "matchning"},
      {"näringslivets omställning till fossilfrihet", "fossilfrihet"},
      {"länets förmåga inför kriser och höjd beredskap", "beredskap"},
      {"arbetet mot våld i nära relationer", "vald-i-nara-relationer"},
      {"utbyggnaden av bredband på landsbygden", "bredband"},
      {"förutsättningarna för ett livslångt lärande", "livslangt-larande"},
      {"tidiga och samordnade insatser för barn och unga", "tidiga-insatser"}};

  static final String[] KVALIFIKATIONER = {"i hela länet", "tillsammans med länets kommuner",
      "i samverkan med civilsamhället", "med särskilt fokus på barn och unga", "utifrån invånarnas behov",
      "så att skillnaderna mellan grupper minskar", "inom ramen för befintlig budget",
      "genom ökad användning av digitala lösningar", "med stöd av forskning och beprövad erfarenhet",
      "för att möta framtidens utmaningar", "både nationellt och internationellt", "i nära dialog med näringslivet"};

  static final String[] INSATSER = {"Fortsatt utveckling av {x}.",
      "Samordning av {x} tillsammans med länets kommuner.", "Stöd till kommunerna i arbetet med {x}.",
      "Nytt projekt inom {x} med finansiering från ESF+.", "Kartläggning av behoven inom {x} i hela länet.",
      "Dialog med näringslivet och civilsamhället om {x}.",
      "Länsgemensamma åtaganden och insatser för {x}, med uppföljning två gånger om året.",
      "Framtagande av en ny strategi för {x} med bred förankring hos länets aktörer."};
  static final String[] STOTTA = {"Stötta näringslivet och offentlig sektor med:",
      "Erbjuda länets kommuner stöd i form av:", "Utveckla arbetet med:"};
  static final String[] KORTA_PUNKTER = {"Cirkulära lösningar", "Energieffektivisering",
      "Omställning till fossilfria transporter", "Digitala arbetssätt", "Kompetensutveckling för chefer",
      "Gemensam uppföljning", "Språkstöd på arbetsplatsen", "Öppna data om länets utveckling"};

  static final String[] UTMANINGSRUBRIKER = {"Demografiska utvecklingen", "Kompetensförsörjning",
      "Långsiktig finansiering", "Utsläpp av växthusgaser", "Främjande och förebyggande arbete",
      "Digitalisering och välfärdsteknik", "Samverkan i hela länet", "Nya regler och förordningar"};
  static final String[] UTMANINGAR = {
      "Minskningen har stannat av och större insatser krävs på nationell, regional och lokal nivå.",
      "Svårt att rekrytera medarbetare med rätt kompetens, särskilt under högkonjunktur.",
      "Ojämna förutsättningar mellan kommunerna gör det svårt att nå ut i hela länet.",
      "Osäker finansiering gör det svårt att planera verksamheten långsiktigt.",
      "Stor vilja till förändring men svårt i praktiken att genomföra den.",
      "Brist på systematik och evidens i underlag, analys, prioriteringar och träffsäkra insatser.",
      "Nya regler för statsstöd innebär framtida utmaningar för finansieringen av det företagsfrämjande systemet.",
      "Flera kommuner har prioriterat ner deltagandet i regionövergripande samverkan, vilket gör det svårare att nå hela länet.",
      "Allt fler äldre-äldre ställer krav på dimensionering, bemanning och nya arbetssätt."};

  static final String[][] OMRADEN = {{"Välfärd och folkhälsa"}, {"Energi och klimat"},
      {"Näringslivsutveckling"}, {"Kultur och ideell sektor"}, {"Kompetensförsörjning och utbildning"},
      {"Samhällsplanering och infrastruktur"}, {"Ålsta folkhögskola"}, {"Hälsofrämjande verksamhet"},
      {"Tillgänglighet och funktionsstöd"}, {"Forskning och innovation"}};

  static final String[] OVERGRIPANDE = {"Uppdatering av den regionala utvecklingsstrategin",
      "Ny regional handlingsplan för folkhälsa", "EU:s nya långtidsbudget",
      "Nationella satsningar på god och nära vård", "Omställningen till ett hållbart energisystem",
      "Nytt avtal med länets kommuner om samverkan"};
  static final String[] STATEN = {"Minskade riktade statsbidrag", "Nya krav på civilt försvar",
      "Förändrade villkor för folkhögskolornas statsbidrag", "Nationell strategi för kompetensförsörjning"};
  static final String[] STORREGIONALT = {"Samarbete inom Mälardalsrådet om bättre matchning",
      "Stråket mellan länets residensstäder och Stockholm", "Gemensam strukturfondsplan för Östra Mellansverige",
      "Samverkan mellan regionerna i sjukvårdsregionen", "Storregional systemanalys för transporter",
      "Samarbete om Vättern och Göta kanal som besöksmål", "Nordiskt samarbete om fossilfri vätgas"};

  static final String[] RAMKOMMENTARER = {
      "Varje område har fått justerat ramanslag, samt att intern omorganisation är beaktad.",
      "Ramanslaget är uppräknat med index; verksamhetsförändringar finansieras inom ramen.",
      "Ramanslaget inkluderar kompensation för ökade hyreskostnader."};
  static final String[] FORENINGAR = {"Studieförbundet Vuxenskolan", "Länets bygdegårdsförbund",
      "Hushållningssällskapet", "Folkrörelsearkivet", "Föreningen Länsteatern", "Idrottsförbundet i länet",
      "Hembygdsförbundet", "Funktionsrättsorganisationerna", "Föreningen Kvinnojouren"};
  static final String[] SATSNINGAR = {"Psykisk hälsa bland unga", "Fossilfria resor i tjänsten",
      "Kompetenslyft för undersköterskor", "Digital vård för äldre", "Kultur på recept",
      "Förstärkt krisberedskap", "Sommarlovsaktiviteter i länets kommuner"};
}
