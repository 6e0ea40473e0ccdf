package se.vp.diff;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.vp.view.Derived;
import se.vp.view.Views;

/**
 * A view of the plan read with new fokusområde numbers ({@link Renumbering}): every record built
 * again, each field that names a fokusområde by number, or by its file, given the new one. What is
 * derived is left as it is; the diff does not compare it.
 */
final class RenumberedView {

  /** How a styrtal's or an uppdrag's place names a fokusområde. */
  private static final String IN = "Fokusområde ";

  /** How the tag of a proposal to remove a fokusområde names it, to whichever body the plan proposes. */
  private static final Pattern REMOVE = Pattern.compile("Förslag till \\S+ – Ta bort ");

  /** 4.2 before 4.10: by the parts of the number, as numbers. */
  private static final Comparator<Views.Fokusomrade> BY_NUMBER = Comparator.comparing(Views.Fokusomrade::nummer,
      Comparator.comparing((String n) -> Arrays.stream(n.split("\\.")).mapToInt(RenumberedView::part).toArray(),
          Arrays::compare));

  private final Map<String, String> numbers;
  private final Map<String, String> ids;
  private final Map<String, List<String>> placesNow;

  /**
   * {@code numbers} old to new, {@code ids} the files renamed, {@code placesNow} the proposal's
   * places of each styrtal ("Styrtal:id") and uppdrag ("Uppdrag:id").
   */
  RenumberedView(Map<String, String> numbers, Map<String, String> ids, Map<String, List<String>> placesNow) {
    this.numbers = Map.copyOf(numbers);
    this.ids = Map.copyOf(ids);
    this.placesNow = Map.copyOf(placesNow);
  }

  Views.Plan of(Views.Plan before) {
    return (Views.Plan) rewrite(before);
  }

  private static int part(String digits) {
    return digits.matches("[0-9]{1,9}") ? Integer.parseInt(digits) : Integer.MAX_VALUE;
  }

  private static boolean inNumberOrder(List<?> list) {
    for (int i = 1; i < list.size(); i++) {
      if (BY_NUMBER.compare((Views.Fokusomrade) list.get(i - 1), (Views.Fokusomrade) list.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  private Object rewrite(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(this::rewrite);
    }
    if (value instanceof List<?> list) {
      List<?> rewritten = list.stream().map(this::rewrite).toList();
      // A list of fokusområden in number order stays in number order: the new number's place is no move of its own.
      if (!list.isEmpty() && list.stream().allMatch(Views.Fokusomrade.class::isInstance) && inNumberOrder(list)) {
        return rewritten.stream().map(Views.Fokusomrade.class::cast).sorted(BY_NUMBER).toList();
      }
      return rewritten;
    }
    if (value instanceof Record record) {
      return record(record);
    }
    return value;
  }

  /** The record built again with its shown fields rewritten; what is derived is left as it is. */
  private Record record(Record record) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      Object value = ShownFields.read(components[i], record);
      values[i] = components[i].isAnnotationPresent(Derived.class) ? value
          : renumbered(record.getClass(), components[i].getName(), rewrite(value));
      types[i] = components[i].getType();
    }
    if (record instanceof Views.Styrtal styrtal) {
      values[placesAt(components, "anvandsI")] = inTheirOrderNow("Styrtal:" + styrtal.id(),
          (List<?>) values[placesAt(components, "anvandsI")]);
    } else if (record instanceof Views.Uppdrag uppdrag) {
      values[placesAt(components, "plats")] = inTheirOrderNow("Uppdrag:" + uppdrag.id(),
          (List<?>) values[placesAt(components, "plats")]);
    }
    try {
      return record.getClass().getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + record.getClass().getSimpleName() + " of the view again", e);
    }
  }

  /** A field of the view that names a fokusområde by number, or by its file, with the new one. */
  private Object renumbered(Class<?> type, String field, Object value) {
    if (type == Views.Fokusomrade.class && field.equals("id")) {
      return ids.getOrDefault(value, (String) value);
    }
    if (type == Views.Fokusomrade.class && field.equals("nummer")
        || type == Views.Insats.class && field.equals("fokusomrade")) {
      return numbers.getOrDefault(value, (String) value);
    }
    if (type == Views.Styrtal.class && field.equals("anvandsI")
        || type == Views.Uppdrag.class && field.equals("plats")) {
      return ((List<?>) value).stream().map(place -> renamedPlace((String) place, IN)).toList();
    }
    if (type == Views.Tagg.class && field.equals("text")) {
      Matcher remove = REMOVE.matcher((String) value);
      return remove.lookingAt() ? renamedPlace((String) value, remove.group()) : value;
    }
    return value;
  }

  private static int placesAt(RecordComponent[] components, String name) {
    for (int i = 0; i < components.length; i++) {
      if (components[i].getName().equals(name)) {
        return i;
      }
    }
    throw new IllegalStateException("no " + name + " in the view");
  }

  /**
   * The places an item lies under are listed in the plan's reading order, which the new numbers
   * set: the same places in another order are the renumbering's doing, and take the proposal's.
   */
  private List<?> inTheirOrderNow(String key, List<?> places) {
    List<String> now = placesNow.get(key);
    if (now != null && now.size() == places.size() && new HashSet<>(now).equals(new HashSet<>(places))
        && new HashSet<>(now).size() == now.size()) {
      return now;
    }
    return places;
  }

  private String renamedPlace(String text, String before) {
    if (text.startsWith(before) && numbers.containsKey(text.substring(before.length()))) {
      return before + numbers.get(text.substring(before.length()));
    }
    return text;
  }
}
