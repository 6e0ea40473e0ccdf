package se.vp.source;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;

/**
 * Reads one YAML file into {@link YamlNode}s from SnakeYAML Engine's event stream. Working on
 * events rather than composed nodes means no object of any type is ever constructed from the file,
 * nesting is bounded here instead of by the Java stack, and anchors, aliases and tags (which a
 * plan never needs) are refused where they stand.
 */
final class YamlReader {

  private final String file;
  private final Diagnostics out;
  /** Set when a text holds a character no plan text may hold: the file is reported, then left out. */
  private boolean unusableText;
  /** One warning about direction controls per file is enough to make a reviewer look. */
  private boolean directionReported;
  /** The file's text and where its lines start, kept to find placeholders (see {@link #placeholderAt}). */
  private String source;
  private int[] lineStarts;
  private int placeholdersLocated;

  private YamlReader(String file, Diagnostics out) {
    this.file = file;
    this.out = out;
  }

  static Optional<YamlNode> read(String text, String file, Diagnostics out) {
    return new YamlReader(file, out).read(text);
  }

  private Optional<YamlNode> read(String text) {
    source = text;
    LoadSettings settings = LoadSettings.builder()
        .setLabel(file)
        .setCodePointLimit(SourceLimits.MAX_FILE_BYTES)
        .setMaxAliasesForCollections(0)
        .setParseComments(false)
        .build();
    Deque<Builder> open = new ArrayDeque<>();
    YamlNode root = null;
    if (!refuseRawCharacters(text)) {
      return Optional.empty();
    }
    int documents = 0;
    try {
      for (Event event : new Parse(settings).parseString(text)) {
        switch (event.getEventId()) {
          case DocumentStart -> {
            if (++documents > 1) {
              out.report(Code.VP012, at(event.getStartMark()),
                  "filen innehåller mer än ett YAML-dokument",
                  Optional.of("ta bort raden '---' och dela upp innehållet i flera filer"));
              return Optional.empty();
            }
          }
          case Alias -> throw refuse(Code.VP008, event.getStartMark(),
              "alias (*" + ((AliasEvent) event).getAlias().getValue() + ") används inte i plan-source",
              "skriv ut värdet där det behövs");
          case Scalar -> {
            ScalarEvent scalar = (ScalarEvent) event;
            refuseAnchorAndTag(scalar, scalar.getTag());
            YamlScalar.Type type = scalar.isPlain()
                ? YamlScalar.resolvePlain(scalar.getValue())
                : YamlScalar.Type.STRING;
            if ((type == YamlScalar.Type.INTEGER || type == YamlScalar.Type.DECIMAL)
                && !YamlScalar.withinNumberLimits(scalar.getValue())) {
              throw refuse(Code.VP022, event.getStartMark(),
                  "talet är för stort eller har för många siffror: vp läser tal med högst "
                      + SourceLimits.MAX_NUMBER_DIGITS + " siffror före och " + SourceLimits.MAX_NUMBER_DIGITS
                      + " efter decimalpunkten",
                  "skriv talet utan exponent, som källan anger det, till exempel 151.3");
            }
            if (scalar.getValue().length() > SourceLimits.MAX_SCALAR_CHARS) {
              throw refuse(Code.VP023, event.getStartMark(),
                  "texten är " + scalar.getValue().length() + " tecken; högst " + SourceLimits.MAX_SCALAR_CHARS
                      + " tecken läses",
                  "korta texten; en rubrik får vara högst " + SourceLimits.MAX_HEADING_CHARS + " tecken, en text högst "
                      + SourceLimits.MAX_TEXT_CHARS);
            }
            Location where = at(event.getStartMark());
            checkCharacters(scalar.getValue(), where);
            // A key or value typed on a Mac or pasted from a PDF may be decomposed ("a" and a
            // combining ring for "å"): it looks and means the same, so it is read composed (NFC),
            // and "nämnden" is a mottagare however its letters were stored. vp:fmt writes keys so.
            String composed = Normalizer.normalize(scalar.getValue(), Normalizer.Form.NFC);
            Optional<Location> placeholder = Placeholder.find(composed)
                .map(found -> placeholderAt(event.getStartMark(), event.getEndMark(), where));
            root = add(open, new YamlScalar(composed, type, where, placeholder));
          }
          case MappingStart, SequenceStart -> {
            CollectionStartEvent start = (CollectionStartEvent) event;
            refuseAnchorAndTag(start, start.getTag());
            if (open.size() >= SourceLimits.MAX_DEPTH) {
              throw refuse(Code.VP010, event.getStartMark(),
                  "värdena är nästlade djupare än " + SourceLimits.MAX_DEPTH + " nivåer", null);
            }
            Location where = at(event.getStartMark());
            if (!open.isEmpty()) {
              open.peek().expectValue(where);
            }
            open.push(event.getEventId() == Event.ID.MappingStart
                ? new MapBuilder(where) : new ListBuilder(where));
          }
          case MappingEnd, SequenceEnd -> root = add(open, open.pop().build());
          default -> { }
        }
      }
    } catch (Refusal refusal) {
      return Optional.empty();
    } catch (MarkedYamlEngineException e) {
      YamlSyntaxErrors.report(e, file, out);
      return Optional.empty();
    } catch (YamlEngineException e) {
      YamlSyntaxErrors.report(e, file, out);
      return Optional.empty();
    }
    if (unusableText) {
      return Optional.empty();
    }
    if (root == null || root instanceof YamlScalar s && s.type() == YamlScalar.Type.NULL) {
      out.report(Code.VP004, Location.ofFile(file),
          text.isBlank() ? "filen är tom" : "filen innehåller inga värden, bara kommentarer");
      return Optional.empty();
    }
    return Optional.of(root);
  }

  /**
   * Line and paragraph separators (U+2028, U+2029) and direction controls written as themselves,
   * anywhere in the file, comments included, where the editor can be told the line and column.
   * A separator is an error: no handling can show it, and YAML tools disagree on whether it ends
   * a line. A direction control is a warning, as compilers give it since Trojan Source (CVE-2021-42574):
   * it makes a line look different from what it says, so a reviewer may approve what they did not read.
   */
  private boolean refuseRawCharacters(String text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        if (TextCharacters.isLineSeparator(c)) {
          out.report(Code.VP027, new Location(file, line, column), separatorMessage(c),
              Optional.of("dela upp texten i flera texter eller skriv den på en rad"));
          return false;
        }
        if (TextCharacters.isDirectionControl(c) && !directionReported) {
          reportDirection(c, new Location(file, line, column));
        }
        column++;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * What a scalar holds once its escapes are read: "\0", "\e" or "\x07" in double quotes give
   * control characters the file's bytes may not hold, and no handling can print them. Reported at
   * the scalar, since an escape's place is not kept by the parser.
   */
  private void checkCharacters(String value, Location where) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (TextCharacters.isControl(c)) {
        out.report(Code.VP026, where, String.format("texten innehåller styrtecknet U+%04X", c),
            Optional.of("ta bort tecknet, eller specialsekvensen som ger det (\\0, \\e, \\x07 …)"));
        unusableText = true;
        return;
      }
      if (TextCharacters.isLineSeparator(c)) {
        out.report(Code.VP027, where, separatorMessage(c),
            Optional.of("dela upp texten i flera texter eller skriv den på en rad"));
        unusableText = true;
        return;
      }
      if (TextCharacters.isDirectionControl(c) && !directionReported) {
        reportDirection(c, where);
      }
      i += Character.charCount(c);
    }
  }

  private void reportDirection(int c, Location where) {
    directionReported = true;
    out.report(Code.VP217, where,
        String.format("osynligt tecken U+%04X som ändrar skrivriktningen; raden kan läsas annorlunda än den visas", c),
        Optional.of("ta bort tecknet om det inte behövs för arabisk eller hebreisk text"));
  }

  private static String separatorMessage(int c) {
    return String.format("texten innehåller %s (U+%04X)", c == 0x2028 ? "en radavgränsare" : "en styckeavgränsare", c);
  }

  /** Adds a finished node to the innermost open collection; returns it when it is the root. */
  private YamlNode add(Deque<Builder> open, YamlNode node) {
    if (open.isEmpty()) {
      return node;
    }
    open.peek().add(node);
    return null;
  }

  private void refuseAnchorAndTag(NodeEvent event, Optional<String> tag) {
    if (event.getAnchor().isPresent()) {
      throw refuse(Code.VP008, event.getStartMark(),
          "ankare (&" + event.getAnchor().get().getValue() + ") används inte i plan-source",
          "skriv ut värdet där det behövs");
    }
    if (tag.isPresent()) {
      throw refuse(Code.VP009, event.getStartMark(),
          "taggen " + tag.get().replace("tag:yaml.org,2002:", "!!") + " används inte i plan-source",
          "ta bort taggen; en text som börjar med ! skrivs inom citattecken");
    }
  }

  private Refusal refuse(Code code, Optional<Mark> mark, String message, String hint) {
    out.report(code, at(mark), message, Optional.ofNullable(hint));
    return new Refusal();
  }

  /**
   * Where a placeholder stands in the file, found again in the scalar's own source so that the
   * finding names its column even in a quoted or folded text; where the source writes it otherwise
   * (an escape, a line break inside it), the scalar's start. Only the first hundred in a file are
   * looked for, so that a file of placeholders costs no more than a pass over it.
   */
  private Location placeholderAt(Optional<Mark> start, Optional<Mark> end, Location where) {
    if (start.isEmpty() || end.isEmpty() || ++placeholdersLocated > 100) {
      return where;
    }
    if (lineStarts == null) {
      lineStarts = lineStarts(source);
    }
    int from = offset(start.get());
    int to = offset(end.get());
    if (from < 0 || to < from) {
      return where;
    }
    return Placeholder.find(source.subSequence(from, to)).map(found -> position(from + found.start())).orElse(where);
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      starts.add(i + 1);
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A mark's index in the file's text, or -1 when the mark does not fall in it. */
  private int offset(Mark mark) {
    if (mark.getLine() >= lineStarts.length) {
      return -1;
    }
    int lineStart = lineStarts[mark.getLine()];
    int lineEnd = mark.getLine() + 1 < lineStarts.length ? lineStarts[mark.getLine() + 1] : source.length();
    if (source.codePointCount(lineStart, lineEnd) < mark.getColumn()) {
      return -1;
    }
    return source.offsetByCodePoints(lineStart, mark.getColumn());
  }

  private Location position(int index) {
    int line = Arrays.binarySearch(lineStarts, index);
    line = line >= 0 ? line : -line - 2;
    return new Location(file, line + 1, source.codePointCount(lineStarts[line], index) + 1);
  }

  private Location at(Optional<Mark> mark) {
    return mark.map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1))
        .orElse(Location.ofFile(file));
  }

  /** Ends reading a file after a refusal was reported; carries nothing. */
  private static final class Refusal extends RuntimeException {
    Refusal() {
      super(null, null, false, false);
    }
  }

  private interface Builder {
    void add(YamlNode node);

    /** Called before a collection starts inside this one. */
    void expectValue(Location where);

    YamlNode build();
  }

  private final class MapBuilder implements Builder {
    private final Location where;
    private final List<YamlMap.Entry> entries = new ArrayList<>();
    private final Map<String, Location> keyLines = new HashMap<>();
    private YamlScalar pendingKey;

    MapBuilder(Location where) {
      this.where = where;
    }

    @Override
    public void expectValue(Location at) {
      if (pendingKey == null) {
        out.report(Code.VP013, at, "en nyckel måste vara en text, inte en lista eller mappning");
        throw new Refusal();
      }
    }

    @Override
    public void add(YamlNode node) {
      if (pendingKey == null) {
        YamlScalar key = (YamlScalar) node;
        if (key.text().length() > SourceLimits.MAX_KEY_CHARS) {
          out.report(Code.VP023, key.at(), "nyckeln är " + key.text().length() + " tecken; högst "
              + SourceLimits.MAX_KEY_CHARS, Optional.of("skriv en av nycklarna i filens schema"));
          throw new Refusal();
        }
        Location first = keyLines.putIfAbsent(key.text(), key.at());
        if (first != null) {
          out.report(Code.VP011, key.at(),
              "nyckeln '" + key.text() + "' finns redan på rad " + first.line(),
              Optional.of("ta bort den ena eller slå ihop dem"));
          throw new Refusal();
        }
        pendingKey = key;
      } else {
        entries.add(new YamlMap.Entry(pendingKey.text(), pendingKey.at(), node));
        pendingKey = null;
      }
    }

    @Override
    public YamlNode build() {
      return new YamlMap(entries, where);
    }
  }

  private static final class ListBuilder implements Builder {
    private final Location where;
    private final List<YamlNode> items = new ArrayList<>();

    ListBuilder(Location where) {
      this.where = where;
    }

    @Override
    public void expectValue(Location at) {}

    @Override
    public void add(YamlNode node) {
      items.add(node);
    }

    @Override
    public YamlNode build() {
      return new YamlList(items, where);
    }
  }
}
