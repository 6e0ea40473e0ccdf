package se.vp.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import se.vp.Outcome;
import se.vp.Vp;

/**
 * vp:serve's server: the preview page on 127.0.0.1, kept up to date while the editor saves. It
 * renders the plan into output/ once at start and again after every change in plan-source/ or
 * templates/, and tells open pages by server-sent events. It answers only on the loopback address
 * and only to requests addressed to it by that address or "localhost" (so a web page elsewhere
 * cannot reach it through a name it points at 127.0.0.1), serves nothing but output/'s handlingar
 * and its own page, and only reads.
 */
public final class PreviewServer implements AutoCloseable {

  /** What the server renders, and on which port; 0 takes a free one. */
  public record Settings(Vp.Render render, int port) {}

  /**
   * A step of a render that ended: its number from 1, how long since the render started, its
   * outcome, and whether it is the render's last step: the documents written, or a check that
   * found the plan unfit to render and so stopped it.
   */
  public record Rendered(int number, Duration took, Outcome outcome, boolean documents) {}

  private static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
      + " connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  /** The handlingar are shown, never run: no script, whatever a template wrote. */
  private static final String FILE_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("pdf", "application/pdf"),
      Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
      Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("xhtml", "application/xhtml+xml; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("md", "text/markdown; charset=utf-8"));
  private static final Set<String> ASSETS = Set.of("forhandsvisning.css", "forhandsvisning.js");
  /** How often an open page is sent a comment, so that pages that went away are noticed. */
  private static final Duration PULSE = Duration.ofSeconds(15);

  private final HttpServer server;
  private final ExecutorService handlers;
  private final ScheduledExecutorService pulse;
  private final Events events = new Events();
  private final OutputFiles output;
  private final OutputFiles forBrowser;
  private final PdfPages pages = new PdfPages();
  private final Path displayBase;
  private final Renders renders;
  private final SourceWatcher watcher;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final URI address;
  private volatile Renders.Snapshot latest;

  private PreviewServer(Settings settings, Consumer<Rendered> rendered) throws IOException {
    Vp.Render render = settings.render();
    this.displayBase = render.project().displayBase();
    this.renders = new Renders(render, () -> events.send("renderar", "Renderar om …"), snapshot -> {
      latest = snapshot;
      events.send("klar", snapshot.number() + " " + PreviewPage.status(snapshot));
      rendered.accept(new Rendered(snapshot.number(), snapshot.took(), snapshot.outcome(), snapshot.documents()));
    });
    this.output = renders.output();
    this.forBrowser = renders.forBrowserOutput();
    this.latest = renders.before();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 0);
    this.handlers = Executors.newFixedThreadPool(4, daemon("vp-serve-http"));
    this.pulse = Executors.newSingleThreadScheduledExecutor(daemon("vp-serve-pulse"));
    server.setExecutor(handlers);
    server.createContext("/", this::handle);
    this.address = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    this.watcher = SourceWatcher.start(List.of(render.project().planSource(), render.templates()), renders::request);
  }

  /** Starts the server and the first render; the page answers at once and shows the render when it ends. */
  public static PreviewServer start(Settings settings, Consumer<Rendered> rendered) throws IOException {
    PreviewServer preview = new PreviewServer(settings, rendered);
    preview.server.start();
    preview.pulse.scheduleAtFixedRate(preview.events::pulse, PULSE.toMillis(), PULSE.toMillis(), TimeUnit.MILLISECONDS);
    preview.renders.start();
    preview.renders.request();
    return preview;
  }

  /** Where the page is: http://127.0.0.1:port/. */
  public URI address() {
    return address;
  }

  /** Waits until {@link #close} was called. */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  /** Stops watching, lets a render under way end so that output/ stays whole, and closes the pages. */
  @Override
  public synchronized void close() {
    if (closed.getCount() == 0) {
      return;
    }
    try {
      watcher.close();
    } catch (IOException e) {
      // Closing the watcher only frees it; nothing is left to do.
    }
    renders.close();
    pulse.shutdownNow();
    events.close();
    server.stop(0);
    handlers.shutdownNow();
    closed.countDown();
  }

  private void handle(HttpExchange exchange) throws IOException {
    boolean streaming = false;
    try {
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
      exchange.getResponseHeaders().set("Cache-Control", "no-cache");
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        text(exchange, 405, "vp:serve tar bara emot GET och HEAD.");
      } else if (!addressedHere(exchange)) {
        text(exchange, 403, "vp:serve svarar bara på adresser till 127.0.0.1 och localhost.");
      } else {
        streaming = route(exchange);
      }
    } finally {
      if (!streaming) {
        exchange.close();
      }
    }
  }

  private boolean addressedHere(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    int port = server.getAddress().getPort();
    return host != null && Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port)
        .contains(host.toLowerCase(java.util.Locale.ROOT));
  }

  /** Answers the request; true when the answer is an event stream, which stays open. */
  private boolean route(HttpExchange exchange) throws IOException {
    Optional<String> path = decoded(exchange.getRequestURI().getRawPath());
    if (path.isEmpty()) {
      text(exchange, 400, "Adressen kan inte läsas.");
      return false;
    }
    String p = path.get();
    PreviewPage.Content content = new PreviewPage.Content(latest, displayBase);
    if (p.equals("/")) {
      send(exchange, 200, TYPES.get("html"), PAGE_POLICY, PreviewPage.page(content, this::count)
          .getBytes(StandardCharsets.UTF_8));
    } else if (p.equals("/innehall")) {
      exchange.getResponseHeaders().set("X-Vp-Rendering", Integer.toString(content.snapshot().number()));
      send(exchange, 200, TYPES.get("html"), PAGE_POLICY, PreviewPage.content(content, this::count)
          .getBytes(StandardCharsets.UTF_8));
    } else if (p.equals("/handelser")) {
      Renders.Snapshot snapshot = latest;
      if (events.open(exchange, "klar", snapshot.number() + " " + PreviewPage.status(snapshot))) {
        return true;
      }
      text(exchange, 503, "För många sidor är öppna mot vp:serve; stäng någon.");
    } else if (p.startsWith("/_vp/") && ASSETS.contains(p.substring(5))) {
      asset(exchange, p.substring(5));
    } else if (p.startsWith("/filer/")) {
      file(exchange, output, p.substring(7));
    } else if (p.startsWith(PreviewPage.FOR_BROWSER)) {
      file(exchange, forBrowser, p.substring(PreviewPage.FOR_BROWSER.length()));
    } else if (p.startsWith("/sida/")) {
      pagePicture(exchange, p.substring(6));
    } else {
      text(exchange, 404, "Här finns inget.");
    }
    return false;
  }

  /**
   * The path with each part decoded, or empty for a path that cannot be, such as a part that
   * decodes to a slash.
   */
  private static Optional<String> decoded(String raw) {
    if (raw == null || !raw.startsWith("/")) {
      return Optional.empty();
    }
    try {
      List<String> parts = new ArrayList<>();
      for (String part : raw.split("/", -1)) {
        String decoded = URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (decoded.contains("/")) {
          return Optional.empty();
        }
        parts.add(decoded);
      }
      return Optional.of(String.join("/", parts));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private int count(OutputFiles.Listed pdf) {
    return output.file(pdf.path()).map(file -> pages.count(file, pdf.modified(), pdf.size())).orElse(0);
  }

  private static void file(HttpExchange exchange, OutputFiles folder, String name) throws IOException {
    Optional<Path> file = folder.file(name);
    String type = TYPES.get(PreviewPage.extension(name));
    if (file.isEmpty() || type == null) {
      text(exchange, 404, "output/ har ingen sådan handling.");
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Content-Security-Policy", FILE_POLICY);
    long size = Files.size(file.get());
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(200, -1);
      return;
    }
    exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
    try (InputStream in = Files.newInputStream(file.get()); OutputStream body = exchange.getResponseBody()) {
      in.transferTo(body);
    }
  }

  private void pagePicture(HttpExchange exchange, String rest) throws IOException {
    int slash = rest.lastIndexOf('/');
    String pdfName = slash < 0 ? "" : rest.substring(0, slash);
    String picture = rest.substring(slash + 1);
    Optional<Path> pdf = pdfName.endsWith(".pdf") && picture.matches("[1-9][0-9]{0,4}\\.png")
        ? output.file(pdfName) : Optional.empty();
    Optional<byte[]> png = pdf.isEmpty() ? Optional.empty() : pages.picture(pdf.get(),
        Files.getLastModifiedTime(pdf.get()).toMillis(), Files.size(pdf.get()),
        Integer.parseInt(picture.substring(0, picture.length() - 4)));
    if (png.isEmpty()) {
      text(exchange, 404, "output/ har ingen sådan sida.");
      return;
    }
    send(exchange, 200, TYPES.get("png"), FILE_POLICY, png.get());
  }

  private void asset(HttpExchange exchange, String name) throws IOException {
    try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
      if (in == null) {
        text(exchange, 404, "Här finns inget.");
        return;
      }
      send(exchange, 200, TYPES.get(PreviewPage.extension(name)), PAGE_POLICY, in.readAllBytes());
    }
  }

  private static void text(HttpExchange exchange, int status, String message) throws IOException {
    send(exchange, status, "text/plain; charset=utf-8", PAGE_POLICY, (message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, String policy, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Content-Security-Policy", policy);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
