package se.vp.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.vp.TestPlan;
import se.vp.Validation;
import se.vp.model.ResolvedPlan;
import se.vp.synthetic.SyntheticPlans;
import se.vp.view.Bildspel.Bild;

/** The deck the view makes: the committee's order, and no empty slide, list, heading or bookmark. */
class BildspelTest {

  @TempDir Path folder;

  private static Bildspel deck(Path planSource, Path project) {
    return PlanViews.of(ResolvedPlan.of(Validation.of(planSource, project).plan().orElseThrow())).bildspel();
  }

  @Test
  void followsTheOrderOfTheCommitteesDeck() {
    Bildspel deck = deck(Path.of("plan-source"), Path.of(""));
    assertEquals(List.of("tidplan", "malsattningar", "gemensamma", "sammanfattning", "ekonomi", "forutsattningar"),
        deck.kapitel().stream().map(Bildspel.Kapitel::id).toList());
    List<String> titles = deck.bilder().stream().map(b -> b.overrubrik().orElse("") + " | " + b.rubrik()).toList();
    int merge = indexOf(titles, "Förslag: slå ihop");
    assertTrue(indexOf(titles, "Fokusområde 4.1.2 |") < merge, "the merge comes after 4.1.2");
    assertTrue(merge < indexOf(titles, "Fokusområde 4.2 |"), "and before the area it makes");
  }

  /** The speaker notes' sources: the files of the slide's chapter, at most a dozen named and the rest counted. */
  @Test
  void namesEachSlidesFilesAndCountsTheRestOfAManyFileChapter() {
    Bildspel deck = deck(Path.of("plan-source"), Path.of(""));
    Bild fokusomrade = deck.bilder().stream().filter(b -> b.overrubrik().equals(Optional.of("Fokusområde 4.3")))
        .findFirst().orElseThrow();
    assertTrue(fokusomrade.kallor().contains("plan-source/fokusomraden/4-3-kompetensforsorjning.yaml"),
        fokusomrade.kallor().toString());
    Bild summary = deck.bilder().stream().filter(b -> b.rubrik().startsWith("Sammanfattning av uppdrag"))
        .findFirst().orElseThrow();
    assertEquals(BildspelViews.KALLOR + 1, summary.kallor().size(), summary.kallor().toString());
    assertTrue(summary.kallor().get(BildspelViews.KALLOR).matches("och \\d+ filer till"), summary.kallor().toString());
    assertEquals(List.of(), deck.bilder().get(deck.bilder().size() - 1).kallor(), "the closing slide");
  }

  /** Seed 0 is the committed plan; a negative seed the synthetic plan of the municipal shape. */
  @ParameterizedTest
  @ValueSource(longs = {0, 1, 2, 3, 4, -1, -2})
  void hasNoEmptySlideListOrBookmark(long seed) throws Exception {
    Path planSource = Path.of("plan-source");
    if (seed != 0) {
      planSource = folder.resolve("plan-source");
      SyntheticPlans.writeSingle(planSource, Math.abs(seed), 1,
          seed < 0 ? SyntheticPlans.Shape.MUNICIPAL : SyntheticPlans.Shape.REGIONAL);
    }
    Bildspel deck = deck(planSource, seed != 0 ? folder : Path.of(""));
    List<String> ids = deck.bilder().stream().flatMap(b -> b.id().stream()).toList();
    for (Bildspel.Kapitel k : deck.kapitel()) {
      assertTrue(ids.contains(k.id()), "the bookmark " + k.rubrik() + " points at no slide");
      k.delar().forEach(d -> assertTrue(ids.contains(d.id()), "the bookmark " + d.rubrik() + " points at no slide"));
    }
    for (Bild bild : deck.bilder()) {
      boolean bare = List.of("titel", "avslutning").contains(bild.typ());
      assertTrue(bare || !bild.delar().isEmpty(), "an empty slide: " + bild.rubrik());
      parts(bild.delar()).forEach(del -> {
        if (del instanceof Bildspel.Lista lista) {
          assertFalse(lista.poster().isEmpty(), "an empty list " + lista.rubrik().orElse("") + " on " + bild.rubrik());
        }
      });
    }
  }

  @Test
  void givesAPlanWithoutChallengesNoSlideOrBookmarkForThem() throws Exception {
    TestPlan.committed(folder);
    Files.delete(folder.resolve("plan-source/omvarld.yaml"));
    Bildspel deck = deck(folder.resolve("plan-source"), folder);
    assertEquals("Tidplan", deck.kapitel().get(0).rubrik());
    assertTrue(deck.bilder().stream().noneMatch(b -> b.typ().equals("rutor")));
  }

  private static Stream<Bildspel.Del> parts(List<Bildspel.Del> delar) {
    List<Bildspel.Del> all = new ArrayList<>(delar);
    delar.forEach(d -> {
      if (d instanceof Bildspel.Spalter spalter) {
        spalter.spalter().forEach(s -> all.addAll(s.delar()));
      }
    });
    return all.stream();
  }

  private static int indexOf(List<String> titles, String start) {
    for (int i = 0; i < titles.size(); i++) {
      if (titles.get(i).contains(start)) {
        return i;
      }
    }
    throw new AssertionError("no slide " + start);
  }
}
