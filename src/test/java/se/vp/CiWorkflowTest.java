package se.vp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What the GitHub workflows promise in their comments and SECURITY.md: the job that runs a pull
 * request's code can only read and leaves no token on disk; every step that runs Maven runs with
 * workflow commands stopped; the job that may write a comment runs nothing from the pull request;
 * every action is pinned by full commit SHA and kept current by Dependabot.
 */
class CiWorkflowTest {

  private static final Path WORKFLOWS = Path.of(".github/workflows");

  private static final Pattern PINNED = Pattern.compile("[\\w.-]+/[\\w.-]+@[0-9a-f]{40} # v[0-9]+(\\.[0-9]+)*");

  private static final String STOP_COMMANDS =
      "token=\"$(cat /proc/sys/kernel/random/uuid)\"; echo \"::stop-commands::$token\"; trap 'echo \"::$token::\"' EXIT\n";

  @Test
  void theJobThatRunsThePullRequestsCodeCanOnlyReadAndKeepsNoToken() throws IOException {
    Map<String, Object> vp = load("vp.yml");
    assertEquals(Map.of("contents", "read"), vp.get("permissions"));
    for (Map<String, Object> job : jobs(vp)) {
      assertEquals(Map.of("contents", "read"), job.get("permissions"), job.toString());
      for (Map<String, Object> step : steps(job)) {
        if (String.valueOf(step.get("uses")).startsWith("actions/checkout@")) {
          assertEquals(false, with(step).get("persist-credentials"), step.toString());
        }
      }
    }
    assertFalse(Pattern.compile(":\\s*write\\b").matcher(text("vp.yml")).find(), "vp.yml asks for no write permission");
  }

  @Test
  void everyStepThatRunsMavenRunsWithWorkflowCommandsStopped() throws IOException {
    int maven = 0;
    for (Map<String, Object> job : jobs(load("vp.yml"))) {
      for (Map<String, Object> step : steps(job)) {
        String run = String.valueOf(step.getOrDefault("run", ""));
        if (run.contains("mvn ")) {
          maven++;
          assertTrue(run.startsWith(STOP_COMMANDS), step.get("name") + ":\n" + run);
        }
      }
    }
    assertEquals(5, maven, "install, validate, fmt, render, diff");
  }

  @Test
  void theJobThatCommentsRunsNothingFromThePullRequest() throws IOException {
    Map<String, Object> comment = load("vp-comment.yml");
    assertEquals(List.of("workflow_run"), List.copyOf(map(comment.get("on")).keySet()));
    assertEquals(Map.of(), comment.get("permissions"));
    for (Map<String, Object> job : jobs(comment)) {
      assertEquals(Map.of("actions", "read", "pull-requests", "write"), job.get("permissions"));
      for (Map<String, Object> step : steps(job)) {
        assertFalse(step.containsKey("run"), "no shell step: " + step);
        String uses = String.valueOf(step.get("uses"));
        assertTrue(uses.startsWith("actions/download-artifact@") || uses.startsWith("actions/github-script@"), uses);
      }
    }
    String text = text("vp-comment.yml");
    assertFalse(text.contains("actions/checkout"), "no checkout");
    assertFalse(text.contains("${{ github.event.workflow_run.head") || text.contains("${{ github.event.pull_request"),
        "no value from the pull request in an expression");
  }

  @Test
  void everyActionIsPinnedByFullCommitShaWithItsVersion() throws IOException {
    List<String> uses = new ArrayList<>();
    try (Stream<Path> files = Files.list(WORKFLOWS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yml")).toList()) {
        for (String line : Files.readAllLines(file)) {
          String trimmed = line.strip();
          if (trimmed.startsWith("uses:") || trimmed.startsWith("- uses:")) {
            String action = trimmed.substring(trimmed.indexOf("uses:") + 5).strip();
            uses.add(action);
            assertTrue(PINNED.matcher(action).matches(), file + ": " + action);
          }
        }
      }
    }
    assertTrue(uses.size() >= 6, uses.toString());
    Map<String, Object> dependabot = new Load(LoadSettings.builder().build()).loadFromString(
        Files.readString(Path.of(".github/dependabot.yml"))) instanceof Map<?, ?> m ? cast(m) : Map.of();
    List<Object> ecosystems = ((List<?>) dependabot.get("updates")).stream().map(u -> map(u).get("package-ecosystem"))
        .map(Object.class::cast).toList();
    assertEquals(List.of("github-actions", "maven"), ecosystems);
  }

  /**
   * A merge request's pipeline runs the merge request's own .gitlab-ci.yml and code, so no job of
   * it may see the token with scope api: only the job note, and only in a scheduled pipeline on
   * the protected default branch.
   */
  @Test
  void onGitLabOnlyAScheduledJobOnTheProtectedDefaultBranchSeesTheToken() throws IOException {
    String text = Files.readString(Path.of(".gitlab-ci.yml"));
    Map<String, Object> ci = map(new Load(LoadSettings.builder().build()).loadFromString(text));
    List<String> using = new ArrayList<>();
    for (Map.Entry<String, Object> entry : ci.entrySet()) {
      Map<String, Object> job = map(entry.getValue());
      if (!job.containsKey("script")) {
        continue;
      }
      if (String.valueOf(job.get("script")).contains("VP_GITLAB_TOKEN")) {
        using.add(entry.getKey());
        assertEquals(List.of(Map.of("if", "$CI_PIPELINE_SOURCE == \"schedule\" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"
            + " && $CI_COMMIT_REF_PROTECTED == \"true\"")), job.get("rules"), entry.getKey());
      } else {
        assertTrue(String.valueOf(job.get("rules")).contains("$CI_PIPELINE_SOURCE == \"schedule\", when=never"),
            entry.getKey() + " runs the merge request's code and must not run in the schedule");
      }
    }
    assertEquals(List.of("note"), using);
    assertTrue(Files.readString(Path.of(".ci/gitlab-notes.sh")).contains("VP_GITLAB_TOKEN"));
  }

  private static Map<String, Object> load(String workflow) throws IOException {
    return map(new Load(LoadSettings.builder().build()).loadFromString(text(workflow)));
  }

  private static String text(String workflow) throws IOException {
    return Files.readString(WORKFLOWS.resolve(workflow));
  }

  private static List<Map<String, Object>> jobs(Map<String, Object> workflow) {
    return map(workflow.get("jobs")).values().stream().map(CiWorkflowTest::map).toList();
  }

  private static List<Map<String, Object>> steps(Map<String, Object> job) {
    return ((List<?>) job.get("steps")).stream().map(CiWorkflowTest::map).toList();
  }

  private static Map<String, Object> with(Map<String, Object> step) {
    return step.containsKey("with") ? map(step.get("with")) : Map.of();
  }

  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? cast(m) : Map.of();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> m) {
    return (Map<String, Object>) m;
  }
}
