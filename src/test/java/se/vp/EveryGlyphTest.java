package se.vp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.vp.synthetic.SyntheticPlans;
import se.vp.text.Fonts;

/**
 * Every character that the plan and the templates hold, keys and comments included, is printed
 * by the fonts the PDFs embed: swept file by file, so a character that would print as "#" is
 * named with its place before anyone renders.
 */
class EveryGlyphTest {

  @Test
  void everyCharacterOfTheCommittedPlanHasAGlyph() throws IOException {
    assertEquals(List.of(), unprintable(files(Path.of("plan-source"), ".yaml")));
  }

  @Test
  void everyCharacterOfSyntheticPlansHasAGlyph() {
    List<String> unprintable = new ArrayList<>();
    for (long seed = 1; seed <= 3; seed++) {
      unprintable.addAll(unprintable(SyntheticPlans.singleFiles(seed, (int) seed)));
      unprintable.addAll(unprintable(SyntheticPlans.regionFiles(3, seed)));
    }
    assertEquals(List.of(), unprintable);
  }

  @Test
  void everyCharacterTheTemplatesWriteHasAGlyph() throws IOException {
    assertEquals(List.of(), unprintable(files(Path.of("templates"), ".ftlx", ".css")));
  }

  private static Map<String, String> files(Path folder, String... endings) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        if (Stream.of(endings).anyMatch(path.toString()::endsWith)) {
          files.put(path.toString(), Files.readString(path));
        }
      }
    }
    return files;
  }

  /** "file:line:column U+…" for each character no bundled font prints. */
  private static List<String> unprintable(Map<String, String> files) {
    List<String> found = new ArrayList<>();
    files.forEach((file, text) -> {
      int line = 1;
      int column = 1;
      for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
        int c = text.codePointAt(i);
        if (!Fonts.printable(c)) {
          found.add(file + ":" + line + ":" + column + " " + Fonts.describe(c));
        }
        if (c == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
    });
    return found;
  }
}
