package se.vp.model;

import java.util.Arrays;

/** Who is given an uppdrag. */
public enum Mottagare {
  NAMNDEN("nämnden"),
  FORVALTNINGEN("förvaltningen"),
  REGIONSTYRELSEN_OCH_NAMNDERNA("regionstyrelsen-och-nämnderna");

  private final String word;

  Mottagare(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  /** Given to the committee itself, alone or together with all committees. */
  public boolean includesNamnden() {
    return this != FORVALTNINGEN;
  }

  public static Mottagare of(String word) {
    return Arrays.stream(values()).filter(m -> m.word.equals(word)).findFirst().orElseThrow();
  }
}
