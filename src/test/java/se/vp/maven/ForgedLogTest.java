package se.vp.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;

/**
 * Keys and file names come from pull requests and CI reads the log line by line: whatever they
 * hold, every finding, note and failure is one line of vp's own, and no line of the log is a
 * workflow command or a finding the plan wrote.
 */
class ForgedLogTest {

  /** A line break, then what a proposal would like the CI log to say. */
  private static final String FORGED = "\n::add-mask::hemlighet\r::warning file=plan-source/plan.yaml,line=1::förfalskad"
      + "\u2028[ERROR] plan-source/plan.yaml:1:1: fel: förfalskat fynd [VP001]\u0085::stop-commands::x\u202e";

  /** Where the runner, a terminal or GitHub's log viewer starts a new line. */
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\n\r\u000b\f\u0085\u2028\u2029]");

  @TempDir Path project;

  @Test
  void aForgedKeyOrFileNameWritesNoLineOfItsOwnInVpValidate() throws IOException {
    TestPlan plan = forged();
    List<String> log = new ArrayList<>();
    ValidateMojo mojo = mojo(new ValidateMojo(), plan, log);
    failed(log, "validate", assertThrows(MojoFailureException.class, mojo::execute));
    assertOnlyVpLines(log);
    assertTrue(log.stream().anyMatch(l -> l.startsWith("[ERROR] plan-source/plan.yaml:8:1: fel: okänd nyckel 'x⟨U+000A⟩")),
        String.join("\n", log));
  }

  @Test
  void aForgedFileNameWritesNoLineOfItsOwnInVpFmt() throws IOException {
    TestPlan plan = forged();
    List<String> log = new ArrayList<>();
    FmtMojo mojo = mojo(new FmtMojo(), plan, log);
    mojo.check = true;
    try {
      mojo.execute();
    } catch (MojoFailureException | MojoExecutionException e) {
      failed(log, "fmt", e);
    }
    assertOnlyVpLines(log);
  }

  /**
   * A key with line breaks (YAML writes them as escapes in a quoted key) and a file whose name holds
   * every kind of line break and a bidi control.
   */
  @Test
  void anInternalErrorQuotingThePlanIsOneLineInEveryMessageMavenPrints() {
    List<String> log = new ArrayList<>();
    RuntimeException internal = new IllegalStateException("vp wrote YAML it cannot read back:\n" + FORGED,
        new IllegalArgumentException("nyckel" + FORGED));
    Throwable shown = OneLineException.of(internal);
    failed(log, "fmt", new MojoExecutionException("vp stötte på ett internt fel", shown));
    assertOnlyVpLines(log);
    assertEquals(internal.getStackTrace()[0], shown.getStackTrace()[0]);
    assertTrue(shown.getCause().toString().startsWith("java.lang.IllegalArgumentException: nyckel⟨U+000A⟩::add-mask::"),
        shown.getCause().toString());
  }

  private TestPlan forged() throws IOException {
    // Within the 100 characters of a key (VP023), and with line feeds only: the reader refuses a
    // carriage return written as an escape (VP026) before any message could quote the key.
    String key = "x\\n::add-mask::h\\n::warning file=p,line=1::f\\n[ERROR] plan-source/plan.yaml:1:1: fel: f [VP001]";
    return TestPlan.minimal(project)
        .edit("plan.yaml", "status: utkast\n", "status: utkast\n\"" + key + "\": 1\n")
        .with("uppdrag/a" + FORGED + ".yaml", "text:   ej formaterad\n");
  }

  private <M extends VpMojo> M mojo(M mojo, TestPlan plan, List<String> log) {
    mojo.planSource = plan.planSource().toFile();
    mojo.basedir = project.toFile();
    mojo.templates = project.resolve("templates").toFile();
    mojo.output = project.resolve("output").toFile();
    mojo.setLog(new Lines(log));
    return mojo;
  }

  /**
   * What Maven prints for a goal that failed: its message and the message of every cause behind
   * it, on one [ERROR] line; with -e, each exception's toString() in the stack trace.
   */
  private static void failed(List<String> log, String goal, Exception e) {
    StringBuilder line = new StringBuilder("[ERROR] Failed to execute goal se.vp:vp-maven-plugin:" + goal
        + " (default-cli) on project p: ");
    for (Throwable t = e; t != null; t = t.getCause()) {
      line.append(t.getMessage()).append(": ");
      log.add("[ERROR] " + t);
    }
    log.add(line + "-> [Help 1]");
  }

  /** Every line of the log is one of vp's: no workflow command, no finding that vp did not make. */
  private static void assertOnlyVpLines(List<String> log) {
    List<String> lines = log.stream().flatMap(LINE_BREAK::splitAsStream).toList();
    String all = String.join("\n", lines);
    assertEquals(log.size(), lines.size(), all);
    for (String line : lines) {
      assertTrue(line.matches("\\[(DEBUG|INFO|WARNING|ERROR)\\] .*"), line + "\n\n" + all);
      assertTrue(!line.startsWith("[ERROR] plan-source/plan.yaml:1:1"), line + "\n\n" + all);
      assertTrue(!line.contains("\u202e"), line);
    }
  }

  /** Maven's batch-mode console: "[LEVEL] " before each message, a throwable's trace after it. */
  private record Lines(List<String> log) implements Log {
    private void add(String level, CharSequence content, Throwable error) {
      log.add("[" + level + "] " + (content == null ? "" : content));
      for (Throwable t = error; t != null; t = t.getCause()) {
        log.add("[" + level + "] " + t);
      }
    }

    @Override public boolean isDebugEnabled() { return true; }
    @Override public void debug(CharSequence content) { add("DEBUG", content, null); }
    @Override public void debug(CharSequence content, Throwable error) { add("DEBUG", content, error); }
    @Override public void debug(Throwable error) { add("DEBUG", null, error); }
    @Override public boolean isInfoEnabled() { return true; }
    @Override public void info(CharSequence content) { add("INFO", content, null); }
    @Override public void info(CharSequence content, Throwable error) { add("INFO", content, error); }
    @Override public void info(Throwable error) { add("INFO", null, error); }
    @Override public boolean isWarnEnabled() { return true; }
    @Override public void warn(CharSequence content) { add("WARNING", content, null); }
    @Override public void warn(CharSequence content, Throwable error) { add("WARNING", content, error); }
    @Override public void warn(Throwable error) { add("WARNING", null, error); }
    @Override public boolean isErrorEnabled() { return true; }
    @Override public void error(CharSequence content) { add("ERROR", content, null); }
    @Override public void error(CharSequence content, Throwable error) { add("ERROR", content, error); }
    @Override public void error(Throwable error) { add("ERROR", null, error); }
  }
}
