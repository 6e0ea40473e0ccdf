package se.vp.render;

import java.util.List;

/**
 * The documents vp renders, each from one template; {@link Writers} says in which formats. The
 * change report is rendered from a comparison, the others from a nämnd's plan.
 */
public enum Handling {
  BILDSPEL("bildspel", "bildspel.ftlx"),
  SAMMANSTALLNING("sammanstallning", "sammanstallning.ftlx"),
  BESLUTSUNDERLAG("beslutsunderlag", "beslutsunderlag.ftlx"),
  /** The plan as a website, pages in the folder webb/: for the public, who read it on a screen. */
  WEBB("webb", "webb.ftlx"),
  ANDRINGAR("ändringar", "andringar.ftlx");

  /** The handlingar of a plan, the deck first: it takes longest, so the cores finish together. */
  public static final List<Handling> OF_PLAN = List.of(BILDSPEL, SAMMANSTALLNING, BESLUTSUNDERLAG, WEBB);

  private final String fileName;
  private final String template;

  Handling(String fileName, String template) {
    this.fileName = fileName;
    this.template = template;
  }

  /** The base name of the handling's files in output/. */
  public String fileName() {
    return fileName;
  }

  public String template() {
    return template;
  }
}
