package se.vp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.vp.diagnostic.Code;
import se.vp.source.FileKind;
import se.vp.source.Layout;

/** The contract editors work against: valid schemas, wired for VS Code, and codes documented. */
class SchemaContractTest {

  private static final Path SCHEMAS = Path.of("src/main/resources");

  @Test
  void everySchemaIsAValidDraft7Schema() throws IOException {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    var metaSchema = registry.getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
    try (var files = Files.list(SCHEMAS.resolve("schema"))) {
      for (Path schema : files.toList()) {
        List<Error> errors = metaSchema.validate(Files.readString(schema), InputFormat.JSON);
        assertEquals(List.of(), errors, schema.toString());
      }
    }
  }

  /** vp reads no file a plan names: pictures and the reference document lie in templates/ by fixed names. */
  @Test
  void noSchemaHasAFieldForAPathOrAnAddress() throws IOException {
    var pathLike = java.util.regex.Pattern.compile(
        "\"(fil|filer|sökväg|path|logotyp|bild|bilder|url|uri|länk|href|src|bilaga|bilagor)\"\\s*:|\"format\"\\s*:\\s*\"(uri|uri-reference|iri)\"");
    try (var files = Files.list(SCHEMAS.resolve("schema"))) {
      for (Path schema : files.toList()) {
        var found = pathLike.matcher(Files.readString(schema));
        assertFalse(found.find(), () -> schema + ": " + found.group());
      }
    }
  }

  @Test
  void editorsValidateEveryKindOfFileAgainstItsSchema() throws IOException {
    String settings = Files.readString(Path.of(".vscode/settings.json"));
    for (FileKind kind : FileKind.values()) {
      assertTrue(Files.exists(SCHEMAS.resolve(kind.schemaResource())), kind.schemaResource());
      String key = "\"./src/main/resources/" + kind.schemaResource() + "\": [";
      int at = settings.indexOf(key);
      assertTrue(at >= 0, kind + " is not mapped in .vscode/settings.json");
      String globs = settings.substring(at, settings.indexOf(']', at));
      String file = kind.isFolder() ? kind.path() + "**/*.yaml" : kind.path();
      if (kind != FileKind.PLACERING) {
        assertTrue(globs.contains("\"plan-source/" + file + "\""), kind + " in a single nämnd's plan-source");
      }
      String inRegion = Layout.kind("namnder/x/" + kind.path() + (kind.isFolder() ? "y.yaml" : ""), true)
          .equals(java.util.Optional.of(kind))
          ? "plan-source/namnder/*/" : "plan-source/fullmaktige/";
      assertTrue(globs.contains("\"" + inRegion + file + "\""), kind + " in a region");
    }
  }

  @Test
  void theReadmeListsEveryCode() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    for (Code code : Code.values()) {
      assertTrue(readme.contains("| " + code + " | " + code.severity().word() + " | " + code.title() + " |"),
          code + " is missing from the table of codes in README.md");
    }
  }
}
