package se.vp.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.TimeoutException;

/** The harness itself: it reads what a page shows, runs script, waits, and axe-core finds what it should. */
class BrowserTest {

  private static final String HEAD = "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\">"
      + "<title>Prov</title></head><body><main><h1>Rubrik</h1>";

  @TempDir Path folder;

  @Test
  void readsTheShownTextRunsScriptAndWaitsForAChange() throws Exception {
    Path page = write("vanta.html", HEAD + "<p>Synlig text</p><p hidden>Dold text</p><p id=\"p\"></p>"
        + "<script>setTimeout(() => document.getElementById('p').textContent = 'klar', 300)</script>"
        + "</main></body></html>");
    try (Browser browser = Browser.start()) {
      browser.open(page);
      assertEquals("Prov", browser.title());
      assertTrue(browser.text().contains("Synlig text"));
      assertTrue(!browser.text().contains("Dold text"));
      assertEquals(3L, browser.evaluate("return arguments[0] + 1;", 2));
      browser.waitUntil("document.getElementById('p').textContent === 'klar'", Duration.ofSeconds(10));
      assertTrue(browser.text().contains("klar"));
      assertThrows(TimeoutException.class, () -> browser.waitUntil("false", Duration.ofMillis(300)));
    }
  }

  @Test
  void axeCoreFindsAnImageWithoutTextAndALinkWithoutWordsAndNothingOnACleanPage() throws Exception {
    Path bad = write("brister.html", HEAD + "<img src=\"x.png\"><a href=\"#\"></a></main></body></html>");
    Path good = write("bra.html", HEAD + "<p>Text med <a href=\"bra.html\">en länk</a>.</p></main></body></html>");
    try (Browser browser = Browser.start()) {
      List<String> violations = browser.open(bad).axeViolations();
      assertTrue(violations.stream().anyMatch(v -> v.startsWith("image-alt ")), violations.toString());
      assertTrue(violations.stream().anyMatch(v -> v.startsWith("link-name ")), violations.toString());
      assertTrue(violations.stream().allMatch(v -> v.contains("[")), "each names its elements: " + violations);
      assertEquals(List.of(), browser.open(good).axeViolations());
    }
  }

  private Path write(String name, String html) throws Exception {
    return Files.writeString(folder.resolve(name), html);
  }
}
