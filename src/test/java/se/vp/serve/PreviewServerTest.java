package se.vp.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vp.TestPlan;
import se.vp.Vp;

/**
 * vp:serve as a page sees it: the first render shown, a save that gives a finding pushed to the
 * open page, the last good handlingar kept, and nothing served but output/'s handlingar, only on
 * the loopback address.
 */
class PreviewServerTest {

  private static final Duration WAIT = Duration.ofSeconds(120);

  @TempDir
  static Path root;

  private static PreviewServer server;
  private static final BlockingQueue<PreviewServer.Rendered> RENDERED = new LinkedBlockingQueue<>();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  static void start() throws Exception {
    Vp.Render render = ServedProject.create(root);
    server = PreviewServer.start(new PreviewServer.Settings(render, 0), RENDERED::add);
    PreviewServer.Rendered checked = RENDERED.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertEquals(1, checked.number());
    assertFalse(checked.documents());
    assertEquals(0, checked.outcome().errors(), checked.outcome().findings().toString());
    PreviewServer.Rendered rendered = RENDERED.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertEquals(2, rendered.number());
    assertTrue(rendered.documents());
    assertEquals(0, rendered.outcome().errors(), rendered.outcome().findings().toString());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void thePageShowsTheFindingsAndEveryHandlingWithItsPages() throws Exception {
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    String html = page.body();
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"sv\">"), html);
    assertTrue(html.contains("0 fel, " + TestPlan.COMMITTED_WARNINGS + " varningar"), html);
    // Each warning opens its file at its line in VS Code.
    assertTrue(html.matches("(?s).*<a href=\"vscode://file/[^\"]*/plan-source/[^\"]*\\.yaml:[0-9]+:[0-9]+\">rad .*"),
        html);
    for (String document : List.of("Bildspelet (PDF", "Sammanställningen (Word", "Beslutsunderlaget (PDF")) {
      assertTrue(html.contains(document), document);
    }
    assertTrue(html.contains("alt=\"Bildspelet, bild 1 av "), html);
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));

    HttpResponse<byte[]> picture = getBytes("/sida/bildspel.pdf/1.png");
    assertEquals(200, picture.statusCode());
    assertEquals("image/png", picture.headers().firstValue("Content-Type").orElse(""));
    assertEquals(404, getBytes("/sida/bildspel.pdf/999.png").statusCode());
    HttpResponse<byte[]> pdf = getBytes("/filer/bildspel.pdf");
    assertEquals(200, pdf.statusCode());
    assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
  }

  @Test
  void aSaveIsRenderedAndPushedToTheOpenPageAndAnErrorKeepsTheLastGoodHandlingar() throws Exception {
    EventStream stream = EventStream.open(server.address());
    BlockingQueue<String> events = stream.lines();
    assertEquals("event: klar", events.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
    events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    Path bildspel = root.resolve("output/bildspel.pdf");
    byte[] good = Files.readAllBytes(bildspel);
    RENDERED.clear();

    Path plan = root.resolve("plan-source/plan.yaml");
    String text = Files.readString(plan);
    Files.writeString(plan, text.replace("status: förslag", "status: utkastet"));

    assertEquals("event: renderar", events.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
    events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertEquals("event: klar", events.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
    String done = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertTrue(done.matches("data: [0-9]+ Kontrollerad kl\\. .* 1 fel, .*"), done);
    String content = get("/innehall").body();
    assertTrue(content.contains("Planen har ett fel"), content);
    assertTrue(content.contains("utkastet"), content);
    assertTrue(content.matches("(?s).*vscode://file/[^\"]*/plan-source/plan\\.yaml:[0-9]+:[0-9]+.*"), content);
    assertTrue(content.contains("Bildspelet (PDF"), "the last good deck is still offered: " + content);
    assertEquals(List.of(good.length), List.of(Files.readAllBytes(bildspel).length));

    Files.writeString(plan, text);
    PreviewServer.Rendered fixed;
    do {
      fixed = RENDERED.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    } while (fixed != null && (fixed.outcome().errors() > 0 || !fixed.documents()));
    assertEquals(0, fixed.outcome().errors());
    stream.close();
  }

  @Test
  void servesNothingButTheHandlingarInOutput() throws Exception {
    Files.writeString(root.resolve("hemlig.txt"), "hemligt");
    Path output = root.resolve("output");
    Files.createSymbolicLink(output.resolve("länk.pdf"), root.resolve("plan-source/plan.yaml"));
    Files.createSymbolicLink(output.resolve("mapp"), root.resolve("plan-source"));
    for (String path : List.of("/filer/../hemlig.txt", "/filer/%2e%2e/hemlig.txt", "/filer/..%2fhemlig.txt",
        "/filer//etc/passwd", "/filer/%2Fetc%2Fpasswd", "/filer/.vp-lås", "/filer/l%C3%A4nk.pdf",
        "/filer/mapp/plan.yaml", "/filer/..\\hemlig.txt", "/filer/bildspel.pdf%00.txt", "/sida/l%C3%A4nk.pdf/1.png",
        "/_vp/../../../../etc/passwd", "/plan-source/plan.yaml", "/filer/C:/Windows/win.ini")) {
      int status = rawStatus(path, "127.0.0.1:" + server.address().getPort());
      assertTrue(status == 404 || status == 400, path + " gave " + status);
    }
  }

  @Test
  void answersOnlyOnLoopbackAndOnlyToItsOwnName() throws Exception {
    int port = server.address().getPort();
    assertEquals(200, rawStatus("/", "localhost:" + port));
    // A page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) is refused.
    assertEquals(403, rawStatus("/", "preview.example.com:" + port));
    assertEquals(403, rawStatus("/filer/bildspel.pdf", "127.0.0.1.example.com:" + port));
    assertEquals(405, CLIENT.send(request("/").POST(HttpRequest.BodyPublishers.ofString("x")).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode());
    for (InetAddress address : NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses).toList()) {
      if (!address.isLoopbackAddress() && address instanceof Inet4Address) {
        assertThrows(ConnectException.class, () -> {
          try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
          }
        }, "reachable on " + address);
      }
    }
  }

  /** The status of a GET sent as written, path and Host header unchanged, as a hostile page could send it. */
  private static int rawStatus(String path, String host) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      assertFalse(statusLine.isEmpty(), "no answer for " + path);
      return Integer.parseInt(statusLine.substring(9, 12));
    }
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(server.address() + path.substring(1))).timeout(WAIT);
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return CLIENT.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    return CLIENT.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
