package se.vp.view;

/**
 * A view record that stands for one thing of the plan, known by its id wherever it is shown: a
 * målsättning, fokusområde, styrtal, uppdrag or område. The diff matches items by id, so a
 * renumbered or moved item is the same item.
 */
public interface Item {

  String id();

  /** How a change report names the item: "Fokusområde 4.1.1 Innovationsstöds- och företagsfrämjande system". */
  String etikett();

  /** How another item's list names it: "4.1.1 Innovationsstöds- och företagsfrämjande system", "Nr 27". */
  String referens();
}
