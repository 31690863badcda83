package io.breadthflow.app.notify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.breadthflow.app.notify.channel.WebhookSender;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A webhook receiver on loopback, as a user would run one, for the demo and the delivery benchmark:
 * it checks each request's {@code X-BreadthFlow-Signature} against the secret it was given (none:
 * not checked), keeps the first body of each distinct {@code Idempotency-Key} and acknowledges a
 * repeat without keeping it (204 either way; 401 for a bad signature). Thread-safe.
 */
public final class LocalWebhookReceiver implements AutoCloseable {
  /**
   * One webhook kept.
   *
   * @param key its Idempotency-Key
   * @param body its body
   */
  public record Received(String key, String body) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final Map<String, Received> received = new LinkedHashMap<>();
  private volatile String secret;
  private long requests;
  private long refused;

  private LocalWebhookReceiver(int port) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 128);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/hook", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** Starts a receiver on 127.0.0.1:{@code port} (0 for any free port), at path {@code /hook}. */
  public static LocalWebhookReceiver start(int port) {
    return new LocalWebhookReceiver(port);
  }

  /** Checks signatures with {@code webhookSecret} from now on (the user's rotated secret). */
  public void verifyWith(String webhookSecret) {
    this.secret = webhookSecret;
  }

  /** The URL to give as the webhook URL. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String key = exchange.getRequestHeaders().getFirst(WebhookSender.IDEMPOTENCY_KEY);
    String signature = exchange.getRequestHeaders().getFirst(WebhookSender.SIGNATURE);
    String expected = secret;
    boolean valid =
        expected == null || ("sha256=" + WebhookSender.sign(body, expected)).equals(signature);
    synchronized (this) {
      requests++;
      if (!valid) {
        refused++;
      } else if (key != null) {
        received.putIfAbsent(key, new Received(key, body));
      }
    }
    exchange.sendResponseHeaders(valid ? 204 : 401, -1);
    exchange.close();
  }

  /** The webhooks kept, one per distinct Idempotency-Key, in arrival order. */
  public synchronized List<Received> received() {
    return List.copyOf(new ArrayList<>(received.values()));
  }

  /** Every request that arrived, repeats and refused ones included. */
  public synchronized long requests() {
    return requests;
  }

  /** Requests whose signature did not match. */
  public synchronized long refused() {
    return refused;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
