package se.vp.model;

import java.util.Arrays;

/** What happens on a date of the tidplan. */
public enum Handelsetyp {
  FULLMAKTIGEBESLUT("fullmäktigebeslut"),
  PRESENTATION("presentation"),
  PARTIGRUPPSFORSLAG("partigruppsförslag"),
  UTKAST("utkast"),
  NAMNDBESLUT("nämndbeslut");

  private final String word;

  Handelsetyp(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  public static Handelsetyp of(String word) {
    return Arrays.stream(values()).filter(t -> t.word.equals(word)).findFirst().orElseThrow();
  }
}
