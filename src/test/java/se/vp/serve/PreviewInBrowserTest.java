package se.vp.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.Vp;
import se.vp.browser.Browser;

/**
 * vp:serve as a person uses it: the page open in a real browser, a file saved, and the new text and
 * a new finding on the page without a reload; the page passes axe-core's WCAG 2.1 AA rules with the
 * plan right and with the plan wrong.
 */
class PreviewInBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(120);

  @TempDir
  Path root;

  @Test
  void aSaveShowsTheNewTextAndTheNewFindingWithoutAReload() throws Exception {
    Vp.Render render = ServedProject.create(root);
    BlockingQueue<PreviewServer.Rendered> rendered = new LinkedBlockingQueue<>();
    try (PreviewServer server = PreviewServer.start(new PreviewServer.Settings(render, 0), rendered::add);
        Browser browser = Browser.start()) {
      PreviewServer.Rendered done;
      do {
        done = rendered.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
      } while (!done.documents());
      browser.open(server.address());
      browser.waitUntil("document.querySelector('iframe.webb') && document.querySelector('iframe.webb')"
          + ".contentDocument.readyState === 'complete'", WAIT);
      assertEquals(List.of(), browser.axeViolations());
      // The reader goes to the fokusområde's page in the web edition; the page itself is never loaded again.
      browser.evaluate("document.querySelector('iframe.webb').contentWindow.location ="
          + " '/visning/webb/fokusomrade-4-3.html'; window.sammaSida = true;");
      browser.waitUntil("document.querySelector('iframe.webb').contentDocument.body.innerText"
          + ".includes('Att stärka arbetet')", WAIT);

      Path uppdrag = root.resolve("plan-source/uppdrag/branschernas-kompetens.yaml");
      String text = Files.readString(uppdrag);
      Files.writeString(uppdrag, text.replace("Att stärka arbetet", "Att pröva förhandsvisningen och stärka arbetet"));
      browser.waitUntil("window.sammaSida && document.querySelector('iframe.webb').contentDocument.body.innerText"
          + ".includes('Att pröva förhandsvisningen')", WAIT);

      Path plan = root.resolve("plan-source/plan.yaml");
      String planText = Files.readString(plan);
      Files.writeString(plan, planText.replace("status: förslag", "status: förslagen"));
      browser.waitUntil("window.sammaSida && document.querySelector('.fynd').innerText.includes('VP104')", WAIT);
      String findings = (String) browser.evaluate("return document.querySelector('.fynd').innerHTML;");
      assertTrue(findings.contains("plan.yaml:"), findings);
      assertTrue(browser.text().contains("Planen har ett fel"), browser.text());
      assertEquals(List.of(), browser.axeViolations());
    }
  }
}
