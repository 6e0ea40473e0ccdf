package se.vp.render;

import java.util.List;

/** The documents vp renders, each from one template, in the formats the committee needs. */
public enum Handling {
  BILDSPEL("bildspel", List.of(Format.PDF)),
  SAMMANSTALLNING("sammanstallning", List.of(Format.PDF, Format.DOCX)),
  BESLUTSUNDERLAG("beslutsunderlag", List.of(Format.PDF, Format.DOCX));

  public enum Format {
    PDF,
    DOCX;

    public String extension() {
      return "." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final String name;
  private final List<Format> formats;

  Handling(String name, List<Format> formats) {
    this.name = name;
    this.formats = formats;
  }

  /** The template's and the output files' base name. */
  public String fileName() {
    return name;
  }

  public String template() {
    return name + ".ftlx";
  }

  public List<Format> formats() {
    return formats;
  }
}
