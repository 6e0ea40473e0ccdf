package se.vp.diff;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.vp.diagnostic.Diagnostic;
import se.vp.text.WordDiff;
import se.vp.view.Views;

/**
 * What the change report's template sees, in the seed's form: each change's fields, the text
 * before beside the text after, the after marked word by word. {@code forslag} names the
 * proposal's commit ("HEAD (0123456789)") with its date, {@code forslagAndrat} when the work tree
 * differs from it.
 */
public record ChangeView(
    Views.Dokument dokument, String bas, Optional<String> basDatum, Optional<String> forslag,
    Optional<String> forslagDatum, boolean forslagAndrat, String sammanfattning, String foreRubrik,
    String efterRubrik, List<Utanforslag> utanForslag, List<Grupp> grupper) {

  public ChangeView {
    utanForslag = List.copyOf(utanForslag);
    grupper = List.copyOf(grupper);
  }

  /**
   * A decided item the proposal changes or removes without a förslag (VP242): the committee's
   * förslag table will not list it, so the report names it first, with its file and line.
   */
  public record Utanforslag(String plats, String text) {}

  public record Grupp(String rubrik, List<Andring> poster) {}

  /**
   * A change, signed: {@code forfattare} the author of the commit that made it, {@code tid} its time
   * as xsd:dateTime ("2025-09-14T08:00:00Z"), for Word's tracked changes; either is absent when not
   * known, and the report's own author and date stand.
   */
  public record Andring(String typ, String etikett, List<Falt> falt, Optional<String> forfattare,
      Optional<String> tid) {}

  /**
   * A field: a text before beside the text after, marked word by word, or a list before beside the
   * list after, marked entry by entry. {@code namn} is empty when the change is named so already;
   * {@code forandring} is a figure's change with its unit ("+0,6 Mnkr").
   */
  public record Falt(String namn, String fore, List<Bit> efter, List<String> foreLista, List<Post> efterLista,
      Optional<String> forandring) {

    public Falt {
      efter = List.copyOf(efter);
      foreLista = List.copyOf(foreLista);
      efterLista = List.copyOf(efterLista);
    }
  }

  /** An entry of a list after: "", "tillagd", "borttagen", "ändrad" or "flyttad", and its text marked. */
  public record Post(String typ, List<Bit> bitar) {}

  /**
   * A run of the after text: "lika" (kept), "ny" (inserted) or "bort" (deleted); {@code text} is
   * {@code mellanrum}, the whitespace written before it, and then {@code ord}, so the words a screen
   * reader speaks before an insertion can go between the two; {@code tal} says the word is a figure,
   * which the report shows replaced by an arrow.
   */
  public record Bit(String typ, String text, String mellanrum, String ord, boolean tal) {

    Bit(String typ, String text) {
      this(typ, text, text.substring(0, text.length() - text.stripLeading().length()), text.stripLeading(),
          WordDiff.isFigure(text));
    }
  }

  public static ChangeView of(Comparison comparison) {
    int beforeYear = comparison.before().dokument().ar();
    int afterYear = comparison.after().dokument().ar();
    boolean newYear = beforeYear != afterYear;
    return new ChangeView(
        comparison.after().dokument(),
        comparison.base(),
        comparison.baseDate().isEmpty() ? Optional.empty() : Optional.of(comparison.baseDate()),
        comparison.proposal().map(Comparison.Proposal::label),
        comparison.proposal().map(Comparison.Proposal::date),
        comparison.proposal().map(Comparison.Proposal::uncommitted).orElse(false),
        comparison.summary(),
        newYear ? "Text från VP-" + beforeYear : "Före (" + comparison.base() + ")",
        newYear ? "Förslag på text VP-" + afterYear : "Förslag",
        utanForslag(comparison.unproposed()),
        byCategory(comparison.changes()).entrySet().stream().map(group -> new Grupp(group.getKey(),
            group.getValue().stream().map(ChangeView::andring).toList())).toList());
  }

  /**
   * The first of the decided items changed without a förslag, as many as the comment names, and a
   * count of the rest: a proposal at the input limits can have thousands, and the report's PDF
   * would run out of memory laying them out.
   */
  private static List<Utanforslag> utanForslag(List<Diagnostic> findings) {
    List<Utanforslag> named = new ArrayList<>(findings.stream().limit(MarkdownReport.MAX_UNPROPOSED)
        .map(d -> new Utanforslag(d.location().file() + (d.location().line() > 0 ? " rad " + d.location().line() : ""),
            d.message())).toList());
    if (findings.size() > MarkdownReport.MAX_UNPROPOSED) {
      named.add(new Utanforslag("… och " + (findings.size() - MarkdownReport.MAX_UNPROPOSED) + " till",
          "alla står i loggen från mvn vp:diff"));
    }
    return named;
  }

  /** The changes grouped under their headings, in the order the changes come. */
  static Map<String, List<Change>> byCategory(List<Change> changes) {
    Map<String, List<Change>> groups = new LinkedHashMap<>();
    changes.forEach(c -> groups.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(c));
    return groups;
  }

  private static Andring andring(Change change) {
    return new Andring(change.type().word(), change.label(), change.fields().stream()
        .map(field -> falt(field, field.name().equalsIgnoreCase(change.label()) ? "" : field.name())).toList(),
        change.signature().map(Signature::author),
        change.signature().flatMap(Signature::when).map(DateTimeFormatter.ISO_INSTANT::format));
  }

  private static Falt falt(Change.Field field, String name) {
    if (field.isList()) {
      return new Falt(name, "", List.of(), field.beforeItems(), field.entries().stream()
          .map(entry -> new Post(entry.fate().word(), bits(entry.pieces()))).toList(), Optional.empty());
    }
    return new Falt(name, field.before(), bits(field.words()), List.of(), List.of(),
        field.figures().map(FigureChange::changeWithUnit));
  }

  private static List<Bit> bits(List<WordDiff.Piece> pieces) {
    return pieces.stream().map(piece -> new Bit(word(piece.kind()), piece.text())).toList();
  }

  private static String word(WordDiff.Kind kind) {
    return switch (kind) {
      case LIKA -> "lika";
      case NY -> "ny";
      case BORT -> "bort";
    };
  }
}
