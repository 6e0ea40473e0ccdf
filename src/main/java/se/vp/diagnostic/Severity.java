package se.vp.diagnostic;

/** How bad a finding is; the Swedish word is what the user reads. */
public enum Severity {
  FEL("fel"),
  VARNING("varning");

  private final String word;

  Severity(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }
}
