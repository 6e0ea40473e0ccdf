package se.vp.renumber;

import java.util.List;
import java.util.Optional;

/**
 * What vp:renumber did: the numbers it gave (4.3 → 4.4 first, then the underområden that followed
 * it), each file it changed, and where a comment or a text still names an old number, which it
 * leaves for the editor to read.
 */
public record Renumbered(List<String> numbers, List<ChangedFile> files, List<String> stillNamed) {

  public Renumbered {
    numbers = List.copyOf(numbers);
    files = List.copyOf(files);
    stillNamed = List.copyOf(stillNamed);
  }

  /**
   * A file changed: how findings name it, its new name when it was renamed (the folder's name
   * left out, "4-4-kompetens.yaml"), and each number it now has in place of an old one ("4.3 → 4.4").
   */
  public record ChangedFile(String display, Optional<String> renamedTo, List<String> numbers) {
    public ChangedFile {
      numbers = List.copyOf(numbers);
    }

    /** One Swedish line for the log. */
    public String line() {
      String what = String.join(", ", numbers);
      return renamedTo.map(name -> "döpte om " + display + " till " + name + " (nummer " + what + ")")
          .orElse("ändrade " + display + " (fokusområde " + what + ")");
    }
  }
}
