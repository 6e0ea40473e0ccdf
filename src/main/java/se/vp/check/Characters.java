package se.vp.check;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.model.ResolvedPlan;
import se.vp.model.Text;
import se.vp.text.Excerpt;
import se.vp.text.Fonts;

/**
 * Every character of the plan's texts is printed by the fonts the PDFs embed, or is invisible by
 * intent (a space, a soft hyphen): otherwise the PDF would show "#" or nothing where the editor
 * wrote it, say an emoji from a phone, a private-use symbol from a Word font, or an unpaired
 * surrogate from a YAML escape. The texts are found by walking the plan's records, so a field
 * added to the model is checked as soon as it exists. Each is reported at its own place when it
 * has one (a Text), else at the place of the record that holds it.
 */
final class Characters implements Check {

  @Override
  public void check(ResolvedPlan resolved, Diagnostics out) {
    visit(resolved.plan(), null, out);
  }

  private static void visit(Object value, Location near, Diagnostics out) {
    if (value instanceof Text text) {
      check(text.value(), text.at(), out);
    } else if (value instanceof String string) {
      check(string, near, out);
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(inner -> visit(inner, near, out));
    } else if (value instanceof List<?> list) {
      list.forEach(item -> visit(item, near, out));
    } else if (value instanceof Record record) {
      Location at = place(record).orElse(near);
      for (RecordComponent component : COMPONENTS.get(record.getClass())) {
        visit(read(component, record), at, out);
      }
    }
  }

  /** Each record class's components, looked up once: a region's plans hold thousands of records. */
  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      return type.getRecordComponents();
    }
  };

  /** A record's place: its own ({@code at}), or else the first place found inside it. */
  private static Optional<Location> place(Object value) {
    if (value instanceof Location location) {
      return Optional.of(location);
    } else if (value instanceof Optional<?> optional) {
      return optional.flatMap(Characters::place);
    } else if (value instanceof List<?> list) {
      return list.stream().map(Characters::place).flatMap(Optional::stream).findFirst();
    } else if (value instanceof Record record) {
      RecordComponent[] components = COMPONENTS.get(record.getClass());
      for (RecordComponent component : components) {
        if (component.getName().equals("at") && component.getType() == Location.class) {
          return Optional.of((Location) read(component, record));
        }
      }
      for (RecordComponent component : components) {
        Optional<Location> inside = place(read(component, record));
        if (inside.isPresent()) {
          return inside;
        }
      }
    }
    return Optional.empty();
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("the model's records are public and their accessors plain", e);
    }
  }

  private static void check(String text, Location at, Diagnostics out) {
    if (Fonts.printable(text)) {
      return;
    }
    List<Integer> missing = Fonts.unprintable(text);
    boolean one = missing.size() == 1;
    out.report(Code.VP216, at,
        (one ? "tecknet " : "tecknen ") + names(missing) + " finns inte i typsnitten som handlingarna skrivs med: \""
            + Excerpt.around(text, text.indexOf(Character.toString(missing.get(0)))) + "\"",
        Optional.of(one ? "byt ut tecknet eller ta bort det" : "byt ut tecknen eller ta bort dem"));
  }

  /** "U+E000 (PRIVATE USE AREA E000)", or several as "U+…, U+… och U+…". */
  private static String names(List<Integer> characters) {
    List<String> names = characters.stream().map(Fonts::describe).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " och " + names.get(names.size() - 1);
  }
}
