package se.vp.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import se.vp.diagnostic.Code;
import se.vp.source.SourceLimits;

/**
 * Goes through a file's events before anything is built from it and refuses what vp:validate
 * refuses: several documents, anchors, aliases and tags, nesting deeper than plan-source allows.
 * A file vp would not read is never rewritten, so formatting cannot hide a finding.
 */
final class SourceGuard {

  private static final String LEFT_AS_IS = "; filen formateras inte";

  private SourceGuard() {}

  static LoadSettings settings() {
    return LoadSettings.builder()
        .setParseComments(true)
        .setCodePointLimit(SourceLimits.MAX_FILE_BYTES)
        .setMaxAliasesForCollections(0)
        .build();
  }

  /**
   * Checks the file and returns where its comments start, as line and column from 0, in the
   * order they stand.
   */
  static List<int[]> check(String text) throws FormatException {
    List<int[]> comments = new ArrayList<>();
    int documents = 0;
    int depth = 0;
    boolean values = false;
    try {
      for (Event event : new Parse(settings()).parseString(text)) {
        switch (event.getEventId()) {
          case DocumentStart -> {
            if (++documents > 1) {
              throw refusal(Code.VP012, event.getStartMark(), "filen innehåller mer än ett YAML-dokument",
                  "ta bort raden '---' och dela upp innehållet i flera filer");
            }
          }
          case Alias -> throw refusal(Code.VP008, event.getStartMark(),
              "alias (*" + ((AliasEvent) event).getAlias().getValue() + ") används inte i plan-source",
              "skriv ut värdet där det behövs");
          case Scalar -> {
            refuseAnchorAndTag((ScalarEvent) event, ((ScalarEvent) event).getTag());
            values = true;
          }
          case MappingStart, SequenceStart -> {
            CollectionStartEvent start = (CollectionStartEvent) event;
            values = true;
            refuseAnchorAndTag(start, start.getTag());
            if (++depth > SourceLimits.MAX_DEPTH) {
              throw refusal(Code.VP010, event.getStartMark(),
                  "värdena är nästlade djupare än " + SourceLimits.MAX_DEPTH + " nivåer", null);
            }
          }
          case MappingEnd, SequenceEnd -> depth--;
          case Comment -> event.getStartMark().ifPresent(m -> comments.add(new int[] {m.getLine(), m.getColumn()}));
          default -> { }
        }
      }
    } catch (YamlEngineException e) {
      throw syntaxError(e);
    }
    if (!values) {
      // Checked here: with comments on, the engine composes a file of only comments as {}.
      throw new FormatException(Code.VP004, 0, 0, "filen innehåller inga värden" + LEFT_AS_IS, Optional.empty());
    }
    return comments;
  }

  /** The engine's own problem stays internal; vp:validate explains the error in Swedish. */
  static FormatException syntaxError(YamlEngineException e) {
    if (String.valueOf(e.getMessage()).contains("exceeds the limit")) {
      return new FormatException(Code.VP005, 0, 0,
          "filen är för stor; en fil i plan-source får vara högst " + SourceLimits.MAX_FILE_BYTES + " tecken"
              + LEFT_AS_IS, Optional.empty());
    }
    Optional<Mark> mark = e instanceof MarkedYamlEngineException marked ? marked.getProblemMark() : Optional.empty();
    return refusal(Code.VP006, mark, "filen kan inte läsas som YAML", "kör mvn vp:validate för att se felet");
  }

  static FormatException refusal(Code code, Optional<Mark> mark, String message, String hint) {
    return new FormatException(code, mark.map(m -> m.getLine() + 1).orElse(0), mark.map(m -> m.getColumn() + 1).orElse(0),
        message + LEFT_AS_IS, Optional.ofNullable(hint));
  }

  private static void refuseAnchorAndTag(NodeEvent event, Optional<String> tag) throws FormatException {
    if (event.getAnchor().isPresent()) {
      throw refusal(Code.VP008, event.getStartMark(),
          "ankare (&" + event.getAnchor().get().getValue() + ") används inte i plan-source",
          "skriv ut värdet där det behövs");
    }
    if (tag.isPresent()) {
      throw refusal(Code.VP009, event.getStartMark(),
          "taggen " + tag.get().replace("tag:yaml.org,2002:", "!!") + " används inte i plan-source",
          "ta bort taggen; en text som börjar med ! skrivs inom citattecken");
    }
  }
}
