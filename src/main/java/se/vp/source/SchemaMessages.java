package se.vp.source;

import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.vp.diagnostic.Code;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;
import se.vp.diagnostic.Suggestions;
import tools.jackson.databind.JsonNode;

/** Swedish messages for the JSON Schema validator's findings, at the YAML line they concern. */
final class SchemaMessages {

  /** What a value of a format-checked definition should look like, by definition name. */
  private static final Map<String, String> FORMATS = Map.of(
      "text", "texten är tom",
      "rubrik", "texten är tom",
      "id", "ett id skrivs med små bokstäver a–z, siffror och bindestreck, till exempel brp-per-invanare",
      "datum", "ett datum skrivs ÅÅÅÅ-MM-DD, till exempel 2025-11-18",
      "fokusomradesnummer", "ett fokusområde numreras som 4.1 eller 4.1.1",
      "uppdragsreferens", "ett uppdrag anges med sitt nummer (27) eller sitt id (unga-entreprenorskap)",
      "punkt", "texten är tom",
      "kolada", "ett nyckeltal i Kolada skrivs som N00002",
      "e-post", "en e-postadress skrivs namn@exempel.se");

  /**
   * Other ways of writing an allowed value, written value first. These are no typos, so the
   * nearest-word hint cannot find them: "%" is one letter, "procent" seven.
   */
  private static final Map<String, String> SYNONYMS = Map.of(
      "%", "procent",
      "kronor", "kr",
      "tusen kronor", "tkr",
      "st", "antal",
      "stycken", "antal");

  /** Most unknown keys of one file that get a hint. */
  static final int MAX_HINTS = 100;

  private SchemaMessages() {}

  /**
   * Reports the validator's findings. A misspelt required key gives two findings, an unknown key
   * and a missing one; only the first is reported, since its hint names the second. Only the first
   * {@link #MAX_HINTS} unknown keys of a file get a "menade du": a file of 60 000 is no typo, and
   * each hint costs a comparison with every known key.
   */
  static void report(List<Error> errors, YamlNode root, FileKind kind, SchemaValidator validator, Diagnostics out) {
    Set<String> misspelt = new HashSet<>();
    int unknown = 0;
    for (Error error : errors) {
      if ("additionalProperties".equals(error.getKeyword()) && unknown++ < MAX_HINTS) {
        knownKeys(error, validator).flatMap(known -> Suggestions.nearest(error.getProperty(), known))
            .ifPresent(key -> misspelt.add(error.getInstanceLocation() + "/" + key));
      }
    }
    int hinted = 0;
    for (Error error : errors) {
      boolean explained = "required".equals(error.getKeyword())
          && misspelt.contains(error.getInstanceLocation() + "/" + error.getProperty());
      if (!explained) {
        boolean hint = !"additionalProperties".equals(error.getKeyword()) || hinted++ < MAX_HINTS;
        report(error, root, kind, validator, hint, out);
      }
    }
  }

  private static Optional<List<String>> knownKeys(Error error, SchemaValidator validator) {
    List<String> known = SchemaValidator.fieldNames(validator.schemaObjectOf(error.getSchemaLocation()));
    return known.isEmpty() ? Optional.empty() : Optional.of(known);
  }

  private static void report(Error error, YamlNode root, FileKind kind, SchemaValidator validator, boolean hint,
      Diagnostics out) {
    YamlNode node = SchemaValidator.nodeAt(root, error.getInstanceLocation());
    String keyword = String.valueOf(error.getKeyword());
    switch (keyword) {
      case "additionalProperties" -> unknownKey(error, node, kind, validator, hint, out);
      case "required" -> {
        List<String> allowed = SchemaValidator.allowedValues(
            validator.schemaObjectOf(error.getSchemaLocation()), error.getProperty());
        out.report(Code.VP102, node.at(), "nyckeln '" + error.getProperty() + "' saknas" + where(error),
            allowed.isEmpty() ? Optional.empty() : Optional.of(allowedValues(allowed)));
      }
      case "type" -> wrongType(error, node, validator, out);
      case "enum" -> {
        List<String> allowed = new ArrayList<>();
        error.getSchemaNode().forEach(v -> allowed.add(v.asString()));
        if (node instanceof YamlScalar s) {
          // The list follows the guess too: the guess may be wrong, and the list is short.
          String advice = synonym(s.text(), allowed).or(() -> Suggestions.nearest(s.text(), allowed))
              .map(meant -> "menade du '" + meant + "'? Tillåtna värden: " + String.join(", ", allowed))
              .orElse(allowedValues(allowed));
          out.report(Code.VP104, node.at(), "ogiltigt värde '" + s.text() + "'" + where(error), Optional.of(advice));
        } else {
          out.report(Code.VP103, node.at(), "väntade ett av värdena " + String.join(", ", allowed)
              + ", fick " + node.kindWord() + where(error));
        }
      }
      case "pattern" -> {
        String definition = definitionName(error);
        String written = node instanceof YamlScalar s ? s.text() : "";
        out.report(definition.equals("text") || definition.equals("punkt") ? Code.VP104 : Code.VP105,
            node.at(),
            FORMATS.getOrDefault(definition, "värdet har fel form")
                + (written.isBlank() ? "" : ": '" + written + "'"));
      }
      case "minimum", "maximum" -> out.report(Code.VP106, node.at(),
          "värdet " + text(node) + where(error) + " är " + (keyword.equals("minimum") ? "mindre" : "större")
              + " än " + error.getSchemaNode().asString() + ", det "
              + (keyword.equals("minimum") ? "minsta" : "största") + " tillåtna");
      case "maxLength" -> out.report(Code.VP023, node.at(),
          "texten" + where(error) + " är " + text(node).codePointCount(0, text(node).length()) + " tecken; högst "
              + error.getSchemaNode().asString(),
          Optional.of("korta texten; en rubrik får vara högst " + SourceLimits.MAX_HEADING_CHARS
              + " tecken, en text högst " + SourceLimits.MAX_TEXT_CHARS));
      case "minItems" -> out.report(Code.VP107, node.at(),
          "listan" + where(error) + " ska ha minst " + error.getSchemaNode().asString()
              + (error.getSchemaNode().asInt() == 1 ? " rad" : " rader"));
      case "maxItems" -> out.report(Code.VP107, node.at(),
          "listan" + where(error) + " ska ha högst " + error.getSchemaNode().asString()
              + (error.getSchemaNode().asInt() == 1 ? " rad" : " rader"));
      default -> out.report(Code.VP109, node.at(),
          "värdet stämmer inte med schemat (" + keyword + ")" + where(error));
    }
  }

  /** The allowed value that the written one is another way of writing, if it is allowed here. */
  private static Optional<String> synonym(String written, List<String> allowed) {
    return Optional.ofNullable(SYNONYMS.get(written.strip().toLowerCase(Locale.ROOT))).filter(allowed::contains);
  }

  private static String allowedValues(List<String> allowed) {
    return "tillåtna värden: " + String.join(", ", allowed);
  }

  private static void unknownKey(Error error, YamlNode node, FileKind kind, SchemaValidator validator,
      boolean withHint, Diagnostics out) {
    String key = error.getProperty();
    Location at = node instanceof YamlMap map
        ? map.entry(key).map(YamlMap.Entry::keyAt).orElse(node.at())
        : node.at();
    if (!withHint) {
      out.report(Code.VP101, at, "okänd nyckel '" + key + "'");
      return;
    }
    List<FileKind> owners = error.getInstanceLocation().getNameCount() == 0
        ? validator.otherKindsWithKey(key, kind) : List.of();
    if (!owners.isEmpty()) {
      out.report(Code.VP101, at, "okänd nyckel '" + key + "'", Optional.of("den hör hemma i " + owners.stream()
          .map(SchemaMessages::files).collect(Collectors.joining(" och ")) + ", inte i " + files(kind)));
      return;
    }
    List<String> known = knownKeys(error, validator).orElse(List.of());
    Optional<String> hint = Suggestions.didYouMean(key, known);
    if (hint.isEmpty() && !known.isEmpty()) {
      hint = Optional.of("kända nycklar här: " + String.join(", ", known));
    }
    out.report(Code.VP101, at, "okänd nyckel '" + key + "'", hint);
  }

  /** Where files of a kind are, as an editor finds them: "ekonomi.yaml", "filerna i uppdrag/". */
  private static String files(FileKind kind) {
    return kind.isFolder() ? "filerna i " + kind.path() : kind.path();
  }

  private static void wrongType(Error error, YamlNode node, SchemaValidator validator, Diagnostics out) {
    List<String> expected = new ArrayList<>();
    JsonNode types = error.getSchemaNode();
    if (types.isArray()) {
      types.forEach(t -> expected.add(t.asString()));
    } else {
      expected.add(types.asString());
    }
    String wanted = expected.stream().map(SchemaMessages::typeWord).collect(Collectors.joining(" eller "));
    String got = node.kindWord() + (node instanceof YamlScalar s && !s.text().isEmpty() ? " '" + s.text() + "'" : "");
    Optional<String> hint = Optional.empty();
    boolean wantsNumber = expected.contains("number") || expected.contains("integer");
    if (node instanceof YamlScalar s && wantsNumber && YamlScalar.resolvePlain(s.text()) != YamlScalar.Type.STRING) {
      hint = Optional.of("skriv talet utan citattecken: " + s.text());
    } else if (node instanceof YamlScalar s && wantsNumber && s.text().matches("-?[0-9][0-9 \u00a0]*(,[0-9]+)?")) {
      hint = Optional.of("skriv talet med punkt och utan mellanslag: "
          + s.text().replace(" ", "").replace("\u00a0", "").replace(',', '.'));
    } else if (node instanceof YamlScalar && expected.contains("array")) {
      hint = Optional.of("skriv en lista med '- ' först på varje rad, eller [a, b]");
    } else if (expected.equals(List.of("object")) && !(node instanceof YamlMap)) {
      List<String> keys = requiredKeys(validator.schemaObjectOf(error.getSchemaLocation()));
      if (!keys.isEmpty()) {
        hint = Optional.of("skriv nycklarna " + String.join(", ", keys) + " på egna rader, eller {"
            + keys.stream().map(k -> k + ": …").collect(Collectors.joining(", ")) + "}");
      }
    }
    out.report(Code.VP103, node.at(), "väntade " + wanted + ", fick " + got + where(error), hint);
  }

  private static List<String> requiredKeys(JsonNode schemaObject) {
    List<String> keys = new ArrayList<>();
    if (schemaObject != null && schemaObject.get("required") != null) {
      schemaObject.get("required").forEach(k -> keys.add(k.asString()));
    }
    return keys;
  }

  private static String typeWord(String jsonType) {
    return switch (jsonType) {
      case "object" -> "en mappning (nycklar med värden)";
      case "array" -> "en lista";
      case "string" -> "en text";
      case "integer" -> "ett heltal";
      case "number" -> "ett tal";
      case "boolean" -> "ett sanningsvärde";
      default -> jsonType;
    };
  }

  /** " under 'nyckel'" for the key the value belongs to, so a message reads on its own. */
  private static String where(Error error) {
    var path = error.getInstanceLocation();
    for (int i = path.getNameCount() - 1; i >= 0; i--) {
      if (!(path.getElement(i) instanceof Integer)) {
        return " under '" + path.getElement(i) + "'";
      }
    }
    return "";
  }

  /** The definition or property whose pattern failed: "#/definitions/datum/pattern" gives datum. */
  private static String definitionName(Error error) {
    var fragment = error.getSchemaLocation().getFragment();
    for (int i = fragment.getNameCount() - 2; i >= 0; i--) {
      String name = fragment.getElement(i).toString();
      if (FORMATS.containsKey(name)) {
        return name;
      }
    }
    return "";
  }

  private static String text(YamlNode node) {
    return node instanceof YamlScalar s ? s.text() : node.kindWord();
  }
}
