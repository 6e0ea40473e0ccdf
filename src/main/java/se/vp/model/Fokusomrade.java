package se.vp.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.vp.diagnostic.Location;

/**
 * A focus area under a målsättning. An area such as 4.1 may only group its sub-areas (4.1.1,
 * 4.1.2) and have no mål of its own.
 */
public record Fokusomrade(
    String id,
    Nummer nummer,
    int malsattning,
    Location malsattningAt,
    String namn,
    Optional<Mal> mal,
    List<Ref> styrtal,
    List<Ref> uppdrag,
    Ursprung ursprung,
    Location at) {

  public Fokusomrade {
    styrtal = List.copyOf(styrtal);
    uppdrag = List.copyOf(uppdrag);
  }

  /** A file named by its number: "4-3" and the rest of its name. */
  private static final Pattern NUMBERED = Pattern.compile("([1-9][0-9]?(?:-[1-9][0-9]?){1,2})(-.*)?");

  /**
   * This area's file was {@code old}'s, named by its number and now by this one's, the rest of the
   * name kept (4-3-kompetens.yaml to 4-4-kompetens.yaml), as vp:renumber renames it: the same area.
   */
  public boolean isRenamedByNumberFrom(Fokusomrade old) {
    Matcher was = NUMBERED.matcher(old.id());
    Matcher is = NUMBERED.matcher(id);
    return was.matches() && is.matches() && was.group(1).equals(old.nummer().toString().replace('.', '-'))
        && is.group(1).equals(nummer.toString().replace('.', '-'))
        && String.valueOf(was.group(2)).equals(String.valueOf(is.group(2)));
  }

  /** The fokusområde's goal text and where it comes from. */
  public record Mal(Text text, Ursprung ursprung) {}
}
