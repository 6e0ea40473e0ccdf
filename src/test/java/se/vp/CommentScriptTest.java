package se.vp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The script of .github/workflows/vp-comment.yml, run by node against a GitHub played by this
 * test: the pull request comes from the event and must still have the reported head; the report
 * is a regular file of bounded size; only github-actions[bot]'s own comment is updated.
 */
class CommentScriptTest {

  private static final String MARKER = "<!-- vp:diff -->";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A mock of github-script's github, context and core around the workflow's script. */
  private static final String HARNESS = """
      const fs = require('fs');
      const scenario = JSON.parse(fs.readFileSync(process.env.SCENARIO, 'utf8'));
      const calls = [];
      const core = { info: m => calls.push(['info', m]), setFailed: m => calls.push(['failed', m]) };
      const context = { repo: { owner: 'o', repo: 'r' }, payload: { workflow_run: scenario.run } };
      const github = {
        paginate: async (fn, args) => (await fn(args)).data,
        rest: {
          pulls: {
            list: async args => { calls.push(['list', args.head, args.state]); return { data: scenario.open || [] }; },
            get: async ({ pull_number }) => ({ data: scenario.prs[pull_number] }),
          },
          issues: {
            listComments: async () => ({ data: scenario.comments || [] }),
            updateComment: async ({ comment_id, body }) => { calls.push(['update', comment_id, body]); },
            createComment: async ({ issue_number, body }) => {
              calls.push(['create', issue_number, body]); return { data: { html_url: 'u' } };
            },
          },
        },
      };
      (async () => {
      SCRIPT
      })().then(() => console.log(JSON.stringify(calls)), e => { console.error(e); process.exit(2); });
      """;

  @TempDir Path dir;

  @Test
  void updatesItsOwnCommentOnThePullRequestTheEventNames() throws Exception {
    JsonNode calls = run(report(MARKER + "\n### Ändringar\n"), Map.of(
        "run", run(List.of(Map.of("number", 5)), "abc"),
        "prs", Map.of("5", pr("abc")),
        "comments", List.of(
            Map.of("id", 1, "user", Map.of("login", "mallory"), "body", MARKER + " förfalskad"),
            Map.of("id", 2, "user", Map.of("login", "github-actions[bot]"), "body", MARKER + "\nförra"))));
    assertEquals(JSON.readTree("[\"update\",2,\"" + MARKER + "\\n### Ändringar\\n\"]"), posted(calls));
  }

  @Test
  void findsAForksPullRequestByItsHeadAndPostsANewComment() throws Exception {
    JsonNode calls = run(report("### Utan markör\n"), Map.of(
        "run", Map.of("pull_requests", List.of(), "head_sha", "abc", "head_branch", "main",
            "head_repository", Map.of("owner", Map.of("login", "forkaren")), "html_url", "https://example/run"),
        "open", List.of(Map.of("number", 7)),
        "prs", Map.of("7", pr("abc"))));
    assertEquals(JSON.readTree("[\"list\",\"forkaren:main\",\"open\"]"), calls.get(0));
    assertEquals(JSON.readTree("[\"create\",7,\"" + MARKER + "\\n### Utan markör\\n\"]"), posted(calls));
  }

  @Test
  void leavesAPullRequestWhoseHeadHasMovedOn() throws Exception {
    JsonNode calls = run(report(MARKER + "\n"), Map.of(
        "run", run(List.of(Map.of("number", 5)), "abc"), "prs", Map.of("5", pr("nyare"))));
    assertEquals(null, posted(calls), calls.toString());
  }

  @Test
  void refusesAReportThatIsALinkOrTooLarge() throws Exception {
    Path target = Files.writeString(dir.resolve("hemlig.txt"), "hemlighet");
    Path link = Files.createSymbolicLink(dir.resolve("comment.md"), target);
    Map<String, Object> scenario = Map.of("run", run(List.of(Map.of("number", 5)), "abc"), "prs", Map.of("5", pr("abc")));
    JsonNode calls = run(link, scenario);
    assertEquals(null, posted(calls), calls.toString());
    assertEquals("failed", calls.get(0).get(0).asText(), calls.toString());
    Files.delete(link);
    calls = run(report(MARKER + "\n" + "x".repeat(300 * 1024)), scenario);
    assertEquals(null, posted(calls), calls.toString());
    assertEquals("failed", calls.get(0).get(0).asText(), calls.toString());
  }

  @Test
  void postsAShortNoteForAReportLongerThanACommentMayBe() throws Exception {
    JsonNode calls = run(report(MARKER + "\n" + "å".repeat(70_000)), Map.of(
        "run", run(List.of(Map.of("number", 5)), "abc"), "prs", Map.of("5", pr("abc"))));
    String body = posted(calls).get(2).asText();
    assertTrue(body.startsWith(MARKER + "\nÄndringarna är för långa") && body.length() < 1000, body);
  }

  /** Issue 13: a report vp:diff shortened to fit gets a link to the run, whose artifact holds the whole report. */
  @Test
  void linksAShortenedReportToTheRunsArtifacts() throws Exception {
    String shortened = MARKER + "\n<!-- vp:diff förkortad -->\n### Ändringar\n… och 3 ändringar till (3 ändrade).\n";
    JsonNode calls = run(report(shortened), Map.of(
        "run", run(List.of(Map.of("number", 5)), "abc"), "prs", Map.of("5", pr("abc"))));
    String body = posted(calls).get(2).asText();
    assertEquals(shortened + "\n[Hela rapporten: artefakten handlingar på körningen](https://example/run#artifacts)\n", body);
    calls = run(report(MARKER + "\n### Ändringar\n"), Map.of(
        "run", run(List.of(Map.of("number", 5)), "abc"), "prs", Map.of("5", pr("abc"))));
    assertEquals(MARKER + "\n### Ändringar\n", posted(calls).get(2).asText());
  }

  private static Map<String, Object> run(List<Map<String, Object>> pullRequests, String headSha) {
    return Map.of("pull_requests", pullRequests, "head_sha", headSha, "html_url", "https://example/run");
  }

  private static Map<String, Object> pr(String headSha) {
    return Map.of("state", "open", "head", Map.of("sha", headSha), "base", Map.of("repo", Map.of("full_name", "o/r")));
  }

  private Path report(String text) throws IOException {
    return Files.writeString(dir.resolve("comment.md"), text);
  }

  private static JsonNode posted(JsonNode calls) {
    for (JsonNode call : calls) {
      if (call.get(0).asText().equals("create") || call.get(0).asText().equals("update")) {
        return call;
      }
    }
    return null;
  }

  private JsonNode run(Path report, Map<String, Object> scenario) throws IOException, InterruptedException {
    Map<String, Object> workflow = cast(new Load(LoadSettings.builder().build())
        .loadFromString(Files.readString(Path.of(".github/workflows/vp-comment.yml"))));
    String script = null;
    for (Object step : (List<?>) cast(cast(cast(workflow.get("jobs")).get("comment"))).get("steps")) {
      Map<String, Object> with = cast(cast(step).getOrDefault("with", Map.of()));
      script = with.containsKey("script") ? (String) with.get("script") : script;
    }
    Path harness = dir.resolve("harness.cjs");
    Files.writeString(harness, HARNESS.replace("SCRIPT", script));
    Path scenarioFile = dir.resolve("scenario.json");
    JSON.writeValue(scenarioFile.toFile(), scenario);
    ProcessBuilder node = new ProcessBuilder("node", harness.toString()).redirectError(ProcessBuilder.Redirect.INHERIT);
    node.environment().put("SCENARIO", scenarioFile.toString());
    node.environment().put("REPORT", report.toString());
    Process process;
    try {
      process = node.start();
    } catch (IOException e) {
      if ("true".equals(System.getenv("VP_REQUIRE_TOOLS"))) {
        throw new AssertionError("VP_REQUIRE_TOOLS is set but node cannot be run", e);
      }
      assumeTrue(false, "node is not installed here: vp-comment.yml's script is not run (GitHub's runners have it)");
      throw e;
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), out);
    return JSON.readTree(out);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object o) {
    return (Map<String, Object>) o;
  }
}
