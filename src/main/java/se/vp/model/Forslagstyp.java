package se.vp.model;

import java.util.Arrays;

/** What a proposal to the committee does to an item. */
public enum Forslagstyp {
  NYTT("nytt"),
  BEHALL("behåll"),
  ANDRA("ändra"),
  TA_BORT("ta-bort"),
  SLA_IHOP("slå-ihop");

  private final String word;

  Forslagstyp(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  public static Forslagstyp of(String word) {
    return Arrays.stream(values()).filter(t -> t.word.equals(word)).findFirst().orElseThrow();
  }
}
