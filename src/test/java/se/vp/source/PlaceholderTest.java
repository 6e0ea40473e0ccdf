package se.vp.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.vp.diagnostic.Diagnostics;
import se.vp.diagnostic.Location;

/**
 * vp:new's placeholders are recognised in what it writes and where an editor left part of one,
 * not in a text that only has parentheses; the reader places each at its own line and column, and
 * a file of nothing but placeholders is read in one pass.
 */
class PlaceholderTest {

  @Test
  void recognisesThePlaceholdersVpNewWrites() {
    for (String what : List.of("uppdragets text", "styrtalets text", "fokusområdets namn", "fokusområdets mål",
        "målsättningens titel")) {
      assertEquals(Optional.of(new Placeholder.Found(4, Placeholder.of(what))), Placeholder.find("Att " + Placeholder.of(what)));
    }
    assertEquals(6, Placeholder.find("Länet (skriv vilket här).").orElseThrow().start());
    assertEquals(Optional.empty(), Placeholder.find("Att stärka samverkan (se bilaga) här i länet."));
    assertEquals(Optional.empty(), Placeholder.find("Att … skriva en plan"));
  }

  @Test
  void placesAPlaceholderAtItsOwnLineAndColumn() {
    YamlMap root = read("""
        nr: 1
        text: 'Att främja
          … (skriv resten här)'
        namn: … (skriv namnet här)
        """);
    assertEquals(Optional.of(new Location("f.yaml", 3, 3)), scalar(root, "text").placeholder());
    assertEquals(Optional.of(new Location("f.yaml", 4, 7)), scalar(root, "namn").placeholder());
    assertEquals(Optional.empty(), scalar(root, "nr").placeholder());
  }

  @Test
  void placesAnEscapedPlaceholderAtItsText() {
    YamlMap root = read("text: \"Att \\u2026 (skriv texten h\\u00e4r)\"\n");
    assertEquals(Optional.of(new Location("f.yaml", 1, 7)), scalar(root, "text").placeholder());
  }

  @Test
  void placesAPlaceholderWhateverEndsTheLines() {
    assertEquals(Optional.of(new Location("f.yaml", 2, 11)),
        scalar(read("nr: 1\r\ntext: Att … (skriv texten här)\r\n"), "text").placeholder());
    // Lines ended by CR alone are not indexed as lines: the placeholder is placed at its text, never past it.
    YamlScalar text = scalar(read("nr: 1\rtext: Att … (skriv texten här)\r"), "text");
    assertEquals(Optional.of(text.at()), text.placeholder());
  }

  @Test
  void readsAFileOfPlaceholdersInOnePass() {
    String item = "… (skriv texten här), ";
    StringBuilder yaml = new StringBuilder("texter: [");
    int count = (SourceLimits.MAX_FILE_BYTES - 100) / item.getBytes(StandardCharsets.UTF_8).length;
    yaml.append(item.repeat(count)).append("slut]\n");
    YamlMap root = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(yaml.toString()));
    List<YamlNode> items = ((YamlList) root.get("texter").orElseThrow()).items();
    assertEquals(Optional.of(new Location("f.yaml", 1, 10 + 22 * 99)), ((YamlScalar) items.get(99)).placeholder());
    YamlScalar later = (YamlScalar) items.get(100);
    assertEquals(Optional.of(later.at()), later.placeholder(), "past the first hundred, the scalar's own place");
    assertTrue(items.size() > 1000);
  }

  private static YamlMap read(String yaml) {
    Diagnostics out = new Diagnostics();
    Optional<YamlNode> root = YamlReader.read(yaml, "f.yaml", out);
    assertEquals(List.of(), out.sorted());
    return (YamlMap) root.orElseThrow();
  }

  private static YamlScalar scalar(YamlMap map, String key) {
    return (YamlScalar) map.get(key).orElseThrow();
  }
}
