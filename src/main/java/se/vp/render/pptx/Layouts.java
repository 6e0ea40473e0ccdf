package se.vp.render.pptx;

/** The names of the layouts in templates/referens.pptx the deck's slides are made from, as PowerPoint shows them. */
final class Layouts {

  static final String TITEL = "Titel";
  static final String AVSNITT = "Avsnitt";
  static final String INNEHALL = "Rubrik och innehåll";
  static final String TVA_SPALTER = "Två spalter";
  static final String TRE_SPALTER = "Tre spalter";
  static final String NYCKELTAL = "Nyckeltal";
  static final String TABELL = "Tabell";
  static final String DIAGRAM = "Diagram";
  static final String AVSLUTNING = "Avslutning";

  /** The placeholder that holds a slide's underrubrik, and the one that holds the stamp (utkast, förslag). */
  static final int UNDERRUBRIK = 13;
  static final int MARKERING = 20;

  private Layouts() {}
}
