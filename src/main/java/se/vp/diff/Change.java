package se.vp.diff;

import java.util.List;
import se.vp.text.WordDiff;

/**
 * One change between two versions of a plan: an item added, removed, changed, renumbered or
 * moved, or a field of a section changed, with the fields that differ, each as the handlingar
 * show it. {@code category} is the heading it goes under in a report ("Fokusområden", "Ekonomi").
 */
public record Change(String category, Type type, String label, List<Field> fields) {

  public Change {
    fields = List.copyOf(fields);
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
   * item did not have it.
   */
  public record Field(String name, List<String> beforeItems, List<String> afterItems) {

    public Field {
      beforeItems = List.copyOf(beforeItems);
      afterItems = List.copyOf(afterItems);
    }

    public String before() {
      return String.join("; ", beforeItems);
    }

    public String after() {
      return String.join("; ", afterItems);
    }

    /** Texts are compared word by word, lists item by item. */
    public List<WordDiff.Piece> words() {
      return beforeItems.size() <= 1 && afterItems.size() <= 1
          ? WordDiff.pieces(before(), after())
          : WordDiff.items(beforeItems, afterItems);
    }
  }
}
