package se.vp.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.vp.model.Fokusomrade;
import se.vp.model.Malsattning;
import se.vp.model.Nummer;
import se.vp.model.Omrade;
import se.vp.model.Plan;
import se.vp.model.Ref;
import se.vp.model.Styrtal;
import se.vp.model.Uppdrag;

/** Lookups by number and id, built once per check run. The first of duplicates wins. */
final class PlanIndex {

  final Plan plan;
  private final Map<Integer, Malsattning> malsattningar;
  private final Map<String, Fokusomrade> fokusomraden;
  private final Map<String, Styrtal> styrtal;
  private final Map<String, Uppdrag> uppdragById;
  private final Map<Integer, Uppdrag> uppdragByNr;
  private final Map<String, Omrade> omraden;

  PlanIndex(Plan plan) {
    this.plan = plan;
    this.malsattningar = index(plan.malsattningar().stream(), Malsattning::nr);
    this.fokusomraden = index(plan.fokusomraden().stream(), f -> f.nummer().toString());
    this.styrtal = index(plan.styrtal().stream(), Styrtal::id);
    this.uppdragById = index(plan.uppdrag().stream(), Uppdrag::id);
    this.uppdragByNr = index(plan.uppdrag().stream().filter(u -> u.nr().isPresent()), u -> u.nr().get());
    this.omraden = index(plan.omraden().stream(), Omrade::id);
  }

  private static <K, V> Map<K, V> index(Stream<V> items, Function<V, K> key) {
    return items.collect(Collectors.toMap(key, v -> v, (first, second) -> first, LinkedHashMap::new));
  }

  Optional<Malsattning> malsattning(int nr) {
    return Optional.ofNullable(malsattningar.get(nr));
  }

  Optional<Fokusomrade> fokusomrade(String nummer) {
    return Nummer.parse(nummer).map(n -> fokusomraden.get(n.toString()));
  }

  Optional<Styrtal> styrtal(String id) {
    return Optional.ofNullable(styrtal.get(id));
  }

  Optional<Uppdrag> uppdrag(Ref ref) {
    return Optional.ofNullable(ref.isNumber() ? uppdragByNr.get(ref.number()) : uppdragById.get(ref.raw()));
  }

  Optional<Uppdrag> uppdragNr(int nr) {
    return Optional.ofNullable(uppdragByNr.get(nr));
  }

  Optional<Omrade> omrade(String id) {
    return Optional.ofNullable(omraden.get(id));
  }

  List<String> malsattningNumbers() {
    return malsattningar.keySet().stream().map(String::valueOf).toList();
  }

  List<String> fokusomradeNumbers() {
    return List.copyOf(fokusomraden.keySet());
  }

  List<String> styrtalIds() {
    return List.copyOf(styrtal.keySet());
  }

  List<String> uppdragNames() {
    List<String> names = new ArrayList<>(uppdragByNr.keySet().stream().map(String::valueOf).toList());
    names.addAll(uppdragById.keySet());
    return names;
  }

  List<String> omradeIds() {
    return List.copyOf(omraden.keySet());
  }

  /** Where each uppdrag is placed in the plan: the references from fokusområden, målsättningar and themes. */
  List<Placement> placements() {
    List<Placement> placements = new ArrayList<>();
    for (Fokusomrade f : plan.fokusomraden()) {
      f.uppdrag().forEach(ref -> placements.add(new Placement(ref, "fokusområde " + f.nummer(), f.ursprung().isProposedRemoved())));
    }
    for (Malsattning m : plan.malsattningar()) {
      m.uppdrag().forEach(ref -> placements.add(new Placement(ref, "målsättning " + m.nr(), m.ursprung().isProposedRemoved())));
    }
    plan.gemensamt().teman().forEach(t ->
        t.uppdrag().forEach(ref -> placements.add(new Placement(ref, "\"" + t.rubrik() + "\"", false))));
    return placements;
  }

  /** A reference to an uppdrag from a place in the plan, and whether that place is itself proposed removed. */
  record Placement(Ref ref, String place, boolean placeRemoved) {}
}
