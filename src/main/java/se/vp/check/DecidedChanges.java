package se.vp.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.model.Beslut;
import se.vp.model.Fokusomrade;
import se.vp.model.Forslagstyp;
import se.vp.model.Malsattning;
import se.vp.model.Plan;
import se.vp.model.ResolvedPlan;
import se.vp.model.Styrtal;
import se.vp.model.Text;
import se.vp.model.Uppdrag;
import se.vp.model.Ursprung;

/**
 * What a proposal does to the items a body has decided (FM, DN), compared with the plan it starts
 * from: a decided item removed, or its decided wording, number or fields changed, is something the
 * committee decides, so the proposal must say so with a förslag of the plan's year; otherwise the
 * beslutsunderlag's "Förslag till nämnden" would not list the change. Items are matched by id, as
 * the diff matches them. What an item lists (a fokusområde's styrtal and uppdrag) is not compared:
 * each listed item carries its own provenance, and an outcome (utfall) is measured, not decided.
 */
public final class DecidedChanges {

  /**
   * One decided item changed or removed without a förslag: where to say so, and where the förslag
   * goes: the file relative to plan-source, the keys of the mapping inside it that takes it (none
   * for the file's top, "mål" for a fokusområde's mål), and its type. A removed item's file is in
   * the base only ({@code restore}).
   */
  public record Finding(Location at, String message, String hint, String path, List<String> under,
      Forslagstyp typ, boolean restore) {
    public Finding {
      under = List.copyOf(under);
    }
  }

  private final Plan base;
  private final Plan proposal;
  private final String baseFolder;
  private final String folder;
  private final int year;
  private final List<Finding> findings = new ArrayList<>();

  private DecidedChanges(ResolvedPlan base, ResolvedPlan proposal, String baseFolder, String folder) {
    this.base = base.plan();
    this.proposal = proposal.plan();
    this.baseFolder = baseFolder;
    this.folder = folder;
    this.year = proposal.plan().fakta().ar();
  }

  /**
   * The decided items of {@code base} that {@code proposal} changes or removes without saying so.
   * {@code baseFolder} is how the base's findings name plan-source ("plan-source@5ed7b4c"),
   * {@code folder} how the proposal's do ("plan-source"): a removed item is reported at its file
   * in the proposal's terms, line 1.
   */
  public static List<Finding> between(ResolvedPlan base, ResolvedPlan proposal, String baseFolder, String folder) {
    DecidedChanges changes = new DecidedChanges(base, proposal, baseFolder, folder);
    changes.malsattningar();
    changes.fokusomraden();
    changes.styrtal();
    changes.uppdrag();
    return List.copyOf(changes.findings);
  }

  /** The findings as vp reports them (VP242). */
  public static void report(List<Finding> findings, Diagnostics out) {
    findings.forEach(f -> out.report(Code.VP242, f.at(), f.message(), Optional.of(f.hint())));
  }

  private void malsattningar() {
    Map<String, Malsattning> now = byId(proposal.malsattningar(), Malsattning::id);
    for (Malsattning was : byId(base.malsattningar(), Malsattning::id).values()) {
      if (was.ursprung().beslut().isEmpty()) {
        continue;
      }
      String what = "målsättning " + was.nr();
      Malsattning is = now.get(was.id());
      if (is == null) {
        removed(was.at(), what, was.ursprung().beslut().get());
        continue;
      }
      Changed changed = new Changed();
      changed.field(was.nr(), is.nr(), "numret", is.at());
      changed.field(was.titel().map(Text::value), is.titel().map(Text::value), "titeln",
          is.titel().map(Text::at).orElse(is.at()));
      changed.report(what, was.ursprung().beslut().get(), is.ursprung(), List.of());
    }
  }

  private void fokusomraden() {
    Map<String, Fokusomrade> now = byId(proposal.fokusomraden(), Fokusomrade::id);
    Map<String, Fokusomrade> inBase = byId(base.fokusomraden(), Fokusomrade::id);
    for (Fokusomrade was : inBase.values()) {
      Optional<Beslut> own = was.ursprung().beslut();
      Optional<Beslut> mal = was.mal().flatMap(m -> m.ursprung().beslut());
      // An area whose mål is decided is the decided area, as the deck tags it at its mål.
      Optional<Beslut> decided = own.or(() -> mal);
      if (decided.isEmpty()) {
        continue;
      }
      String what = "fokusområde " + was.nummer();
      Fokusomrade is = now.get(was.id());
      if (is == null) {
        List<Fokusomrade> renamed = now.values().stream().filter(f -> !inBase.containsKey(f.id()))
            .filter(f -> f.isRenamedByNumberFrom(was)).toList();
        is = renamed.size() == 1 ? renamed.get(0) : null;
      }
      if (is == null) {
        removed(was.at(), what, decided.get());
        continue;
      }
      Changed area = new Changed();
      area.field(was.nummer(), is.nummer(), "numret", is.at());
      area.field(was.namn(), is.namn(), "namnet", is.at());
      area.field(was.malsattning(), is.malsattning(), "målsättningen", is.malsattningAt());
      area.report(what, decided.get(), is.ursprung(), List.of());
      if (!area.fields.isEmpty()) {
        // The area's förslag covers its mål too.
        continue;
      }
      Changed goal = new Changed();
      goal.field(was.mal().map(m -> m.text().value()), is.mal().map(m -> m.text().value()), "målet",
          is.mal().map(m -> m.text().at()).orElse(is.at()));
      Ursprung goalUrsprung = is.mal().map(Fokusomrade.Mal::ursprung).orElse(Ursprung.NONE);
      boolean goalDecidedHere = is.mal().isPresent() && goalUrsprung.beslut().isPresent();
      if (!covers(is.ursprung())) {
        goal.report("målet för " + what, decided.get(), goalUrsprung,
            goalDecidedHere ? List.of("mål") : List.of());
      }
    }
  }

  private void styrtal() {
    Map<String, Styrtal> now = byId(proposal.styrtal(), Styrtal::id);
    for (Styrtal was : byId(base.styrtal(), Styrtal::id).values()) {
      if (was.ursprung().beslut().isEmpty()) {
        continue;
      }
      String what = "styrtalet " + was.id();
      Styrtal is = now.get(was.id());
      if (is == null) {
        removed(was.at(), what, was.ursprung().beslut().get());
        continue;
      }
      Changed changed = new Changed();
      changed.field(was.text().value(), is.text().value(), "texten", is.text().at());
      changed.field(was.riktning(), is.riktning(), "riktningen", is.at());
      changed.field(was.enhet(), is.enhet(), "enheten", is.at());
      changed.field(was.mal().map(DecidedChanges::malvarde), is.mal().map(DecidedChanges::malvarde), "målvärdet",
          is.mal().map(m -> m.fran().at()).orElse(is.at()));
      changed.field(was.jamforbaraLan(), is.jamforbaraLan(), "jämförelsen", is.at());
      changed.report(what, was.ursprung().beslut().get(), is.ursprung(), List.of());
    }
  }

  private void uppdrag() {
    Map<String, Uppdrag> now = byId(proposal.uppdrag(), Uppdrag::id);
    for (Uppdrag was : byId(base.uppdrag(), Uppdrag::id).values()) {
      if (was.ursprung().beslut().isEmpty()) {
        continue;
      }
      String what = was.nr().map(nr -> "uppdrag Nr " + nr).orElse("uppdraget " + was.id());
      Uppdrag is = now.get(was.id());
      if (is == null) {
        removed(was.at(), what, was.ursprung().beslut().get());
        continue;
      }
      Changed changed = new Changed();
      changed.field(was.nr(), is.nr(), "numret", is.at());
      changed.field(was.text().value(), is.text().value(), "texten", is.text().at());
      changed.field(was.mottagare(), is.mottagare(), "mottagaren", is.at());
      changed.report(what, was.ursprung().beslut().get(), is.ursprung(), List.of());
    }
  }

  /** A figure as written, its precision included: 6.3 and 6.30 are written differently. */
  private static String malvarde(Styrtal.Malvarde m) {
    return m.fran().value().toPlainString() + "–" + m.till().value().toPlainString();
  }

  /** The fields of one item that differ, each with where the proposal writes it. */
  private final class Changed {
    private final List<String> fields = new ArrayList<>();
    private Location first;

    void field(Object was, Object is, String name, Location at) {
      if (!Objects.equals(was, is)) {
        fields.add(name);
        if (first == null) {
          first = at;
        }
      }
    }

    /** A finding when something changed and the item's förslag does not say so. */
    void report(String what, Beslut beslut, Ursprung now, List<String> under) {
      if (fields.isEmpty() || covers(now)) {
        return;
      }
      Location at = first;
      String path = relative(at.file(), folder);
      findings.add(new Finding(at, what + " är " + beslutat(what) + " (" + decision(beslut) + "), men förslaget"
          + " ändrar " + joined(fields) + " utan ett förslag som säger det",
          "ge " + (under.isEmpty() ? pronoun(what) : "målet") + " förslag: {typ: ändra, år: " + year
              + "}, eller kör mvn vp:diff -Dvp.skrivForslag=true som skriver det",
          path, under, Forslagstyp.ANDRA, false));
    }
  }

  private void removed(Location wasAt, String what, Beslut beslut) {
    String path = relative(wasAt.file(), baseFolder);
    Location at = new Location(folder + "/" + path, 1, 1);
    findings.add(new Finding(at, what + " är " + beslutat(what) + " (" + decision(beslut) + ") men tas bort utan ett"
        + " förslag som säger det",
        "ta inte bort filen; ge den förslag: {typ: ta-bort, år: " + year + "}, eller kör mvn vp:diff"
            + " -Dvp.skrivForslag=true som lägger tillbaka filen med förslaget",
        path, List.of(), Forslagstyp.TA_BORT, true));
  }

  /**
   * Whether the item's förslag for the plan's year says it changes: ändra, or what replaces the
   * decided item (ta-bort, slå-ihop). A förslag of another year is an old one (VP210), and behåll
   * or nytt says something else.
   */
  private boolean covers(Ursprung ursprung) {
    return ursprung.forslag().filter(f -> f.ar() == year).map(f -> switch (f.typ()) {
      case ANDRA, SLA_IHOP, TA_BORT -> true;
      case NYTT, BEHALL -> false;
    }).orElse(false);
  }

  /** A målsättning is "beslutad", a fokusområde, styrtal, uppdrag or mål "beslutat". */
  private static String beslutat(String what) {
    return what.startsWith("målsättning") ? "beslutad" : "beslutat";
  }

  private static String pronoun(String what) {
    return what.startsWith("målsättning") ? "den" : "det";
  }

  private static String decision(Beslut beslut) {
    return beslut.av() + " " + beslut.ar();
  }

  private static String joined(List<String> fields) {
    if (fields.size() == 1) {
      return fields.get(0);
    }
    return String.join(", ", fields.subList(0, fields.size() - 1)) + " och " + fields.get(fields.size() - 1);
  }

  /** A file as named in findings, relative to its plan-source folder. */
  private static String relative(String file, String folder) {
    return file.startsWith(folder + "/") ? file.substring(folder.length() + 1) : file;
  }

  /** The first item of each id, as the views take them; a second one is VP201's. */
  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> found = new LinkedHashMap<>();
    items.forEach(item -> found.putIfAbsent(id.apply(item), item));
    return found;
  }
}
