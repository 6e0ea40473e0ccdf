package se.vp.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    return pairs.isEmpty() ? before : new RenumberedView(numbers, ids, placesNow).of(before);
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
}
