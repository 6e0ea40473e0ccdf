package se.vp.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  @Test
  void writesPlanTextAsTextInAComment() {
    assertEquals("&lt;img src=x onerror=alert(1)&gt; &#64;alla \\*fet\\* \\[länk\\](https://x) &#35;12 \\`kod\\` a&amp;b",
        MarkdownReport.escape("<img src=x onerror=alert(1)> @alla *fet* [länk](https://x) #12 `kod` a&b"));
  }

  @Test
  void keepsAReportOnOneLinePerField() {
    assertEquals("första andra", MarkdownReport.escape("första\nandra"));
  }
}
