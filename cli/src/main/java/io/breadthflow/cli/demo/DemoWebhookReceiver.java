package io.breadthflow.cli.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * The demo's webhook receiver: an HTTP server on loopback, inside the demo's JVM, that answers
 * every {@code POST /hook} with 204 and keeps what it received, so that the demo can show a rule's
 * webhook arriving. Thread-safe.
 */
public final class DemoWebhookReceiver implements AutoCloseable {
  /** Bodies kept at most; the demo's rule sends one. */
  private static final int KEEP = 1_000;

  /**
   * One request received.
   *
   * @param idempotencyKey its {@code Idempotency-Key} header, empty when none
   * @param signature its {@code X-BreadthFlow-Signature} header, empty when none
   * @param body its body (UTF-8)
   */
  public record Delivery(String idempotencyKey, String signature, String body) {}

  private final HttpServer server;
  private final List<Delivery> received = new CopyOnWriteArrayList<>();

  private DemoWebhookReceiver(HttpServer server) {
    this.server = server;
  }

  /** Starts a receiver on a free loopback port. */
  public static DemoWebhookReceiver start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    DemoWebhookReceiver receiver = new DemoWebhookReceiver(server);
    server.createContext("/hook", receiver::handle);
    server.setExecutor(
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "demo-webhook-receiver");
              thread.setDaemon(true);
              return thread;
            }));
    server.start();
    return receiver;
  }

  /** Where webhooks go: {@code http://127.0.0.1:PORT/hook}. */
  public String url() {
    return "http://"
        + server.getAddress().getAddress().getHostAddress()
        + ":"
        + server.getAddress().getPort()
        + "/hook";
  }

  /** What arrived so far, oldest first. */
  public List<Delivery> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream body = exchange.getRequestBody()) {
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String text = new String(body.readNBytes(64 * 1024), StandardCharsets.UTF_8);
      if (received.size() < KEEP) {
        received.add(
            new Delivery(
                header(exchange, "Idempotency-Key"),
                header(exchange, "X-BreadthFlow-Signature"),
                text));
      }
      exchange.sendResponseHeaders(204, -1);
    }
  }

  private static String header(HttpExchange exchange, String name) {
    String value = exchange.getRequestHeaders().getFirst(name);
    return value == null ? "" : value;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
