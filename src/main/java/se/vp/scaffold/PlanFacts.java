package se.vp.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import se.vp.source.FileKind;
import se.vp.source.FolderTree;
import se.vp.source.SourceLimits;
import se.vp.source.SourceTree;

/**
 * The few facts a new file needs from the plan: its year and the numbers already taken. They are
 * read from the files that hold them, not from a validated plan, so that an editor can add a
 * file to a plan that has other findings; a file that cannot be read stops the run, since a
 * number it holds could otherwise be given out twice.
 */
final class PlanFacts {

  /** A top-level value of one file: which file, and the value's text as written. */
  record Value(String file, String text) {}

  private final Path planSource;
  private final String display;

  PlanFacts(Path planSource, String display) {
    this.planSource = planSource;
    this.display = display;
  }

  int year() throws ScaffoldException {
    Path plan = planSource.resolve(FileKind.PLAN.path());
    String file = display + "/" + FileKind.PLAN.path();
    if (!Files.isRegularFile(plan, LinkOption.NOFOLLOW_LINKS)) {
      throw new ScaffoldException(file + " saknas; planens år står där");
    }
    try {
      String text = Files.readString(plan, StandardCharsets.UTF_8);
      return value(text, "år", file).filter(v -> v.matches("[0-9]{4}")).map(Integer::parseInt)
          .orElseThrow(() -> new ScaffoldException(file + " anger inget år; skriv till exempel år: 2026"));
    } catch (IOException e) {
      throw unreadable(file);
    }
  }

  /** The values of one key at the top of every file of a folder kind. */
  List<Value> values(FileKind kind, String key) throws ScaffoldException {
    List<Value> values = new ArrayList<>();
    List<SourceTree.Entry> entries;
    try {
      entries = new FolderTree(planSource, display).entries();
    } catch (IOException e) {
      throw new ScaffoldException(display + " kan inte läsas");
    }
    for (SourceTree.Entry entry : entries) {
      if (entry.link() || !entry.path().endsWith(".yaml") || FileKind.of(entry.path()).orElse(null) != kind) {
        continue;
      }
      String file = display + "/" + entry.path();
      try {
        String text = new String(entry.contents().read(), StandardCharsets.UTF_8);
        value(text, key, file).ifPresent(v -> values.add(new Value(file, v)));
      } catch (IOException e) {
        throw unreadable(file);
      }
    }
    return values;
  }

  private static Optional<String> value(String text, String key, String file) throws ScaffoldException {
    LoadSettings settings = LoadSettings.builder()
        .setCodePointLimit(SourceLimits.MAX_FILE_BYTES)
        .setMaxAliasesForCollections(0)
        .build();
    Node root;
    try {
      root = new Compose(settings).composeString(text).orElse(null);
    } catch (YamlEngineException e) {
      throw unreadable(file);
    }
    if (!(root instanceof MappingNode map)) {
      return Optional.empty();
    }
    for (NodeTuple tuple : map.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
          && tuple.getValueNode() instanceof ScalarNode v) {
        return Optional.of(v.getValue());
      }
    }
    return Optional.empty();
  }

  private static ScaffoldException unreadable(String file) {
    return new ScaffoldException(file + " kan inte läsas; rätta den först (mvn vp:validate visar felet)");
  }
}
