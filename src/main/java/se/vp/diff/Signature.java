package se.vp.diff;

import java.time.Instant;
import java.util.Optional;
import se.vp.diagnostic.OneLine;

/**
 * Who made a change and when, as Word's tracked changes show it: the author of the commit that
 * made it, or whoever is working in the work tree. Authors come from git history, which a pull
 * request writes, so a name is kept to one line of printable characters and {@value #MAX_AUTHOR}
 * characters at most. Without a time the change report's own date is used.
 */
public record Signature(String author, Optional<Instant> when) {

  /** Longer than any person's name; a 10 000-character author stays out of every tracked change. */
  public static final int MAX_AUTHOR = 100;

  /** The author of a change no commit can be found for, as before vp signed changes. */
  public static final String VP = "vp";

  public Signature {
    author = OneLine.stripped(author, MAX_AUTHOR);
    if (author.isEmpty()) {
      author = VP;
    }
    when = when.map(t -> Instant.ofEpochSecond(t.getEpochSecond()));
  }

  public Signature withAuthor(String other) {
    return new Signature(other, when);
  }
}
