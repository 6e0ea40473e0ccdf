package se.vp.render.pdf.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleTest {

  @Test
  void endsAndStepsAreRound() {
    Scale scale = Scale.covering(6.07, 6.93, 6);
    assertEquals(List.of("6,0", "6,2", "6,4", "6,6", "6,8", "7,0"), labels(scale));
  }

  @Test
  void ticksAreWrittenAsTheDecimalsTheyAre() {
    assertEquals(List.of("0,0", "0,1", "0,2", "0,3", "0,4", "0,5"), labels(Scale.covering(0, 0.5, 6)));
  }

  @Test
  void aStepOfTwoAndAHalfShowsOneDecimalOnEveryTick() {
    assertEquals(List.of("0,0", "2,5", "5,0", "7,5", "10,0"), labels(Scale.covering(0.4, 9.6, 5)));
  }

  @Test
  void barsMeasureFromZero() {
    Scale scale = Scale.fromZero(146.8, 151.3, 5);
    assertEquals("0", scale.label(scale.min()));
    assertTrue(scale.max().doubleValue() >= 151.3);
  }

  @Test
  void aSingleValueStillHasARangeAroundIt() {
    Scale scale = Scale.covering(6.5, 6.5, 5);
    assertTrue(scale.min().doubleValue() < 6.5 && scale.max().doubleValue() > 6.5, scale.toString());
    Scale zero = Scale.covering(0, 0, 5);
    assertTrue(zero.min().doubleValue() < 0 && zero.max().doubleValue() > 0, zero.toString());
  }

  @Test
  void keepsToItsTicksForAnyRange() {
    double[][] ranges = {{-1e16, 1e16}, {1e-12, 2e-12}, {-1, 1}, {-0.001, 9e15}, {9_999_999_999_999_999d, 1e16},
        {0, 1}};
    for (double[] range : ranges) {
      for (int ticks = 0; ticks <= 7; ticks++) {
        Scale scale = Scale.covering(range[0], range[1], ticks);
        assertTrue(scale.ticks().size() <= Math.max(ticks, 3), scale + " " + ticks);
        assertTrue(scale.min().doubleValue() <= range[0] && scale.max().doubleValue() >= range[1], scale.toString());
      }
    }
  }

  @Test
  void placesAValueBetweenItsEnds() {
    Scale scale = Scale.covering(0, 10, 6);
    assertEquals(0.25, scale.share(2.5), 1e-9);
  }

  private static List<String> labels(Scale scale) {
    return scale.ticks().stream().map(scale::label).toList();
  }
}
