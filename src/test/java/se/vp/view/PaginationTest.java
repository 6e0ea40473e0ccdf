package se.vp.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the deck measures a slide's text and splits a list that does not fit one slide. */
class PaginationTest {

  private static List<List<Integer>> delar(List<Integer> sizes, int forsta, int sedan) {
    return Pagination.delar(sizes, size -> size, forsta, sedan);
  }

  @Test
  void choosesTheTextSizeByHowMuchASlideHolds() {
    assertEquals("stor", Pagination.storlek(List.of("x".repeat(400))));
    assertEquals("mellan", Pagination.storlek(List.of("x".repeat(455))));
    assertEquals("liten", Pagination.storlek(List.of("x".repeat(400), "x".repeat(410))));
    assertEquals("minst", Pagination.storlek(List.of("x".repeat(1400))));
  }

  @Test
  void countsALineForEveryItemBesideItsText() {
    assertEquals("stor", Pagination.storlek(Collections.nCopies(11, "")));
    assertEquals("mellan", Pagination.storlek(Collections.nCopies(12, "")));
  }

  @Test
  void keepsAListThatFitsOnOneSlide() {
    assertEquals(List.of(List.of(600, 700)), delar(List.of(600, 700), 1300, 1300));
  }

  @Test
  void givesAnEmptyListOneEmptySlide() {
    assertEquals(List.of(List.of()), delar(List.of(), 1300, 1300));
  }

  @Test
  void splitsEvenlyRatherThanFillingTheFirstSlides() {
    assertEquals(List.of(List.of(300, 300, 300, 300), List.of(300, 300, 300, 300), List.of(300, 300)),
        delar(Collections.nCopies(10, 300), 1300, 1300));
    assertEquals(List.of(List.of(500, 500), List.of(500, 500)), delar(Collections.nCopies(4, 500), 1300, 1300));
  }

  @Test
  void leavesLessRoomOnTheFirstSlideWhenItCarriesMoreThanTheList() {
    assertEquals(List.of(List.of(400), List.of(400, 400)), delar(List.of(400, 400, 400), 500, 1300));
  }

  @Test
  void putsAnItemLargerThanASlideOnASlideOfItsOwn() {
    assertEquals(List.of(List.of(100), List.of(2000), List.of(100)), delar(List.of(100, 2000, 100), 1300, 1300));
  }

  @Test
  void spreadsASummaryEvenlyOverSlidesOfAtMostNine() {
    assertEquals(List.of(), Pagination.jamnt(List.of()));
    assertEquals(List.of(9), Pagination.jamnt(Collections.nCopies(9, 0)).stream().map(List::size).toList());
    assertEquals(List.of(5, 5), Pagination.jamnt(Collections.nCopies(10, 0)).stream().map(List::size).toList());
    assertEquals(List.of(9, 8), Pagination.jamnt(Collections.nCopies(17, 0)).stream().map(List::size).toList());
    assertEquals(List.of(7, 7, 5), Pagination.jamnt(Collections.nCopies(19, 0)).stream().map(List::size).toList());
  }
}
