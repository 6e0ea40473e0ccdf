package se.vp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * .ci/gitlab-notes.sh against a GitLab API played by this test: it finds each merge request and
 * its report through the API, posts the report as data, updates only its own note, and skips
 * forks and oversized reports.
 */
class GitLabNotesTest {

  private static final String TOKEN = "glpat-test-token";
  private static final String MARKER = "<!-- vp:diff -->";
  /** What a hostile report might hold: shell, Markdown and a forged marker, none of which may run. */
  private static final String REPORT = MARKER + "\n### Ändringar i $(touch PWNED) `touch PWNED2` \"; rm -rf / #\n";

  @TempDir Path dir;
  private HttpServer server;
  private final Map<String, String> get = new HashMap<>();
  private final List<String> sent = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
    get.put("/api/v4/user", "{\"username\":\"project_7_bot\"}");
    get.put("/api/v4/projects/7/merge_requests?state=opened&per_page=100", "[{\"iid\":3},{\"iid\":4},{\"iid\":5}]");
    get.put("/api/v4/projects/7/merge_requests/3", "{\"iid\":3,\"head_pipeline\":{\"id\":11,\"project_id\":7}}");
    get.put("/api/v4/projects/7/pipelines/11/jobs?per_page=100",
        "[{\"id\":20,\"name\":\"validate\",\"status\":\"success\"},{\"id\":21,\"name\":\"render\",\"status\":\"success\"}]");
    get.put("/api/v4/projects/7/jobs/21/artifacts/output/%C3%A4ndringar.md", REPORT);
    // A fork's merge request: its pipeline ran in the fork.
    get.put("/api/v4/projects/7/merge_requests/4", "{\"iid\":4,\"head_pipeline\":{\"id\":12,\"project_id\":99}}");
    // A report beyond 256 KiB.
    get.put("/api/v4/projects/7/merge_requests/5", "{\"iid\":5,\"head_pipeline\":{\"id\":13,\"project_id\":7}}");
    get.put("/api/v4/projects/7/pipelines/13/jobs?per_page=100", "[{\"id\":23,\"name\":\"render\",\"status\":\"success\"}]");
    get.put("/api/v4/projects/7/jobs/23/artifacts/output/%C3%A4ndringar.md", MARKER + "\n" + "x".repeat(300_000));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void postsTheReportAsANoteOnTheMergeRequestTheApiNames() throws Exception {
    get.put("/api/v4/projects/7/merge_requests/3/notes?sort=desc&order_by=updated_at&per_page=100",
        "[{\"id\":90,\"author\":{\"username\":\"mallory\"},\"body\":\"" + MARKER + " förfalskad\"}]");
    String log = run(0);
    assertEquals(List.of("POST /api/v4/projects/7/merge_requests/3/notes " + REPORT), sent, log);
    assertFalse(Files.exists(dir.resolve("PWNED")) || Files.exists(dir.resolve("PWNED2")), "the report ran as code");
    assertTrue(log.contains("!4: ingen pipeline i projektet"), log);
    assertTrue(log.contains("!5: ingen rapport på högst 262144 byte"), log);
    assertFalse(log.contains(TOKEN), log);
  }

  @Test
  void updatesItsOwnNoteOnlyWhenTheReportChanged() throws Exception {
    get.put("/api/v4/projects/7/merge_requests/3/notes?sort=desc&order_by=updated_at&per_page=100",
        "[{\"id\":91,\"author\":{\"username\":\"project_7_bot\"},\"body\":\"" + MARKER + "\\nförra\"}]");
    run(0);
    assertEquals(List.of("PUT /api/v4/projects/7/merge_requests/3/notes/91 " + REPORT), sent);
    sent.clear();
    get.put("/api/v4/projects/7/merge_requests/3/notes?sort=desc&order_by=updated_at&per_page=100",
        "[{\"id\":91,\"author\":{\"username\":\"project_7_bot\"},\"body\":"
        + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(REPORT) + "}]");
    String log = run(0);
    assertEquals(List.of(), sent, log);
    assertTrue(log.contains("!3: kommentaren 91 är aktuell."), log);
  }

  @Test
  void failsWithAClearMessageWhenTheTokenIsRefused() throws Exception {
    get.remove("/api/v4/user");
    String log = run(1);
    assertTrue(log.contains("GitLab tog inte emot VP_GITLAB_TOKEN"), log);
    assertEquals(List.of(), sent);
  }

  private String run(int status) throws IOException, InterruptedException {
    boolean tools = new File("/bin/sh").canExecute() && onPath("curl") && onPath("jq");
    if (!tools && "true".equals(System.getenv("VP_REQUIRE_TOOLS"))) {
      throw new AssertionError("VP_REQUIRE_TOOLS is set but sh, curl or jq is missing");
    }
    assumeTrue(tools,
        "sh, curl or jq missing: .ci/gitlab-notes.sh runs in GitLab's alpine job with all three");
    ProcessBuilder sh = new ProcessBuilder("sh", Path.of(".ci/gitlab-notes.sh").toAbsolutePath().toString())
        .directory(dir.toFile()).redirectErrorStream(true);
    sh.environment().put("CI_API_V4_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v4");
    sh.environment().put("CI_PROJECT_ID", "7");
    sh.environment().put("VP_GITLAB_TOKEN", TOKEN);
    Process process = sh.start();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(status, process.exitValue(), log);
    return log;
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath()
        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
    byte[] out;
    int status = 200;
    if (!TOKEN.equals(exchange.getRequestHeaders().getFirst("PRIVATE-TOKEN"))) {
      status = 401;
      out = "{\"message\":\"401 Unauthorized\"}".getBytes(StandardCharsets.UTF_8);
    } else if (exchange.getRequestMethod().equals("GET")) {
      String body = get.get(path);
      status = body == null ? 404 : 200;
      out = (body == null ? "{\"message\":\"404 Not Found\"}" : body).getBytes(StandardCharsets.UTF_8);
    } else {
      String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      sent.add(exchange.getRequestMethod() + " " + path + " "
          + URLDecoder.decode(form.substring(form.indexOf("body=") + 5), StandardCharsets.UTF_8));
      out = "{\"id\":95}".getBytes(StandardCharsets.UTF_8);
    }
    exchange.sendResponseHeaders(status, out.length);
    exchange.getResponseBody().write(out);
    exchange.close();
  }

  private static boolean onPath(String command) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(folder, command))) {
        return true;
      }
    }
    return false;
  }
}
