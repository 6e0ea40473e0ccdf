package se.vp.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostic;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.VpException;
import se.vp.format.YamlFormatter;

/**
 * vp:fmt changes how a file looks, never what it says. For every file of the committed plan, every
 * file of the broken corpus and random files full of comments: the formatted file reads, with
 * vp's own reader, as the same keys, values, types and texts; formatting it again changes
 * nothing; every comment is still there. A file the reader refuses is refused by the formatter
 * too, under the same code where the reader's refusal is about the file as a whole.
 */
class FormattingPreservesMeaningTest {

  /** Codes for which the formatter and the reader must agree exactly. */
  private static final Set<Code> SAME_REFUSAL =
      Set.of(Code.VP004, Code.VP008, Code.VP009, Code.VP010, Code.VP011, Code.VP012, Code.VP013);

  private final YamlFormatter formatter = new YamlFormatter();

  static Stream<String> committedFiles() throws IOException {
    return yamlFiles(Path.of("plan-source"));
  }

  static Stream<String> corpusFiles() throws IOException, URISyntaxException {
    return yamlFiles(Path.of(FormattingPreservesMeaningTest.class.getResource("/broken").toURI()));
  }

  private static Stream<String> yamlFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
          .map(Path::toString).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("committedFiles")
  void everyCommittedFileIsCanonicalAndKeepsItsMeaning(String path) throws IOException, VpException {
    String text = Files.readString(Path.of(path));
    FileKind kind = FileKind.of(Path.of("plan-source").relativize(Path.of(path)).toString().replace('\\', '/')).orElseThrow();
    String formatted = formatter.format(text, kind, "fil.yaml");
    assertSameMeaning(text, formatted);
    assertKeepsComments(fullLineComments(text), formatted);
    assertEquals(text, formatted, "the committed plan is in canonical form; run mvn vp:fmt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusFiles")
  void everyFileOfTheBrokenCorpusKeepsItsMeaningOrIsRefusedAsTheReaderRefusesIt(String path) throws IOException {
    Diagnostics decoding = new Diagnostics();
    Optional<String> text = SourceText.decode(Files.readAllBytes(Path.of(path)), path, decoding);
    if (text.isEmpty()) {
      return; // Bytes that are not UTF-8 text never reach the formatter: PlanFormatter reports them.
    }
    FileKind kind = FileKind.of(kindPath(path)).orElse(FileKind.UPPDRAG);
    holds(text.get(), kind, List.of());
  }

  @Property(tries = 400, seed = "20261127")
  void anyFileWithCommentsAnywhereKeepsItsMeaningAndItsComments(@ForAll long seed) {
    RandomYaml yaml = RandomYaml.file(seed);
    holds(yaml.text(), FileKind.UPPDRAG, yaml.comments());
  }

  /** Formats a file the reader reads, or checks that a file the reader refuses is refused. */
  private void holds(String text, FileKind kind, List<String> comments) {
    Diagnostics reading = new Diagnostics();
    Optional<YamlNode> read = YamlReader.read(text, "fil.yaml", reading);
    if (read.isEmpty()) {
      VpException refusal = assertThrows(VpException.class, () -> formatter.format(text, kind, "fil.yaml"),
          "the reader refuses the file, so must the formatter: " + reading.sorted());
      Diagnostic first = reading.sorted().get(0);
      if (SAME_REFUSAL.contains(first.code())) {
        assertEquals(first.code(), refusal.diagnostic().code(), refusal.getMessage());
      }
      return;
    }
    String formatted;
    try {
      formatted = formatter.format(text, kind, "fil.yaml");
      assertEquals(formatted, formatter.format(formatted, kind, "fil.yaml"), "formatting twice changes the text");
    } catch (VpException e) {
      fail("the reader reads the file but the formatter refuses it: " + e.getMessage() + "\n" + text);
      return;
    }
    assertSameMeaning(text, formatted);
    assertKeepsComments(comments, formatted);
  }

  private static void assertSameMeaning(String text, String formatted) {
    Diagnostics before = new Diagnostics();
    Diagnostics after = new Diagnostics();
    Object meant = meaning(YamlReader.read(text, "fil.yaml", before).orElseThrow());
    Optional<YamlNode> reread = YamlReader.read(formatted, "fil.yaml", after);
    assertTrue(reread.isPresent(), "vp cannot read the formatted file: " + after.sorted() + "\n" + formatted);
    assertEquals(meant, meaning(reread.get()), "formatting changed the meaning:\n" + text + "\n---\n" + formatted);
    // A warning about the file (a direction control) stays, perhaps at another place; nothing is added.
    assertEquals(before.sorted().stream().map(Diagnostic::code).toList(),
        after.sorted().stream().map(Diagnostic::code).toList(), formatted);
  }

  private static void assertKeepsComments(List<String> comments, String formatted) {
    for (String comment : comments) {
      assertTrue(formatted.contains("#" + comment) || formatted.contains("# " + comment),
          "the comment '" + comment + "' is lost:\n" + formatted);
    }
    assertFalse(formatted.isEmpty());
  }

  private static List<String> fullLineComments(String text) {
    return text.lines().filter(line -> line.strip().startsWith("#")).map(line -> line.strip().substring(1)).toList();
  }

  /** What a file says to vp: mappings by key, lists in order, scalars by text and type. */
  private static Object meaning(YamlNode node) {
    if (node instanceof YamlMap map) {
      Map<String, Object> entries = new HashMap<>();
      map.entries().forEach(e -> entries.put(e.key(), meaning(e.value())));
      return entries;
    }
    if (node instanceof YamlList list) {
      List<Object> items = new ArrayList<>();
      list.items().forEach(item -> items.add(meaning(item)));
      return items;
    }
    YamlScalar scalar = (YamlScalar) node;
    return scalar.type() + ":" + scalar.text();
  }

  /** The path of a corpus file inside its case, as in plan-source: "uppdrag/paverkan.yaml". */
  private static String kindPath(String path) {
    String relative = path.replace('\\', '/');
    relative = relative.substring(relative.indexOf("/broken/") + "/broken/".length());
    return relative.substring(relative.indexOf('/') + 1);
  }
}
