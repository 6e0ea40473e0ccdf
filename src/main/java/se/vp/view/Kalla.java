package se.vp.view;

import java.time.LocalDate;
import java.util.Optional;
import se.vp.locale.Svenska;

/**
 * Which version of plan-source a render was made from, for a controller who checks a list
 * against git: the commit, its date, whether plan-source differed from it, and the sentence that
 * says so. A template prints {@code kalla.mening}; the parts are there for a template that words
 * it otherwise.
 */
public record Kalla(Optional<String> commit, Optional<String> datum, boolean andrad, String mening) {

  /** As many hex digits of the commit as are printed: more than git's seven, so that the id stays unambiguous. */
  public static final int COMMIT_DIGITS = 10;

  public Kalla {
    if (commit.isPresent() != datum.isPresent()) {
      throw new IllegalArgumentException("a commit goes with its date");
    }
  }

  /** plan-source is in no git work tree, or git tracks nothing of it. */
  public static Kalla inteIGit() {
    return new Kalla(Optional.empty(), Optional.empty(), false,
        "plan-source ligger inte i git, så uppgifterna kan inte knytas till någon incheckning.");
  }

  /** plan-source is in a git work tree whose HEAD or index vp cannot read. */
  public static Kalla olasbar() {
    return new Kalla(Optional.empty(), Optional.empty(), false,
        "plan-source ligger i git, men vilken incheckning det är kan inte läsas.");
  }

  /**
   * Made from a commit, dated by its committer in the committer's own time zone as git log shows
   * it; {@code andrad} when plan-source differs from the commit in the work tree or the index.
   */
  public static Kalla incheckning(String id, LocalDate date, boolean andrad) {
    if (!id.matches("[0-9a-f]{40}|[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a commit id: " + id);
    }
    String kort = id.substring(0, COMMIT_DIGITS);
    String datum = Svenska.datum(date);
    return new Kalla(Optional.of(kort), Optional.of(datum), andrad, "Uppgifterna kommer från plan-source i incheckning "
        + kort + ", gjord den " + datum + (andrad ? ", med ändringar som inte är incheckade." : "."));
  }
}
