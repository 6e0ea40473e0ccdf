package se.vp.diff;

import java.util.List;
import java.util.Optional;
import se.vp.text.WordDiff;

/**
 * One change between two versions of a plan: an item added, removed, changed, renumbered or
 * moved, or a field of a section changed, with the fields that differ, each as the handlingar
 * show it. {@code category} is the heading it goes under in a report ("Fokusområden", "Ekonomi");
 * {@code subject} what in the plan changed, for finding the file it lives in; {@code signature}
 * who made it, once git history has been asked.
 */
public record Change(String category, Type type, String label, List<Field> fields, Subject subject,
    Optional<Signature> signature) {

  public Change {
    fields = List.copyOf(fields);
  }

  public Change(String category, Type type, String label, List<Field> fields) {
    this(category, type, label, fields, Subject.NONE, Optional.empty());
  }

  public Change(String category, Type type, String label, List<Field> fields, Subject subject) {
    this(category, type, label, fields, subject, Optional.empty());
  }

  public Change signed(Signature by) {
    return new Change(category, type, label, fields, subject, Optional.of(by));
  }

  /**
   * An item of the view by its type's simple name and id ("Uppdrag", "nr-31-…"), or a section of the
   * view by its component's name and no id ("ekonomi", "").
   */
  public record Subject(String kind, String id) {
    public static final Subject NONE = new Subject("", "");

    public boolean isItem() {
      return !id.isEmpty();
    }
  }

  public enum Type {
    TILLAGD("tillagd"),
    BORTTAGEN("borttagen"),
    ANDRAD("ändrad"),
    OMNUMRERAD("omnumrerad"),
    FLYTTAD("flyttad");

    private final String word;

    Type(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  /**
   * A field before and after, as a text or as a list (of styrtal, uppdrag, points); empty when the
   * item did not have it. The ids tell entries of a list apart: an item's id, a text itself.
   */
  public record Field(String name, List<String> beforeItems, List<String> afterItems, List<String> beforeIds,
      List<String> afterIds) {

    public Field {
      beforeItems = List.copyOf(beforeItems);
      afterItems = List.copyOf(afterItems);
      beforeIds = List.copyOf(beforeIds);
      afterIds = List.copyOf(afterIds);
      if (beforeIds.size() != beforeItems.size() || afterIds.size() != afterItems.size()) {
        throw new IllegalArgumentException("an id for each entry of " + name);
      }
    }

    /** A field whose entries are their own ids. */
    public Field(String name, List<String> beforeItems, List<String> afterItems) {
      this(name, beforeItems, afterItems, beforeItems, afterItems);
    }

    public String before() {
      return String.join("; ", beforeItems);
    }

    public String after() {
      return String.join("; ", afterItems);
    }

    /** A list is compared entry by entry; a text (one entry or none, before and after) word by word. */
    public boolean isList() {
      return beforeItems.size() > 1 || afterItems.size() > 1;
    }

    public List<WordDiff.Piece> words() {
      return WordDiff.pieces(before(), after());
    }

    List<ListEntries.Entry> entries() {
      return ListEntries.of(this);
    }

    /** A figure changed to another of its unit: "151,3 → 151,9 Mnkr (+0,6)". */
    Optional<FigureChange> figures() {
      return isList() || beforeItems.isEmpty() || afterItems.isEmpty() ? Optional.empty()
          : FigureChange.of(beforeItems.get(0), afterItems.get(0));
    }
  }
}
