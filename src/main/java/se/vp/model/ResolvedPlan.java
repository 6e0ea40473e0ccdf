package se.vp.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The plan with every reference resolved once: what a number or id names, how the fokusområden
 * nest, and where each styrtal and uppdrag is placed. The checks ask it and report what does not
 * resolve; after a clean check the views and the diff read the plan through it and find every
 * reference. Of two items with the same number or id the first wins (the checks report the second).
 */
public final class ResolvedPlan {

  private final Plan plan;
  private final Map<Integer, Malsattning> malsattningar;
  private final Map<Nummer, Fokusomrade> fokusomraden;
  private final Map<String, Styrtal> styrtal;
  private final Map<String, Uppdrag> uppdragById;
  private final Map<Integer, Uppdrag> uppdragByNr;
  private final Map<String, Omrade> omraden;
  private final List<Placement> uppdragPlacements;
  private final Map<String, List<Placement.Place>> placesOfStyrtal = new LinkedHashMap<>();
  private final Map<String, List<Placement.Place>> placesOfUppdrag = new LinkedHashMap<>();

  private ResolvedPlan(Plan plan) {
    this.plan = plan;
    this.malsattningar = index(plan.malsattningar().stream(), Malsattning::nr);
    this.fokusomraden = index(plan.fokusomraden().stream().sorted(Comparator.comparing(Fokusomrade::nummer)),
        Fokusomrade::nummer);
    this.styrtal = index(plan.styrtal().stream(), Styrtal::id);
    this.uppdragById = index(plan.uppdrag().stream(), Uppdrag::id);
    this.uppdragByNr = index(plan.uppdrag().stream().filter(u -> u.nr().isPresent()), u -> u.nr().get());
    this.omraden = index(plan.omraden().stream(), Omrade::id);
    this.uppdragPlacements = placements(Malsattning::uppdrag, Fokusomrade::uppdrag, true);
    placements(Malsattning::styrtal, Fokusomrade::styrtal, false).forEach(p ->
        placesOfStyrtal.computeIfAbsent(p.ref().raw(), id -> new ArrayList<>()).add(p.place()));
    uppdragPlacements.forEach(p -> uppdrag(p.ref()).ifPresent(u ->
        placesOfUppdrag.computeIfAbsent(u.id(), id -> new ArrayList<>()).add(p.place())));
  }

  public static ResolvedPlan of(Plan plan) {
    return new ResolvedPlan(plan);
  }

  public Plan plan() {
    return plan;
  }

  private static <K, V> Map<K, V> index(Stream<V> items, Function<V, K> key) {
    return items.collect(Collectors.toMap(key, v -> v, (first, second) -> first, LinkedHashMap::new));
  }

  /**
   * Every placement in the order the handlingar read the plan: the målsättningar by number, the
   * fokusområden by number, then the shared themes.
   */
  private List<Placement> placements(Function<Malsattning, List<Ref>> ofMalsattning,
      Function<Fokusomrade, List<Ref>> ofFokusomrade, boolean withThemes) {
    List<Placement> placements = new ArrayList<>();
    plan.malsattningar().stream().sorted(Comparator.comparingInt(Malsattning::nr)).forEach(m ->
        ofMalsattning.apply(m).forEach(ref -> placements.add(new Placement(ref, new Placement.InMalsattning(m)))));
    fokusomraden.values().forEach(f ->
        ofFokusomrade.apply(f).forEach(ref -> placements.add(new Placement(ref, new Placement.InFokusomrade(f)))));
    if (withThemes) {
      plan.gemensamt().teman().forEach(t ->
          t.uppdrag().forEach(ref -> placements.add(new Placement(ref, new Placement.InTema(t)))));
    }
    return List.copyOf(placements);
  }

  public Optional<Malsattning> malsattning(int nr) {
    return Optional.ofNullable(malsattningar.get(nr));
  }

  /** The fokusområde of a number as written, "4.1.1". */
  public Optional<Fokusomrade> fokusomrade(String nummer) {
    return Nummer.parse(nummer).map(fokusomraden::get);
  }

  /** The fokusområde a reference names by its number, "4.1.1". */
  public Optional<Fokusomrade> fokusomrade(Ref ref) {
    return fokusomrade(ref.raw());
  }

  public Optional<Styrtal> styrtal(Ref ref) {
    return styrtal(ref.raw());
  }

  public Optional<Styrtal> styrtal(String id) {
    return Optional.ofNullable(styrtal.get(id));
  }

  /** An uppdrag by the council's number (27) or by its id. */
  public Optional<Uppdrag> uppdrag(Ref ref) {
    return Optional.ofNullable(ref.isNumber() ? uppdragByNr.get(ref.number()) : uppdragById.get(ref.raw()));
  }

  public Optional<Uppdrag> uppdragNr(int nr) {
    return Optional.ofNullable(uppdragByNr.get(nr));
  }

  public Optional<Omrade> omrade(Ref ref) {
    return Optional.ofNullable(omraden.get(ref.raw()));
  }

  /** A row of the distribution by name: its område's, or its post's. */
  public String namn(Ekonomi.Fordelningspost row) {
    return row.omrade().map(r -> omrade(r).map(Omrade::namn).orElse(r.raw())).or(row::post).orElse("");
  }

  /** The styrtal a list names, in its order; what does not resolve is left out. */
  public List<Styrtal> styrtal(List<Ref> refs) {
    return refs.stream().flatMap(r -> styrtal(r).stream()).toList();
  }

  /** The uppdrag a list names, in its order; what does not resolve is left out. */
  public List<Uppdrag> uppdrag(List<Ref> refs) {
    return refs.stream().flatMap(r -> uppdrag(r).stream()).toList();
  }

  /** The fokusområden in number order, each number once. */
  public List<Fokusomrade> fokusomraden() {
    return List.copyOf(fokusomraden.values());
  }

  /** 4.1 for 4.1.1; none for an area directly under its målsättning. */
  public Optional<Fokusomrade> overordnat(Fokusomrade f) {
    return f.nummer().overordnat().map(fokusomraden::get);
  }

  /** 4.1.1 and 4.1.2 for 4.1, in number order. */
  public List<Fokusomrade> underomraden(Fokusomrade f) {
    return fokusomraden.values().stream()
        .filter(child -> child.nummer().overordnat().map(f.nummer()::equals).orElse(false)).toList();
  }

  /** The areas directly under a målsättning (4.1, 4.2, 4.3 under 4), in number order. */
  public List<Fokusomrade> fokusomradenUnder(Malsattning m) {
    return fokusomraden.values().stream()
        .filter(f -> f.malsattning() == m.nr() && f.nummer().delar().size() == 2).toList();
  }

  /** Every list entry that names an uppdrag, resolving or not. */
  public List<Placement> uppdragPlacements() {
    return uppdragPlacements;
  }

  /** Where an uppdrag is placed, in the order the handlingar read the plan. */
  public List<Placement.Place> places(Uppdrag u) {
    return List.copyOf(placesOfUppdrag.getOrDefault(u.id(), List.of()));
  }

  /** Where a styrtal is used, in the order the handlingar read the plan. */
  public List<Placement.Place> places(Styrtal s) {
    return List.copyOf(placesOfStyrtal.getOrDefault(s.id(), List.of()));
  }

  /** The styrtal in the order they are first placed, then those placed nowhere. */
  public List<Styrtal> styrtalInReadingOrder() {
    List<Styrtal> ordered = new ArrayList<>();
    placesOfStyrtal.keySet().forEach(id -> Optional.ofNullable(styrtal.get(id)).ifPresent(ordered::add));
    styrtal.values().stream().filter(s -> !placesOfStyrtal.containsKey(s.id())).forEach(ordered::add);
    return ordered;
  }

  public List<String> malsattningNumbers() {
    return malsattningar.keySet().stream().map(String::valueOf).toList();
  }

  public List<String> fokusomradeNumbers() {
    return fokusomraden.keySet().stream().map(Nummer::toString).toList();
  }

  public List<String> styrtalIds() {
    return List.copyOf(styrtal.keySet());
  }

  /** The council's numbers, then the ids: what an uppdrag list may name. */
  public List<String> uppdragNames() {
    List<String> names = new ArrayList<>(uppdragByNr.keySet().stream().map(String::valueOf).toList());
    names.addAll(uppdragById.keySet());
    return names;
  }

  public List<String> omradeIds() {
    return List.copyOf(omraden.keySet());
  }
}
