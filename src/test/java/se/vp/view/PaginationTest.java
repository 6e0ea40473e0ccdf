package se.vp.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How a list that does not fit one slide is spread over slides. */
class PaginationTest {

  private static List<List<Integer>> split(List<Integer> heights, int firstRoom, int room) {
    return Pagination.split(heights, height -> height, firstRoom, room);
  }

  private static List<Integer> sizes(List<List<Integer>> slides) {
    return slides.stream().map(List::size).toList();
  }

  @Test
  void keepsAListThatFitsOnOneSlide() {
    assertEquals(List.of(List.of(600, 700)), split(List.of(600, 700), 1300, 1300));
  }

  @Test
  void givesAnEmptyListOneEmptySlide() {
    assertEquals(List.of(List.of()), split(List.of(), 1300, 1300));
  }

  @Test
  void usesAsFewSlidesAsHoldTheListAndSpreadsItEvenly() {
    assertEquals(List.of(4, 3, 3), sizes(split(Collections.nCopies(10, 300), 1300, 1300)));
    assertEquals(List.of(2, 2), sizes(split(Collections.nCopies(4, 500), 1300, 1300)));
  }

  @Test
  void leavesNoItemAloneOnASlideWhenItCanBeHelped() {
    assertEquals(List.of(3, 2), sizes(split(Collections.nCopies(5, 300), 1300, 1300)));
    assertEquals(List.of(List.of(1000, 100, 100), List.of(100, 1000)),
        split(List.of(1000, 100, 100, 100, 1000), 1300, 1300));
  }

  @Test
  void leavesASingleItemAloneOnlyWhenItMust() {
    assertEquals(List.of(List.of(200, 200), List.of(200, 600)), split(List.of(200, 200, 200, 600), 1000, 1000));
  }

  @Test
  void evensOutTheHeightsNotTheCounts() {
    assertEquals(List.of(List.of(200, 200, 200), List.of(300, 300)), split(List.of(200, 200, 200, 300, 300), 1000, 1000));
  }

  @Test
  void leavesLessRoomOnTheFirstSlideWhenItCarriesMoreThanTheList() {
    assertEquals(List.of(List.of(400), List.of(400, 400)), split(List.of(400, 400, 400), 500, 1300));
  }

  @Test
  void putsAnItemLargerThanASlideOnASlideOfItsOwn() {
    assertEquals(List.of(List.of(100), List.of(2000), List.of(100)), split(List.of(100, 2000, 100), 1300, 1300));
  }

  /**
   * Against every split of short random lists: none has fewer slides, fewer items alone, fewer thin
   * continuations or a less full fullest slide.
   */
  @Test
  void findsTheBestOfEverySplit() {
    Random random = new Random(7);
    for (int trial = 0; trial < 500; trial++) {
      List<Integer> heights = random.ints(1 + random.nextInt(9), 50, 700).boxed().toList();
      int firstRoom = 600 + random.nextInt(700);
      List<List<Integer>> found = split(heights, firstRoom, 1000);
      assertTrue(fits(found, firstRoom), heights + " " + found);
      for (List<List<Integer>> other : allSplits(heights)) {
        if (!fits(other, firstRoom)) {
          continue;
        }
        assertTrue(found.size() <= other.size(), heights + ": " + found + " has more slides than " + other);
        if (other.size() == found.size()) {
          assertTrue(singles(found) <= singles(other), heights + ": " + found + " vs " + other);
          if (singles(found) == singles(other)) {
            assertTrue(thin(found) <= thin(other), heights + ": " + found + " has a thinner continuation than " + other);
          }
          if (singles(found) == singles(other) && thin(found) == thin(other)) {
            assertTrue(fullest(found, firstRoom) <= fullest(other, firstRoom) + 1e-9, heights + ": " + found + " vs " + other);
          }
        }
      }
    }
  }

  private static boolean fits(List<List<Integer>> slides, int firstRoom) {
    for (int s = 0; s < slides.size(); s++) {
      if (slides.get(s).size() > 1 && sum(slides.get(s)) > (s == 0 ? firstRoom : 1000)) {
        return false;
      }
    }
    return true;
  }

  private static long singles(List<List<Integer>> slides) {
    int items = slides.stream().mapToInt(List::size).sum();
    return IntStream.range(0, slides.size()).filter(s -> items > 1 && slides.get(s).size() == 1
).count();
  }

  /** Continuation slides that carry less than half of the slide before them. */
  private static long thin(List<List<Integer>> slides) {
    return IntStream.range(1, slides.size()).filter(s -> 2 * sum(slides.get(s)) < sum(slides.get(s - 1))).count();
  }

  private static double fullest(List<List<Integer>> slides, int firstRoom) {
    return IntStream.range(0, slides.size())
        .mapToDouble(s -> sum(slides.get(s)) / (double) (s == 0 ? firstRoom : 1000)).max().orElse(0);
  }

  private static int sum(List<Integer> slide) {
    return slide.stream().mapToInt(Integer::intValue).sum();
  }

  private static List<List<List<Integer>>> allSplits(List<Integer> heights) {
    List<List<List<Integer>>> all = new ArrayList<>();
    for (int cuts = 0; cuts < 1 << (heights.size() - 1); cuts++) {
      List<List<Integer>> slides = new ArrayList<>();
      int start = 0;
      for (int i = 1; i <= heights.size(); i++) {
        if (i == heights.size() || (cuts & 1 << (i - 1)) != 0) {
          slides.add(heights.subList(start, i));
          start = i;
        }
      }
      all.add(slides);
    }
    return all;
  }

  @Test
  void splitsALongListInOnePassOverIt() {
    List<List<Integer>> slides = split(Collections.nCopies(20_000, 100), 1000, 1000);
    assertEquals(2000, slides.size());
    assertEquals(List.of(10), sizes(slides).stream().distinct().toList());
  }
}
