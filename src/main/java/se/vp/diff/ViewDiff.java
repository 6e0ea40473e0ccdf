package se.vp.diff;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.vp.diff.Change.Field;
import se.vp.diff.Change.Type;
import se.vp.view.Derived;
import se.vp.view.Item;
import se.vp.view.Label;
import se.vp.view.Views;

/**
 * What a proposal changes in what the handlingar show: two views of the plan compared field by
 * field. Items (målsättningar, fokusområden, styrtal, uppdrag, områden) are matched by their id
 * wherever they are shown, so a renumbered or moved item is the same item; every other field of
 * the view is compared within its section. Nothing here knows a field by name: a field added to
 * a view is compared under its {@link Label}.
 */
final class ViewDiff {

  private final List<String> categories = new ArrayList<>();
  private final List<Change> changes = new ArrayList<>();

  private ViewDiff() {}

  static List<Change> between(Views.Plan before, Views.Plan after) {
    Renumbering renumbering = Renumbering.between(before, after);
    ViewDiff diff = new ViewDiff();
    diff.compare(renumbering.apply(before), after);
    diff.changes.addAll(renumbering.changes(diff.category(Views.Fokusomrade.class), after));
    // Under each heading the added first, then the removed, the changed and the moved, each in the
    // order a reader meets them.
    return diff.changes.stream().sorted(Comparator.<Change>comparingInt(c -> diff.categories.indexOf(c.category()))
        .thenComparing(Change::type)).toList();
  }

  private void compare(Views.Plan before, Views.Plan after) {
    for (RecordComponent section : ShownFields.shownComponents(Views.Plan.class)) {
      Optional<Class<?>> items = itemType(section);
      if (items.isPresent()) {
        category(items.get());
      } else {
        String heading = ShownFields.label(section);
        category(heading);
        fields(heading, new Change.Subject(section.getName(), ""),
            ShownFields.ofSection(heading, ShownFields.read(section, before)),
            ShownFields.ofSection(heading, ShownFields.read(section, after)));
      }
    }
    Map<ItemKey, Item> old = items(before);
    Map<ItemKey, Item> now = items(after);
    Set<ItemKey> keys = new LinkedHashSet<>(now.keySet());
    keys.addAll(old.keySet());
    for (ItemKey key : keys) {
      item(category(key.type()), old.get(key), now.get(key));
    }
  }

  private String category(Class<?> itemType) {
    return category(itemType.getAnnotation(Label.class).value());
  }

  private String category(String heading) {
    if (!categories.contains(heading)) {
      categories.add(heading);
    }
    return heading;
  }

  /** The item type when a section of the plan is a list of items, such as all the styrtal. */
  private static Optional<Class<?>> itemType(RecordComponent section) {
    if (section.getGenericType() instanceof ParameterizedType list && List.class.equals(list.getRawType())
        && list.getActualTypeArguments()[0] instanceof Class<?> element && Item.class.isAssignableFrom(element)) {
      return Optional.of(element);
    }
    return Optional.empty();
  }

  private void item(String category, Item was, Item is) {
    Item either = is == null ? was : is;
    Change.Subject subject = new Change.Subject(either.getClass().getSimpleName(), either.id());
    if (was == null) {
      changes.add(new Change(category, Type.TILLAGD, is.etikett(), differing(Map.of(), ShownFields.of((Record) is)),
          subject));
    } else if (is == null) {
      changes.add(new Change(category, Type.BORTTAGEN, was.etikett(), differing(ShownFields.of((Record) was), Map.of()),
          subject));
    } else {
      List<Field> differing = differing(ShownFields.of((Record) was), ShownFields.of((Record) is));
      if (!differing.isEmpty()) {
        changes.add(new Change(category, typeOf(differing), is.etikett(), differing, subject));
      }
    }
  }

  /** A section compared field by field, each differing field a change of its own. */
  private void fields(String category, Change.Subject section, Map<String, ShownFields.Shown> old,
      Map<String, ShownFields.Shown> now) {
    for (Field field : differing(old, now)) {
      Type type = field.beforeItems().isEmpty() ? Type.TILLAGD : field.afterItems().isEmpty() ? Type.BORTTAGEN : Type.ANDRAD;
      changes.add(new Change(category, type, field.name(), List.of(field), section));
    }
  }

  private static Type typeOf(List<Field> differing) {
    Set<String> names = new LinkedHashSet<>();
    differing.forEach(f -> names.add(f.name()));
    if (names.equals(Set.of("ligger under"))) {
      return Type.FLYTTAD;
    }
    return names.contains("nummer") ? Type.OMNUMRERAD : Type.ANDRAD;
  }

  private static List<Field> differing(Map<String, ShownFields.Shown> old, Map<String, ShownFields.Shown> now) {
    Set<String> names = new LinkedHashSet<>(now.keySet());
    names.addAll(old.keySet());
    List<Field> fields = new ArrayList<>();
    ShownFields.Shown none = new ShownFields.Shown(List.of(), List.of());
    for (String name : names) {
      ShownFields.Shown was = old.getOrDefault(name, none);
      ShownFields.Shown is = now.getOrDefault(name, none);
      if (!Objects.equals(was.identity(), is.identity())) {
        fields.add(new Field(name, was.texts(), is.texts(), was.identity(), is.identity()));
      }
    }
    return fields;
  }

  /** An item is the same item when its type and id are. */
  private record ItemKey(Class<?> type, String id) {}

  /** Every item the view shows, wherever it is shown, in the order a reader meets it. */
  static Map<ItemKey, Item> items(Views.Plan plan) {
    Map<ItemKey, Item> found = new LinkedHashMap<>();
    collect(plan, found);
    return found;
  }

  private static void collect(Object value, Map<ItemKey, Item> found) {
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(inner -> collect(inner, found));
    } else if (value instanceof List<?> list) {
      list.forEach(entry -> collect(entry, found));
    } else if (value instanceof Record record) {
      if (record instanceof Item item) {
        found.putIfAbsent(new ItemKey(item.getClass(), item.id()), item);
      }
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        if (!component.isAnnotationPresent(Derived.class)) {
          collect(ShownFields.read(component, record), found);
        }
      }
    }
  }
}
