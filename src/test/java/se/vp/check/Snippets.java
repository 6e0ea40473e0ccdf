package se.vp.check;

/** Small valid plan files that the rule tests combine; each test adds what its rule needs. */
final class Snippets {

  static final String MALSATTNING_4 = """
      nr: 4
      titel: Den hållbara regionala utvecklingen ligger i framkant.
      beslut: {av: FM, år: 2026}
      """;

  static final String FOKUS_4_1 = """
      nummer: "4.1"
      målsättning: 4
      namn: Omställning, innovation och attraktionskraft
      """;

  static final String STYRTAL_GASTNATTER = """
      text: Antal gästnätter
      förslag: {typ: nytt, år: 2026}
      """;

  static final String UPPDRAG_27 = """
      nr: 27
      text: Att främja och utveckla det strategiska påverkansarbetet.
      mottagare: nämnden
      beslut: {av: FM, år: 2025}
      """;

  private Snippets() {}

  /** Fokusområde 4.1.1 with the given styrtal and uppdrag lists (YAML flow lists). */
  static String fokus411(String styrtal, String uppdrag) {
    return """
        nummer: "4.1.1"
        målsättning: 4
        namn: Innovationsstöds- och företagsfrämjande system
        mål:
          text: Öka länets konkurrens- och attraktionskraft.
          beslut: {av: DN, år: 2025}
        styrtal: %s
        uppdrag: %s
        """.formatted(styrtal, uppdrag);
  }
}
