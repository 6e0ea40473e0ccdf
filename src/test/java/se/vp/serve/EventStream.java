package se.vp.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * vp:serve's event stream as a page reads it: its "event:" and "data:" lines in a queue, read on a
 * thread of its own, since the stream never ends while the server runs.
 */
public final class EventStream implements AutoCloseable {

  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final AtomicReference<Stream<String>> body = new AtomicReference<>();
  private final Thread reader;

  private EventStream(URI events) {
    this.reader = new Thread(() -> {
      try {
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(events).build(),
            HttpResponse.BodyHandlers.ofLines());
        body.set(response.body());
        response.body().filter(line -> line.startsWith("event: ") || line.startsWith("data: ")).forEach(lines::add);
      } catch (IOException | UncheckedIOException e) {
        // The server stopped or the stream was closed.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "vp-test-events");
    reader.setDaemon(true);
  }

  /** Reads the events of the server at {@code address}. */
  public static EventStream open(URI address) {
    EventStream stream = new EventStream(address.resolve("/handelser"));
    stream.reader.start();
    return stream;
  }

  public BlockingQueue<String> lines() {
    return lines;
  }

  @Override
  public void close() {
    Stream<String> open = body.get();
    if (open != null) {
      open.close();
    }
    reader.interrupt();
  }
}
