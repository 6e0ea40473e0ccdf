package se.vp.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.VpException;
import se.vp.source.SourceLimits;

/**
 * Where a file's comments stand, read with the settings that keep comments. Only a file that
 * plan-source's reader has read is given here: what may be in a file is decided there, once.
 */
final class CommentMarks {

  private CommentMarks() {}

  static LoadSettings settings() {
    return LoadSettings.builder()
        .setParseComments(true)
        .setCodePointLimit(SourceLimits.MAX_FILE_BYTES)
        .setMaxAliasesForCollections(0)
        .build();
  }

  /** Line and column, from 0, of each comment in the order they stand. */
  static List<int[]> of(String text, String file) throws VpException {
    List<int[]> comments = new ArrayList<>();
    try {
      for (Event event : new Parse(settings()).parseString(text)) {
        if (event.getEventId() == Event.ID.Comment) {
          event.getStartMark().ifPresent(m -> comments.add(new int[] {m.getLine(), m.getColumn()}));
        }
      }
    } catch (YamlEngineException e) {
      throw unreadableComments(file, e);
    }
    return comments;
  }

  static VpException unreadableComments(String file, Exception cause) {
    return VpException.of(Code.VP006, Location.ofFile(file),
        "vp kan inte läsa filens kommentarer" + YamlFormatter.LEFT_AS_IS,
        Optional.of("skriv varje kommentar på en egen rad eller efter ett värde"), cause);
  }
}
