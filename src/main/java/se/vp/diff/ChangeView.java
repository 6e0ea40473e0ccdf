package se.vp.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.vp.text.WordDiff;
import se.vp.view.Views;

/**
 * What the change report's template sees, in the seed's form: each change's fields, the text
 * before beside the text after, the after marked word by word.
 */
public record ChangeView(
    Views.Dokument dokument, String bas, Optional<String> basDatum, String sammanfattning, String foreRubrik,
    String efterRubrik, List<Grupp> grupper) {

  public ChangeView {
    grupper = List.copyOf(grupper);
  }

  public record Grupp(String rubrik, List<Andring> poster) {}

  public record Andring(String typ, String etikett, List<Falt> falt) {}

  public record Falt(String namn, String fore, List<Bit> efter) {}

  /** A run of the after text: "lika" (kept), "ny" (inserted) or "bort" (deleted). */
  public record Bit(String typ, String text) {}

  public static ChangeView of(Comparison comparison) {
    int beforeYear = comparison.before().dokument().ar();
    int afterYear = comparison.after().dokument().ar();
    boolean newYear = beforeYear != afterYear;
    return new ChangeView(
        comparison.after().dokument(),
        comparison.base(),
        comparison.baseDate().isEmpty() ? Optional.empty() : Optional.of(comparison.baseDate()),
        comparison.summary(),
        newYear ? "Text från VP-" + beforeYear : "Före (" + comparison.base() + ")",
        newYear ? "Förslag på text VP-" + afterYear : "Förslag",
        byCategory(comparison.changes()).entrySet().stream().map(group -> new Grupp(group.getKey(),
            group.getValue().stream().map(ChangeView::andring).toList())).toList());
  }

  /** The changes grouped under their headings, in the order the changes come. */
  static Map<String, List<Change>> byCategory(List<Change> changes) {
    Map<String, List<Change>> groups = new LinkedHashMap<>();
    changes.forEach(c -> groups.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(c));
    return groups;
  }

  private static Andring andring(Change change) {
    return new Andring(change.type().word(), change.label(), change.fields().stream().map(field ->
        new Falt(field.name(), field.before(), field.words().stream()
            .map(piece -> new Bit(word(piece.kind()), piece.text())).toList())).toList());
  }

  private static String word(WordDiff.Kind kind) {
    return switch (kind) {
      case LIKA -> "lika";
      case NY -> "ny";
      case BORT -> "bort";
    };
  }
}
