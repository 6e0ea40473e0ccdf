package se.vp.render;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.diagnostic.Diagnostics;
import se.vp.locale.Svenska;
import se.vp.source.FileKind;
import se.vp.source.Layout;
import se.vp.source.PlanSource;
import se.vp.source.YamlList;
import se.vp.source.YamlMap;
import se.vp.source.YamlNode;
import se.vp.source.YamlScalar;

/**
 * No value of a valid plan is dropped without a word (issue 15 point 3): a region of one nämnd whose
 * files fill every field the schemas allow, each with a value of its own, is rendered, and every
 * value must stand in the text of at least one handling. The fields are read from the schemas, so a
 * field added later fails here until the fixture fills it and a handling shows it, or it is listed in
 * {@link #NOT_SHOWN_AS_WRITTEN} with the reason. Every handling in output/ is a place the text may
 * stand, read from its PDF, or from its (X)HTML where it has no PDF.
 */
class EveryFieldShownTest {

  private static final Path FIXTURE = Path.of("src/test/resources/se/vp/render/every-field/plan-source");
  private static final String NAMND = "provnamnd";

  /**
   * Fields whose value is by design shown as something else than the value as written, named
   * "schema: path" as {@link #fields()} names them, each with the reason.
   */
  private static final Map<String, String> NOT_SHOWN_AS_WRITTEN = Map.ofEntries(
      entry("malsattning: styrtal", "styrtal ids: each shows as its styrtal's text"),
      entry("malsattning: uppdrag", "uppdrag references: each shows as its uppdrag's text and number"),
      entry("malsattning-placering: styrtal", "styrtal ids: each shows as its styrtal's text"),
      entry("malsattning-placering: uppdrag", "uppdrag references: each shows as its uppdrag's text and number"),
      entry("fokusomrade: styrtal", "styrtal ids: each shows as its styrtal's text"),
      entry("fokusomrade: uppdrag", "uppdrag references: each shows as its uppdrag's text and number"),
      entry("gemensamt: teman/uppdrag", "uppdrag references: each shows as its uppdrag's text and number"),
      entry("forutsattningar: områden", "område ids: each shows as the område's name and presentation"),
      entry("ekonomi: fördelning/områden/område", "område ids: each shows as the område's name"),
      entry("styrtal: enhet", "shows as the unit after every figure (%, kr, tkr); index, antal and år have none"),
      entry("styrtal: jämförelse", "shows as the names of the jämförbara län from plan.yaml"),
      entry("uppdrag: mottagare", "shows as the list the uppdrag stands in: to the nämnd, to förvaltningen, to all"),
      entry("tidplan: händelser/typ", "shows as what the tidplan marks: the decision's date among the others"),
      entry("common: organ/nämnden", "shows as the body the proposals go to: \"Förslag till DNP 2027\""),
      entry("plan: status", "utkast and förslag show as the marking on every page; beslutad as none"));

  /** Texts that repeat another value of the plan by design, so the fixture gives them twice. */
  private static final Map<String, String> NAMES_ANOTHER_VALUE = Map.of(
      "styrtal: utfall/jämförbara-län/län", "names a county of plan.yaml's jämförbara-län");

  @TempDir static Path project;
  static RenderResult result;
  static Map<String, String> handlingar;

  @BeforeAll
  static void renderThePlanThatFillsEveryField() throws Exception {
    copy(FIXTURE, project.resolve("plan-source"));
    Path templates = project.resolve("templates");
    Files.createDirectories(templates);
    try (Stream<Path> files = Files.list(Path.of("templates"))) {
      for (Path file : files.toList()) {
        Files.copy(file, templates.resolve(file.getFileName().toString()));
      }
    }
    result = Renders.render(new RenderRequest(project.resolve("plan-source"), templates, project.resolve("output"),
        project, false, Optional.empty(), Optional.empty(), false, false));
    handlingar = texts(project.resolve("output").resolve(NAMND));
  }

  @Test
  void theFixtureIsAValidPlanThatRendersEveryHandling() {
    assertEquals(0, Renders.errors(result), result.findings().toString());
    assertTrue(handlingar.keySet().containsAll(Set.of("beslutsunderlag", "bildspel", "sammanstallning")),
        handlingar.keySet().toString());
  }

  @Test
  void theFixtureFillsEveryFieldOfEverySchema() throws IOException {
    Set<String> filled = new TreeSet<>();
    values().forEach(v -> filled.add(v.field()));
    containers().forEach(filled::add);
    Set<String> empty = new TreeSet<>(fields());
    empty.removeAll(filled);
    assertEquals(Set.of(), empty, "fields the fixture in " + FIXTURE + " does not fill");
  }

  @Test
  void everyValueOfThePlanStandsInAHandling() throws IOException {
    Map<String, List<String>> dropped = new TreeMap<>();
    String all = normalize(String.join("\n", handlingar.values()));
    for (Value value : values()) {
      if (NOT_SHOWN_AS_WRITTEN.containsKey(value.field())) {
        continue;
      }
      if (value.shown().stream().noneMatch(form -> all.contains(normalize(form)))) {
        dropped.computeIfAbsent(value.field(), f -> new ArrayList<>()).add(value.file() + ": " + value.text());
      }
    }
    assertEquals(Map.of(), dropped, "values of the plan that no handling shows");
  }

  /**
   * A text or figure the fixture gives twice, or within another value, could be found for one
   * field while a handling drops the other: "NFP" would be found in "NFP 2026/4711".
   */
  @Test
  void everyTextAndFigureOfTheFixtureIsItsOwn() throws IOException {
    List<Value> values = values();
    List<String> shared = new ArrayList<>();
    for (Value value : values) {
      if (!value.own() || NAMES_ANOTHER_VALUE.containsKey(value.field())) {
        continue;
      }
      String form = normalize(value.shown().get(0));
      for (Value other : values) {
        if (other != value && !NAMES_ANOTHER_VALUE.containsKey(other.field())
            && normalize(other.shown().get(0)).contains(form)) {
          shared.add(value.field() + " '" + value.text() + "' in " + other.field() + " '" + other.text() + "'");
        }
      }
    }
    assertEquals(List.of(), shared);
  }

  @Test
  void everyFieldListedIsAFieldOfTheSchemas() {
    Set<String> unknown = new TreeSet<>(NOT_SHOWN_AS_WRITTEN.keySet());
    unknown.addAll(NAMES_ANOTHER_VALUE.keySet());
    unknown.removeAll(fields());
    assertEquals(Set.of(), unknown);
  }

  /**
   * A scalar of the fixture, the field it fills, the forms a handling may print it in, and whether
   * it is a text or figure of its own rather than a year, a date, a number or a closed word.
   */
  record Value(String field, String file, String text, List<String> shown, boolean own) {}

  // The schemas' fields.

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, JsonNode> SCHEMAS = new LinkedHashMap<>();

  /** A place in a schema: its file's short name ("styrtal"), its node and the field path to it. */
  private record At(String schema, JsonNode node, String path) {}

  /** Every field of every kind of file, "styrtal: utfall/jämförbara-län/län", a definition of common once. */
  static Set<String> fields() {
    Set<String> fields = new TreeSet<>();
    for (FileKind kind : FileKind.values()) {
      collect(root(kind), fields, 0);
    }
    return fields;
  }

  /** The schemas nest a few levels and refer to no definition from within itself; depth only guards a mistake. */
  private static void collect(At at, Set<String> fields, int depth) {
    At here = resolve(at);
    if (depth > 20) {
      throw new AssertionError("schema nested too deep at " + here.schema() + ": " + here.path());
    }
    here.node().path("properties").fields().forEachRemaining(p -> {
      String path = join(here.path(), p.getKey());
      fields.add(here.schema() + ": " + path);
      collect(new At(here.schema(), p.getValue(), path), fields, depth + 1);
    });
    if (here.node().has("items")) {
      collect(new At(here.schema(), here.node().get("items"), here.path()), fields, depth + 1);
    }
  }

  private static At root(FileKind kind) {
    String resource = kind.schemaResource();
    return new At(shortName(resource.substring(resource.lastIndexOf('/') + 1)), schema(resource), "");
  }

  /** Follows $ref into common.schema.json or the file's own definitions: "common: forslag/typ". */
  private static At resolve(At at) {
    At here = at;
    for (int hops = 0; here.node().has("$ref") && hops < 10; hops++) {
      String ref = here.node().get("$ref").asText();
      int hash = ref.indexOf('#');
      String file = ref.substring(0, hash);
      String schema = file.isEmpty() ? here.schema() : shortName(file);
      JsonNode node = schema(file.isEmpty() ? "schema/" + here.schema() + ".schema.json" : "schema/" + file)
          .at(ref.substring(hash + 1));
      here = new At(schema, node, ref.substring(ref.lastIndexOf('/') + 1));
    }
    return here;
  }

  private static JsonNode schema(String resource) {
    return SCHEMAS.computeIfAbsent(resource, r -> {
      try (InputStream in = FileKind.class.getClassLoader().getResourceAsStream(r)) {
        return JSON.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static String shortName(String file) {
    return file.replace(".schema.json", "");
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "/" + name;
  }

  // The fixture's values, field by field.

  private static List<Value> values() throws IOException {
    List<Value> values = new ArrayList<>();
    walkFixture(values, new ArrayList<>());
    return values;
  }

  /** Fields filled with a mapping or a list, whose values lie in the fields below them. */
  private static List<String> containers() throws IOException {
    List<String> containers = new ArrayList<>();
    walkFixture(new ArrayList<>(), containers);
    return containers;
  }

  private static void walkFixture(List<Value> values, List<String> containers) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(FIXTURE)) {
      files = walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      String relative = FIXTURE.relativize(file).toString().replace('\\', '/');
      FileKind kind = Layout.kind(relative, true).orElseThrow(() -> new AssertionError("not a plan file: " + relative));
      YamlNode root = PlanSource.yaml(Files.readString(file), relative, new Diagnostics())
          .orElseThrow(() -> new AssertionError("cannot read " + relative));
      walk(relative, root(kind), "", root, values, containers);
    }
  }

  private static void walk(String file, At at, String field, YamlNode node, List<Value> values,
      List<String> containers) {
    At here = resolve(at);
    if (node instanceof YamlMap map) {
      for (YamlMap.Entry e : map.entries()) {
        JsonNode property = here.node().path("properties").path(e.key());
        if (property.isMissingNode()) {
          throw new AssertionError(file + ": " + e.key() + " is in no schema");
        }
        String path = join(here.path(), e.key());
        String name = here.schema() + ": " + path;
        if (!(e.value() instanceof YamlScalar)) {
          containers.add(name);
        }
        walk(file, new At(here.schema(), property, path), name, e.value(), values, containers);
      }
    } else if (node instanceof YamlList list) {
      for (YamlNode item : list.items()) {
        walk(file, new At(here.schema(), here.node().path("items"), here.path()), field, item, values, containers);
      }
    } else if (node instanceof YamlScalar scalar) {
      JsonNode schema = here.node();
      String pattern = schema.path("pattern").asText("\\S");
      boolean own = pattern.equals("\\S") && !schema.has("enum")
          && (isType(schema, "number") || isType(schema, "string"));
      values.add(new Value(field, file, scalar.text(), shown(schema, scalar.text()), own));
    }
  }

  private static boolean isType(JsonNode schema, String type) {
    JsonNode types = schema.path("type");
    return types.isArray() ? StreamSupport.stream(types.spliterator(), false)
        .anyMatch(t -> t.asText().equals(type)) : types.asText("").equals(type);
  }

  /** The forms a value is printed in: a figure the Swedish way, a date in words, a closed word in prose. */
  private static List<String> shown(JsonNode schema, String text) {
    if (schema.path("type").asText("").equals("number")) {
      return List.of(Svenska.tal(new BigDecimal(text)));
    }
    if (schema.path("pattern").asText("").startsWith("^[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      return List.of(Svenska.datum(LocalDate.parse(text)));
    }
    if (schema.has("enum")) {
      return List.of(text, text.replace('-', ' '));
    }
    return List.of(Svenska.typografi(text), text);
  }

  // The handlingar's text.

  /** The text of every handling in a folder, by its name: its PDF's, or its (X)HTML's where it has no PDF. */
  private static Map<String, String> texts(Path folder) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      int dot = name.lastIndexOf('.');
      if (dot <= 0) {
        continue;
      }
      String stem = name.substring(0, dot);
      String extension = name.substring(dot + 1);
      if (extension.equals("pdf")) {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
          texts.put(stem, ReadingOrder.text(document) + "\n" + new PDFTextStripper().getText(document));
        }
      } else if ((extension.equals("html") || extension.equals("xhtml"))
          && !Files.exists(folder.resolve(stem + ".pdf"))) {
        texts.put(stem, markupText(Files.readString(file)));
      }
    }
    return texts;
  }

  private static String markupText(String markup) {
    return markup.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]+>", " ")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }

  /** Case, spaces, dashes, quotes and line breaks as the PDF's text extraction may give them. */
  static String normalize(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u00ad', ' ')
        .replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2212]", "-")
        .replaceAll("[\u201c\u201d\u201e\u00ab\u00bb]", "\"")
        .replaceAll("[\u2018\u2019\u00b4]", "'")
        .replaceAll("\\s+", " ")
        .replaceAll(" ?- ?", "-")
        .strip();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }
}
