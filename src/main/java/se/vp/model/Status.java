package se.vp.model;

/** Where the plan stands along its timeline. */
public enum Status {
  UTKAST("utkast"),
  FORSLAG("förslag"),
  BESLUTAD("beslutad");

  private final String word;

  Status(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }
}
