package se.vp.view;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.vp.diff.Change;
import se.vp.diff.Comparison;

/** The view of a comparison for the change report, in the seed's form: text before beside text after. */
public final class ChangeViews {

  private ChangeViews() {}

  public static Views.Andringar of(Comparison comparison) {
    int beforeYear = comparison.before().fakta().ar();
    int afterYear = comparison.after().fakta().ar();
    boolean newYear = beforeYear != afterYear;
    Map<Change.Category, List<Change>> byCategory = comparison.changes().stream()
        .collect(Collectors.groupingBy(Change::category, TreeMap::new, Collectors.toList()));
    return new Views.Andringar(
        PlanViews.of(comparison.after()).dokument(),
        comparison.base(),
        comparison.baseDate().isEmpty() ? Optional.empty() : Optional.of(comparison.baseDate()),
        comparison.summary(),
        newYear ? "Text från VP-" + beforeYear : "Före (" + comparison.base() + ")",
        newYear ? "Förslag på text VP-" + afterYear : "Förslag",
        byCategory.entrySet().stream().map(group -> new Views.Andringsgrupp(group.getKey().heading(),
            group.getValue().stream().map(change -> new Views.Andring(change.type().word(), change.label(),
                change.fields().stream().map(field -> new Views.Andringsfalt(field.name(), field.before(),
                    field.words().stream().map(piece -> new Views.Bit(switch (piece.kind()) {
                      case LIKA -> "lika";
                      case NY -> "ny";
                      case BORT -> "bort";
                    }, piece.text())).toList())).toList())).toList())).toList());
  }
}
