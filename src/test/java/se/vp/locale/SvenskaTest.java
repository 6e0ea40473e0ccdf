package se.vp.locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SvenskaTest {

  @Test
  void writesFiguresTheSwedishWayWithNoBreakSpaces() {
    assertEquals("151,3\u00a0Mnkr", Svenska.mnkr(new BigDecimal("151.3")));
    assertEquals("16\u00a0503\u00a0kr", Svenska.kr(new BigDecimal("16503")));
    assertEquals("3,1\u00a0%", Svenska.procent(new BigDecimal("3.1")));
    assertEquals("3,0", Svenska.tal(new BigDecimal("3.0")));
    assertEquals("−2,3", Svenska.tal(new BigDecimal("-2.3")));
  }

  @Test
  void writesDatesInWords() {
    assertEquals("18 november 2025", Svenska.datum(LocalDate.of(2025, 11, 18)));
    assertEquals("4 september 2025", Svenska.datum(LocalDate.of(2025, 9, 4)));
  }

  @Test
  void setsRangesWithAnEnDashAndKeepsASlashOffTheStartOfALine() {
    assertEquals("Andel barn 0–17 år, 25–50 år", Svenska.typografi("Andel barn 0-17 år, 25-50 år"));
    assertEquals("periodrapport jan–juli 2025", Svenska.typografi("periodrapport jan-juli 2025"));
    assertEquals("beslut 2025-09-04, fil 4-1-2", Svenska.typografi("beslut 2025-09-04, fil 4-1-2"));
    assertEquals("kön och\u00a0/eller födelsegrupp", Svenska.typografi("kön och /eller födelsegrupp"));
    assertEquals("life science-sektorn", Svenska.typografi("life science-sektorn"));
  }
}
