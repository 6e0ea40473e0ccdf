package se.vp.source;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * How plan-source is laid out. A single nämnd's plan has its files at the top. A region has what
 * the council decides for every nämnd once, in fullmaktige/ (its målsättningar, its numbered
 * uppdrag and gemensamt.yaml), and each nämnd's own plan in namnder/&lt;id&gt;/, where a file in
 * malsattningar/ places the nämnd's styrtal and uppdrag under the council's målsättning of the
 * same name.
 */
public final class Layout {

  public static final String COUNCIL = "fullmaktige/";
  public static final String NAMNDER = "namnder/";

  private static final Set<FileKind> COUNCILS_KINDS = Set.of(FileKind.MALSATTNING, FileKind.UPPDRAG, FileKind.GEMENSAMT);

  private Layout() {}

  /** A region as soon as anything lies in fullmaktige/ or namnder/. */
  public static boolean isRegion(Collection<String> paths) {
    return paths.stream().anyMatch(p -> p.startsWith(COUNCIL) || p.startsWith(NAMNDER));
  }

  /** The nämnd a path in a region belongs to: "rtn" for namnder/rtn/plan.yaml. */
  public static Optional<String> namnd(String path) {
    if (!path.startsWith(NAMNDER)) {
      return Optional.empty();
    }
    int slash = path.indexOf('/', NAMNDER.length());
    return slash < 0 ? Optional.empty() : Optional.of(path.substring(NAMNDER.length(), slash));
  }

  /** The path inside the plan it belongs to: "plan.yaml" for namnder/rtn/plan.yaml. */
  public static String withinPlan(String path) {
    if (path.startsWith(COUNCIL)) {
      return path.substring(COUNCIL.length());
    }
    return namnd(path).map(n -> path.substring(NAMNDER.length() + n.length() + 1)).orElse(path);
  }

  /** The kind of a file at a path in plan-source, or nothing when the file does not belong there. */
  public static Optional<FileKind> kind(String path, boolean region) {
    if (!region) {
      return FileKind.of(path);
    }
    Optional<FileKind> kind = FileKind.of(withinPlan(path));
    if (path.startsWith(COUNCIL)) {
      return kind.filter(COUNCILS_KINDS::contains);
    }
    if (namnd(path).isEmpty()) {
      return Optional.empty();
    }
    return kind.filter(k -> k != FileKind.GEMENSAMT).map(k -> k == FileKind.MALSATTNING ? FileKind.PLACERING : k);
  }
}
