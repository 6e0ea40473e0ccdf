package se.vp.diff;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.vp.view.Derived;
import se.vp.view.Item;
import se.vp.view.Key;
import se.vp.view.Label;

/**
 * A view record as the fields a reader sees, each a text or a list of texts under its Swedish
 * name: a nested record's fields under "its name: their name", an item elsewhere by its short
 * name, a list of records by line or, when they have a {@link Key}, entry by entry. Fields marked
 * {@link Derived} and ids are left out; empty ones too.
 */
final class ShownFields {

  /**
   * A field's texts as shown, and what tells whether it changed: the texts themselves, except
   * that an item shown in another's list counts by its id, so that rewording a styrtal changes the
   * styrtal and not every list that names it.
   */
  record Shown(List<String> texts, List<String> identity) {
    Shown {
      texts = List.copyOf(texts);
      identity = List.copyOf(identity);
    }
  }

  private final Map<String, Shown> fields = new LinkedHashMap<>();

  private ShownFields() {}

  /** The fields of a record, item or not, named from its own components. */
  static Map<String, Shown> of(Record record) {
    ShownFields shown = new ShownFields();
    shown.components("", record);
    return shown.fields;
  }

  /**
   * The fields of a section of the plan: a record's fields under their own names, anything else
   * (a list of points, of dates) as one field under the section's name.
   */
  static Map<String, Shown> ofSection(String name, Object value) {
    ShownFields shown = new ShownFields();
    Object inner = value instanceof Optional<?> optional ? optional.orElse(null) : value;
    if (inner instanceof Record record && !(inner instanceof Item)) {
      shown.components("", record);
    } else {
      shown.value(name, inner);
    }
    return shown.fields;
  }

  private void components(String prefix, Record record) {
    for (RecordComponent component : shownComponents(record.getClass())) {
      value(join(prefix, label(component)), read(component, record));
    }
  }

  private void value(String name, Object value) {
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(inner -> value(name, inner));
    } else if (value instanceof Item item) {
      put(name, List.of(item));
    } else if (value instanceof Record record) {
      components(name, record);
    } else if (value instanceof List<?> list) {
      list(name, list);
    } else if (value != null) {
      put(name, List.of(value));
    }
  }

  private void list(String name, List<?> list) {
    if (list.isEmpty()) {
      return;
    }
    if (!(list.get(0) instanceof Record) || list.get(0) instanceof Item) {
      put(name, list);
      return;
    }
    Optional<RecordComponent> key = shownComponents(list.get(0).getClass()).stream()
        .filter(c -> c.isAnnotationPresent(Key.class)).findFirst();
    if (key.isPresent()) {
      for (Object entry : list) {
        String keyText = line(read(key.get(), (Record) entry));
        String keyed = name + (keyText.isEmpty() ? "" : " – " + keyText);
        for (RecordComponent component : shownComponents(entry.getClass())) {
          if (!component.getName().equals(key.get().getName())) {
            value(join(keyed, label(component)), read(component, (Record) entry));
          }
        }
      }
    } else if (isFlat(list.get(0).getClass())) {
      put(name, list);
    } else {
      for (int i = 0; i < list.size(); i++) {
        components(name + (list.size() > 1 ? " " + (i + 1) : ""), (Record) list.get(i));
      }
    }
  }

  /**
   * A value as one line of text: a record's first shown field, then the others after a colon. An
   * item is its short name, a list its entries joined.
   */
  static String line(Object value) {
    return line(value, false);
  }

  /** As {@link #line(Object)}, or what tells the line apart from another: items by their id. */
  private static String line(Object value, boolean identity) {
    if (value instanceof Optional<?> optional) {
      return optional.map(inner -> line(inner, identity)).orElse("");
    }
    if (value instanceof Item item) {
      return identity ? item.getClass().getSimpleName() + ":" + item.id() : item.referens();
    }
    if (value instanceof List<?> list) {
      return String.join(", ", list.stream().map(entry -> line(entry, identity)).filter(s -> !s.isEmpty()).toList());
    }
    if (value instanceof Record record) {
      List<String> parts = new ArrayList<>();
      for (RecordComponent component : shownComponents(record.getClass())) {
        String part = line(read(component, record), identity);
        if (!part.isEmpty()) {
          parts.add(part);
        }
      }
      if (parts.size() <= 1) {
        return parts.isEmpty() ? "" : parts.get(0);
      }
      return parts.get(0) + ": " + String.join(", ", parts.subList(1, parts.size()));
    }
    if (value instanceof Boolean flag) {
      return flag ? "ja" : "";
    }
    return value == null ? "" : String.valueOf(value);
  }

  /** A record whose fields are texts, items or lists of them: one line says it all. */
  private static boolean isFlat(Class<?> type) {
    for (RecordComponent component : shownComponents(type)) {
      Class<?> kind = component.getType();
      if (Record.class.isAssignableFrom(kind) && !Item.class.isAssignableFrom(kind)) {
        return false;
      }
      if (List.class.isAssignableFrom(kind) && component.getGenericType() instanceof java.lang.reflect.ParameterizedType p
          && p.getActualTypeArguments()[0] instanceof Class<?> element
          && Record.class.isAssignableFrom(element) && !Item.class.isAssignableFrom(element)) {
        return false;
      }
    }
    return true;
  }

  /** Values of a field, each as a line; nothing when every line is empty. */
  private void put(String name, List<?> values) {
    List<String> texts = new ArrayList<>();
    List<String> identity = new ArrayList<>();
    for (Object value : values) {
      String text = line(value);
      if (!text.isEmpty()) {
        texts.add(text);
        identity.add(line(value, true));
      }
    }
    if (!texts.isEmpty()) {
      fields.merge(name, new Shown(texts, identity), (a, b) -> new Shown(concat(a.texts(), b.texts()),
          concat(a.identity(), b.identity())));
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> joined = new ArrayList<>(a);
    joined.addAll(b);
    return joined;
  }

  /** The components a reader sees: not the id, nothing derived. */
  static List<RecordComponent> shownComponents(Class<?> type) {
    List<RecordComponent> shown = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      if (!component.isAnnotationPresent(Derived.class) && !component.getName().equals("id")) {
        shown.add(component);
      }
    }
    return shown;
  }

  static String label(RecordComponent component) {
    Label label = component.getAnnotation(Label.class);
    return label == null ? component.getName() : label.value();
  }

  private static String join(String prefix, String name) {
    if (prefix.isEmpty()) {
      return name;
    }
    return name.isEmpty() ? prefix : prefix + ": " + name;
  }

  static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of a view", e);
    }
  }
}
