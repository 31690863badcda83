package io.breadthflow.app.notify.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.breadthflow.app.notify.channel.WebhookSender;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on the JDK's HTTP server, as a user would run one: it verifies each request's
 * signature with the user's secret, counts raw requests and keeps the first body of each distinct
 * {@code Idempotency-Key} (a repeat is acknowledged and dropped). Thread-safe.
 */
public final class WebhookReceiver implements AutoCloseable {
  /** One request as received. */
  public record Request(
      String key, String body, String signature, String timestamp, boolean valid) {}

  private final HttpServer server;
  private final String secret;
  private final List<Request> raw = new ArrayList<>();
  private final Map<String, Request> delivered = new LinkedHashMap<>();
  private final AtomicInteger status = new AtomicInteger(200);
  private volatile CountDownLatch firstArrived = new CountDownLatch(1);
  private volatile CountDownLatch holdFirst;

  private WebhookReceiver(String secret) throws IOException {
    this.secret = secret;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/hook", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  /** A receiver verifying signatures with {@code secret}. */
  public static WebhookReceiver start(String secret) throws IOException {
    return new WebhookReceiver(secret);
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  /** Answers every request with {@code code} from now on. */
  public void answer(int code) {
    status.set(code);
  }

  /** Holds the next request unanswered until {@link #release}. */
  public void holdNext() {
    firstArrived = new CountDownLatch(1);
    holdFirst = new CountDownLatch(1);
  }

  /** Waits until the held request has arrived. */
  public boolean awaitHeld(long seconds) throws InterruptedException {
    return firstArrived.await(seconds, TimeUnit.SECONDS);
  }

  public void release() {
    CountDownLatch hold = holdFirst;
    if (hold != null) {
      hold.countDown();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String key = exchange.getRequestHeaders().getFirst(WebhookSender.IDEMPOTENCY_KEY);
    String signature = exchange.getRequestHeaders().getFirst(WebhookSender.SIGNATURE);
    boolean valid = ("sha256=" + WebhookSender.sign(body, secret)).equals(signature);
    Request request =
        new Request(
            key,
            body,
            signature,
            exchange.getRequestHeaders().getFirst(WebhookSender.TIMESTAMP),
            valid);
    int code = status.get();
    synchronized (this) {
      raw.add(request);
      if (code >= 200 && code < 300 && valid) {
        delivered.putIfAbsent(key, request);
      }
    }
    CountDownLatch hold = holdFirst;
    if (hold != null) {
      holdFirst = null;
      firstArrived.countDown();
      try {
        hold.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    exchange.sendResponseHeaders(code, -1);
    exchange.close();
  }

  /** Every request received, repeats included. */
  public synchronized List<Request> raw() {
    return List.copyOf(raw);
  }

  /** The first accepted request of each distinct Idempotency-Key, in arrival order. */
  public synchronized List<Request> delivered() {
    return List.copyOf(delivered.values());
  }

  @Override
  public void close() {
    release();
    server.stop(0);
  }
}
