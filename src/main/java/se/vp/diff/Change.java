package se.vp.diff;

import java.util.List;

/**
 * One change between two versions of a plan: an item added, removed, changed, renumbered or
 * moved, with the fields that differ, each written as the handlingar write it.
 */
public record Change(Category category, Type type, String label, List<Field> fields) {

  public Change {
    fields = List.copyOf(fields);
  }

  /** Where in the plan, in the order a reader goes through it. */
  public enum Category {
    PLAN("Planen"),
    TIDPLAN("Tidplan"),
    OMVARLD("Framtida utmaningar"),
    MALSATTNING("Målsättningar"),
    FOKUSOMRADE("Fokusområden"),
    STYRTAL("Styrtal"),
    UPPDRAG("Uppdrag"),
    FULLMAKTIGES_LISTA("Fullmäktiges uppdrag till nämnden"),
    GEMENSAMT("Gemensamma målsättningar och uppdrag"),
    EKONOMI("Ekonomi"),
    OMRADE("Områdena och verksamhetens förutsättningar");

    private final String heading;

    Category(String heading) {
      this.heading = heading;
    }

    public String heading() {
      return heading;
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
