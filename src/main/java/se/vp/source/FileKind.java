package se.vp.source;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file in plan-source: single files at the top and folders with one file per item.
 * Each kind has its JSON Schema under schema/ in the jar (src/main/resources/schema), which is
 * also what editors validate against.
 */
public enum FileKind {
  PLAN("plan.yaml", "plan"),
  TIDPLAN("tidplan.yaml", "tidplan"),
  OMVARLD("omvarld.yaml", "omvarld"),
  GEMENSAMT("gemensamt.yaml", "gemensamt"),
  FULLMAKTIGES_UPPDRAG("fullmaktiges-uppdrag.yaml", "fullmaktiges-uppdrag"),
  EKONOMI("ekonomi.yaml", "ekonomi"),
  FORUTSATTNINGAR("forutsattningar.yaml", "forutsattningar"),
  MALSATTNING("malsattningar/", "malsattning"),
  /** In a region: a nämnd's styrtal and uppdrag under one of the council's målsättningar. */
  PLACERING("malsattningar/", "malsattning-placering"),
  FOKUSOMRADE("fokusomraden/", "fokusomrade"),
  STYRTAL("styrtal/", "styrtal"),
  UPPDRAG("uppdrag/", "uppdrag"),
  OMRADE("omraden/", "omrade");

  private final String path;
  private final String schema;

  FileKind(String path, String schema) {
    this.path = path;
    this.schema = schema;
  }

  /** The file name, or the folder name with a trailing slash. */
  public String path() {
    return path;
  }

  public boolean isFolder() {
    return path.endsWith("/");
  }

  public String schemaResource() {
    return "schema/" + schema + ".schema.json";
  }

  /**
   * The kind of the file at this path relative to the folder of one plan (plan-source, or a
   * nämnd's folder in a region), with '/' separators. {@link Layout} knows a region's folders.
   */
  public static Optional<FileKind> of(String relativePath) {
    return Arrays.stream(values())
        .filter(k -> k != PLACERING)
        .filter(k -> k.isFolder() ? relativePath.startsWith(k.path) : relativePath.equals(k.path))
        .findFirst();
  }
}
