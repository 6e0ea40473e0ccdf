package se.vp.diff;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.vp.diagnostic.Location;
import se.vp.model.Plan;
import se.vp.source.FileKind;

/**
 * The file of plan-source a change's subject lives in, as the plan's locations name it: an item's
 * own file, found by its id in the model (the view's items keep the model's ids), or a section's
 * file. A change is signed by the last commit that changed that file.
 */
final class SubjectFiles {

  /**
   * The view's sections and the file each is read from. Written out, since a section of the view
   * is gathered from the model and not one record of it; a section missing here goes unsigned.
   */
  private static final Map<String, FileKind> SECTIONS = Map.of(
      "dokument", FileKind.PLAN,
      "tidplan", FileKind.TIDPLAN,
      "omvarldsfaktorer", FileKind.OMVARLD,
      "internaUtmaningar", FileKind.OMVARLD,
      "teman", FileKind.GEMENSAMT,
      "sammanfattning", FileKind.FULLMAKTIGES_UPPDRAG,
      "ekonomi", FileKind.EKONOMI,
      "forutsattningar", FileKind.FORUTSATTNINGAR);

  /** The view names the council's gemensamma målsättningar otherwise than the model. */
  private static final Map<String, String> MODEL_KIND = Map.of("Gemensam", "Malsattning");

  private final Map<String, String> byKindAndId = new HashMap<>();
  private final Map<String, Set<String>> byId = new HashMap<>();
  private final Plan plan;

  private SubjectFiles(Plan plan) {
    this.plan = plan;
    collect(plan, 0);
  }

  static SubjectFiles of(Plan plan) {
    return new SubjectFiles(plan);
  }

  /** The file as the plan's locations name it (relative to the display folder, with '/'). */
  Optional<String> file(Change.Subject subject) {
    if (subject.isItem()) {
      String kind = MODEL_KIND.getOrDefault(subject.kind(), subject.kind());
      String file = byKindAndId.get(kind + "\u0000" + subject.id());
      if (file != null) {
        return Optional.of(file);
      }
      Set<String> files = byId.getOrDefault(subject.id(), Set.of());
      return files.size() == 1 ? files.stream().findFirst() : Optional.empty();
    }
    if (subject.kind().equals("tidplan") && !plan.tidplan().isEmpty()) {
      return Optional.of(plan.tidplan().get(0).at().file());
    }
    FileKind kind = SECTIONS.get(subject.kind());
    String planFile = plan.fakta().at().file();
    if (kind == null || planFile.isEmpty()) {
      return Optional.empty();
    }
    int slash = planFile.lastIndexOf('/');
    return Optional.of((slash < 0 ? "" : planFile.substring(0, slash + 1)) + kind.path());
  }

  /** Every record of the model with an id and a location, however deep; the model is a tree of a bounded plan. */
  private void collect(Object value, int depth) {
    if (depth > 20) {
      return;
    }
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(inner -> collect(inner, depth + 1));
    } else if (value instanceof List<?> list) {
      list.forEach(entry -> collect(entry, depth + 1));
    } else if (value instanceof Record record) {
      Object id = component(record, "id");
      Object at = component(record, "at");
      if (id instanceof String text && at instanceof Location location && !location.file().isEmpty()) {
        byKindAndId.putIfAbsent(record.getClass().getSimpleName() + "\u0000" + text, location.file());
        byId.computeIfAbsent(text, k -> new HashSet<>()).add(location.file());
      }
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        if (!component.getType().equals(Location.class)) {
          collect(read(component, record), depth + 1);
        }
      }
    }
  }

  private static Object component(Record record, String name) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      if (component.getName().equals(name)) {
        return read(component, record);
      }
    }
    return null;
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of the model", e);
    }
  }
}
