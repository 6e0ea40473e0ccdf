package se.vp.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The open pages, told by server-sent events when a render starts and when it ends. A page that
 * went away is forgotten at the next event; a bounded number are kept open, since each holds a
 * connection.
 */
final class Events {

  /** More tabs than a person keeps open on one plan. */
  static final int MOST_PAGES = 32;

  private final List<HttpExchange> pages = new ArrayList<>();

  /**
   * Keeps the exchange open as an event stream and sends it {@code first} at once, so a page that
   * connects after a render knows which render it shows; false when too many are open.
   */
  synchronized boolean open(HttpExchange exchange, String event, String data) throws IOException {
    if (pages.size() >= MOST_PAGES) {
      return false;
    }
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    pages.add(exchange);
    send(exchange, message(event, data));
    return true;
  }

  /** Sends one event to every open page; {@code data} is one line. */
  synchronized void send(String event, String data) {
    byte[] message = message(event, data);
    new ArrayList<>(pages).forEach(page -> send(page, message));
  }

  /** A comment to every open page, which finds the pages that went away. */
  synchronized void pulse() {
    byte[] comment = ":\n\n".getBytes(StandardCharsets.UTF_8);
    new ArrayList<>(pages).forEach(page -> send(page, comment));
  }

  /** Ends every stream, as the server stops. */
  synchronized void close() {
    pages.forEach(HttpExchange::close);
    pages.clear();
  }

  private void send(HttpExchange page, byte[] message) {
    try {
      OutputStream body = page.getResponseBody();
      body.write(message);
      body.flush();
    } catch (IOException e) {
      pages.remove(page);
      page.close();
    }
  }

  private static byte[] message(String event, String data) {
    String oneLine = data.replaceAll("[\\r\\n]+", " ");
    return ("event: " + event + "\ndata: " + oneLine + "\n\n").getBytes(StandardCharsets.UTF_8);
  }
}
