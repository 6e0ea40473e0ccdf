package se.vp.diff;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.vp.view.Derived;
import se.vp.view.Item;
import se.vp.view.Views;

/**
 * The fokusområden a proposal gives new numbers, found by their file: the same file, or one
 * renamed from its number to the new one (4-3-kompetens.yaml to 4-4-kompetens.yaml, as vp:renumber
 * renames it). A renumbering moves every list that names the fokusområde by number: the styrtal
 * and uppdrag under it, the områden's insatser for it, its underområden. The base is read as if
 * the new numbers had always been its own ({@link #apply}), so that only what else changed is
 * compared, and the renumbering itself is one change with what moved along ({@link #changes}).
 */
final class Renumbering {

  /** How a styrtal's or an uppdrag's place names a fokusområde, and a proposal to remove one its tag. */
  private static final String IN = "Fokusområde ";

  private static final String REMOVE = "Förslag till DN – Ta bort ";

  /** 4.2 before 4.10: by the parts of the number, as numbers. */
  private static final Comparator<Views.Fokusomrade> BY_NUMBER = Comparator.comparing(Views.Fokusomrade::nummer,
      Comparator.comparing((String n) -> Arrays.stream(n.split("\\.")).mapToInt(Renumbering::part).toArray(),
          Arrays::compare));

  /** Each renumbered fokusområde as the base and the proposal show it, in the order of the base. */
  private final List<Views.Fokusomrade[]> pairs = new ArrayList<>();
  private final Map<String, String> numbers = new HashMap<>();
  private final Map<String, String> ids = new HashMap<>();
  /** The places of each styrtal and uppdrag in the proposal, by its id, for the order they come in. */
  private final Map<String, List<String>> placesNow = new HashMap<>();

  private Renumbering() {}

  static Renumbering between(Views.Plan before, Views.Plan after) {
    Map<String, Views.Fokusomrade> was = fokusomraden(before);
    Map<String, Views.Fokusomrade> is = fokusomraden(after);
    // A renamed file pairs with the one new file of the same rest of its name, looked up, not searched for.
    Map<String, List<Views.Fokusomrade>> gone = new HashMap<>();
    Map<String, List<Views.Fokusomrade>> come = new HashMap<>();
    was.values().stream().filter(f -> !is.containsKey(f.id()))
        .forEach(f -> rest(f).ifPresent(r -> gone.computeIfAbsent(r, k -> new ArrayList<>()).add(f)));
    is.values().stream().filter(f -> !was.containsKey(f.id()))
        .forEach(f -> rest(f).ifPresent(r -> come.computeIfAbsent(r, k -> new ArrayList<>()).add(f)));
    Renumbering renumbering = new Renumbering();
    for (Views.Fokusomrade old : was.values()) {
      Views.Fokusomrade now = is.get(old.id());
      if (now == null) {
        Optional<String> rest = rest(old);
        List<Views.Fokusomrade> renamed = rest.map(r -> come.getOrDefault(r, List.of())).orElse(List.of());
        now = renamed.size() == 1 && gone.get(rest.get()).size() == 1 ? renamed.get(0) : null;
      }
      if (now != null && !now.nummer().equals(old.nummer())) {
        renumbering.pairs.add(new Views.Fokusomrade[] {old, now});
        renumbering.numbers.put(old.nummer(), now.nummer());
        renumbering.ids.put(old.id(), now.id());
      }
    }
    for (Item item : ViewDiff.items(after).values()) {
      if (item instanceof Views.Styrtal styrtal) {
        renumbering.placesNow.put("Styrtal:" + styrtal.id(), styrtal.anvandsI());
      } else if (item instanceof Views.Uppdrag uppdrag) {
        renumbering.placesNow.put("Uppdrag:" + uppdrag.id(), uppdrag.plats());
      }
    }
    return renumbering;
  }

  /**
   * The rest of the name of a file named by its number, as vp:renumber names it: "-kompetens" for
   * 4-3-kompetens at 4.3, "" for 4-3; nothing for a file named otherwise.
   */
  private static Optional<String> rest(Views.Fokusomrade f) {
    String prefix = f.nummer().replace('.', '-');
    if (f.id().equals(prefix) || f.id().startsWith(prefix + "-")) {
      return Optional.of(f.id().substring(prefix.length()));
    }
    return Optional.empty();
  }

  private static Map<String, Views.Fokusomrade> fokusomraden(Views.Plan plan) {
    Map<String, Views.Fokusomrade> found = new LinkedHashMap<>();
    for (Item item : ViewDiff.items(plan).values()) {
      if (item instanceof Views.Fokusomrade f) {
        found.putIfAbsent(f.id(), f);
      }
    }
    return found;
  }

  /** The base as if its fokusområden had had their new numbers all along, wherever the view names them by number. */
  Views.Plan apply(Views.Plan before) {
    return pairs.isEmpty() ? before : (Views.Plan) rewrite(before);
  }

  /**
   * One change for each renumbering, "Fokusområde 4.3 Kompetensförsörjning får nummer 4.4, och med
   * det …": an underområde that followed its fokusområde is said on that line, not on one of its own.
   */
  List<Change> changes(String category, Views.Plan after) {
    Map<String, List<Views.Fokusomrade[]>> along = new LinkedHashMap<>();
    for (Views.Fokusomrade[] pair : pairs) {
      String top = pair[0].nummer();
      while (followsItsParent(top)) {
        top = top.substring(0, top.lastIndexOf('.'));
      }
      along.computeIfAbsent(top, k -> new ArrayList<>()).add(pair);
    }
    Map<String, Set<String>> insatser = insatser(after);
    List<Change> changes = new ArrayList<>();
    for (List<Views.Fokusomrade[]> found : along.values()) {
      // The fokusområde first, then its underområden in the base's order.
      List<Views.Fokusomrade[]> subtree = found.stream()
          .sorted(Comparator.comparingInt((Views.Fokusomrade[] p) -> p[0].nummer().length())).toList();
      Views.Fokusomrade old = subtree.get(0)[0];
      Views.Fokusomrade now = subtree.get(0)[1];
      List<Views.Fokusomrade[]> under = subtree.subList(1, subtree.size());
      List<String> moved = new ArrayList<>();
      if (!under.isEmpty()) {
        moved.add((under.size() == 1 ? "underområdet " : "underområdena ")
            + words(under.stream().map(p -> p[0].nummer() + " → " + p[1].nummer()).toList()));
      }
      int styrtal = subtree.stream().mapToInt(p -> p[1].styrtal().size()).sum();
      int uppdrag = subtree.stream()
          .mapToInt(p -> p[1].uppdragTillNamnden().size() + p[1].uppdragTillForvaltningen().size()).sum();
      Set<String> omraden = new HashSet<>();
      subtree.forEach(p -> omraden.addAll(insatser.getOrDefault(p[1].nummer(), Set.of())));
      if (styrtal > 0) {
        moved.add(styrtal + " styrtal");
      }
      if (uppdrag > 0) {
        moved.add(uppdrag + " uppdrag");
      }
      if (!omraden.isEmpty()) {
        moved.add(omraden.size() + (omraden.size() == 1 ? " områdes insatser" : " områdens insatser"));
      }
      String label = "Fokusområde " + old.nummer() + " " + old.namn() + " får nummer " + now.nummer()
          + (moved.isEmpty() ? "" : ", och med det " + words(moved));
      changes.add(new Change(category, Change.Type.OMNUMRERAD, label,
          List.of(new Change.Field("nummer", List.of(old.nummer()), List.of(now.nummer()))),
          new Change.Subject(now.getClass().getSimpleName(), now.id())));
    }
    return changes;
  }

  /** The områden with insatser for each fokusområde, by its number. */
  private static Map<String, Set<String>> insatser(Views.Plan plan) {
    Map<String, Set<String>> found = new HashMap<>();
    plan.forutsattningar().ifPresent(f -> f.omraden().forEach(o -> o.presentationer().forEach(p -> p.insatser()
        .forEach(i -> found.computeIfAbsent(i.fokusomrade(), k -> new HashSet<>()).add(o.id())))));
    return found;
  }

  /** A renumbering's line says its numbers, before and after: its field need not be shown below it. */
  static boolean saysAll(Change change) {
    return change.type() == Change.Type.OMNUMRERAD && change.fields().size() == 1
        && change.fields().get(0).name().equals("nummer") && !change.fields().get(0).isList()
        && change.label().contains(" får nummer " + change.fields().get(0).after());
  }

  /** Whether the fokusområde got its new number by following its parent's: 4.3.1 → 4.4.1 as 4.3 → 4.4. */
  private boolean followsItsParent(String nummer) {
    int dot = nummer.lastIndexOf('.');
    String parent = nummer.substring(0, dot);
    String parentNow = numbers.get(parent);
    return parentNow != null && numbers.get(nummer).equals(parentNow + nummer.substring(dot));
  }

  /** "a, b och c" */
  private static String words(List<String> words) {
    return words.size() == 1 ? words.get(0)
        : String.join(", ", words.subList(0, words.size() - 1)) + " och " + words.get(words.size() - 1);
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
      return renamedPlace((String) value, REMOVE);
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
