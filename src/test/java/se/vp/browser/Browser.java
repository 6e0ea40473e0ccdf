package se.vp.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for tests, as a person reads a page: Debian's headless Chromium driven through
 * its own chromedriver, both given by path so that Selenium Manager never looks for or downloads
 * anything. The system properties vp.chromium and vp.chromedriver name others; else
 * /usr/bin/chromium and /usr/bin/chromedriver, or chromium, chromium-browser or google-chrome and
 * chromedriver on the PATH (as GitHub's Ubuntu runners have Chrome and its driver). Without them
 * the test is skipped, unless VP_REQUIRE_TOOLS=true (as .ci/run and the workflow set it), when it
 * fails. Each browser has a fresh profile under target/ and no network of its own beyond
 * what a page asks for.
 *
 * <pre>
 * try (Browser browser = Browser.start()) {
 *   browser.open(page);
 *   assertEquals(List.of(), browser.axeViolations());
 * }
 * </pre>
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = find("vp.chromium", "/usr/bin/chromium", "chromium", "chromium-browser",
      "google-chrome");
  private static final Path CHROMEDRIVER = find("vp.chromedriver", "/usr/bin/chromedriver", "chromedriver");
  private static final Path PROFILES = Path.of("target", "browser");
  /** The WCAG 2.1 A and AA rules, which the DOS law asks of a Swedish public body's site. */
  public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static String axe;

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** A headless Chromium at 1280 × 1024; closing it ends the browser and its driver. */
  public static Browser start() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      if ("true".equals(System.getenv("VP_REQUIRE_TOOLS"))) {
        fail("VP_REQUIRE_TOOLS is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
      }
      Assumptions.abort(CHROMIUM + " or " + CHROMEDRIVER + " is missing: install chromium and chromium-driver");
    }
    // Selenium logs every session's start and its CDP version guesses through java.util.logging.
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    try {
      Files.createDirectories(PROFILES);
      Path profile = Files.createTempDirectory(PROFILES.toAbsolutePath(), "profil-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--window-size=1280,1024", "--user-data-dir=" + profile);
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
          .withSilent(true).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
      return new Browser(driver, profile);
    } catch (IOException e) {
      throw new IllegalStateException("no profile folder under " + PROFILES, e);
    } catch (WebDriverException e) {
      if ("true".equals(System.getenv("VP_REQUIRE_TOOLS"))) {
        throw e;
      }
      Assumptions.abort("Chromium cannot be started: " + e.getMessage().lines().findFirst().orElse(""));
      throw e;
    }
  }

  /** The program the property names, else the first of the path and the names on the PATH that can be run. */
  private static Path find(String property, String path, String... names) {
    String named = System.getProperty(property, "");
    if (!named.isBlank()) {
      return Path.of(named);
    }
    List<Path> candidates = new ArrayList<>(List.of(Path.of(path)));
    for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      for (String name : names) {
        if (!folder.isBlank()) {
          candidates.add(Path.of(folder, name));
        }
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst().orElse(Path.of(path));
  }

  /** Loads the address and waits for the page to be loaded. */
  public Browser open(URI address) {
    driver.get(address.toString());
    return this;
  }

  public Browser open(Path file) {
    return open(file.toAbsolutePath().toUri());
  }

  /** The address the browser shows, after any redirect or followed link. */
  public URI address() {
    return URI.create(driver.getCurrentUrl());
  }

  public String title() {
    return driver.getTitle();
  }

  /** The text of the page as it is shown: what is hidden is left out. */
  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Runs the script's body in the page ({@code return …;} gives a value): a String, Long, Boolean, List or Map. */
  public Object evaluate(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Waits until the expression is true in the page, failing after the time. */
  public Browser waitUntil(String expression, Duration time) {
    new WebDriverWait(driver, time).until(d -> Boolean.TRUE.equals(evaluate("return !!(" + expression + ");")));
    return this;
  }

  /** Follows the link whose text is exactly the given, as a click would. */
  public Browser click(String linkText) {
    driver.findElement(By.linkText(linkText)).click();
    return this;
  }

  /** The page as PNG, as it is shown now. */
  public byte[] screenshot() {
    return driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
  }

  /**
   * What axe-core finds on the page against the WCAG 2.1 A and AA rules: one line per violation, its
   * rule id, impact and help, and the CSS selector of each element. Empty for an accessible page.
   */
  public List<String> axeViolations() {
    return axeViolations(WCAG_21_AA);
  }

  @SuppressWarnings("unchecked")
  public List<String> axeViolations(List<String> tags) {
    evaluate(axeSource());
    Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
          .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,
              nodes: v.nodes.map(n => n.target.join(' '))}))))
          .catch(e => done([{id: 'axe-fel', impact: '', help: String(e), nodes: []}]));
        """, tags);
    List<String> violations = new ArrayList<>();
    for (Map<String, Object> v : (List<Map<String, Object>>) result) {
      violations.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " " + v.get("nodes"));
    }
    return violations;
  }

  private static synchronized String axeSource() {
    if (axe == null) {
      try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
        if (in == null) {
          throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core)");
        }
        axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return axe;
  }

  /** Ends the browser and its driver, and removes its profile. */
  @Override
  public void close() {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException | UncheckedIOException e) {
      // A profile left behind lies in target/ and goes with the next clean.
    }
  }
}
