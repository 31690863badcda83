package io.breadthflow.ingest.provider;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 (JDK {@code HttpServer}) answering from a script, for provider
 * tests: queued replies are served first, then the fallback answers every request. It can also
 * throttle like a provider does: past a token-bucket rate it answers HTTP 429 with {@code
 * Retry-After} (see {@link #throttleAbove}).
 */
public final class LocalHttpServer implements AutoCloseable {
  /** One scripted answer; {@code headers} are sent besides Content-Type. */
  public record Reply(
      int status, String contentType, String body, long delayMillis, Map<String, String> headers) {
    public Reply {
      headers = Map.copyOf(headers);
    }

    public Reply(int status, String contentType, String body, long delayMillis) {
      this(status, contentType, body, delayMillis, Map.of());
    }

    public static Reply json(int status, String body) {
      return new Reply(status, "application/json", body, 0);
    }

    /** HTTP 429 as Yahoo sends it, with {@code Retry-After: retryAfter} unless it is null. */
    public static Reply tooManyRequests(String retryAfter) {
      Reply reply = json(429, "{\"finance\":{\"error\":\"Too Many Requests\"}}");
      return retryAfter == null ? reply : reply.withHeader("Retry-After", retryAfter);
    }

    /** This reply with one more header. */
    public Reply withHeader(String name, String value) {
      Map<String, String> more = new HashMap<>(headers);
      more.put(name, value);
      return new Reply(status, contentType, body, delayMillis, more);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final ConcurrentLinkedQueue<Reply> queued = new ConcurrentLinkedQueue<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger throttled = new AtomicInteger();
  private volatile Function<String, Reply> fallback = uri -> Reply.json(404, "{}");
  private volatile TokenBucket bucket;

  public LocalHttpServer() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Base URL, e.g. {@code http://127.0.0.1:41234}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Serves {@code reply} to the next request. */
  public LocalHttpServer then(Reply reply) {
    queued.add(reply);
    return this;
  }

  /** Answers requests without a queued reply (by request URI: path and query). */
  public LocalHttpServer otherwise(Function<String, Reply> answer) {
    fallback = answer;
    return this;
  }

  /**
   * Answers HTTP 429 with {@code Retry-After} (whole seconds until a token is free, at least 1) to
   * every request past {@code perSecond} requests a second, bursts of up to {@code burst} allowed
   * (a token bucket, full at the start); the others are answered as usual.
   */
  public LocalHttpServer throttleAbove(double perSecond, int burst) {
    bucket = new TokenBucket(perSecond, burst);
    return this;
  }

  /** Requests answered HTTP 429 by {@link #throttleAbove}. */
  public int throttledRequests() {
    return throttled.get();
  }

  /** The URIs requested so far, in order. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  /** A test resource of this package as text. */
  public static String resource(String name) {
    try (InputStream in = LocalHttpServer.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("test resource missing: " + name, e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String uri = exchange.getRequestURI().toString();
    requests.add(uri);
    TokenBucket limit = bucket;
    long retryAfter = limit == null ? 0 : limit.take();
    Reply reply;
    if (retryAfter > 0) {
      throttled.incrementAndGet();
      reply = Reply.tooManyRequests(Long.toString(retryAfter));
    } else {
      reply = queued.poll();
      if (reply == null) {
        reply = fallback.apply(uri);
      }
    }
    try {
      if (reply.delayMillis() > 0) {
        Thread.sleep(reply.delayMillis());
      }
      byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", reply.contentType());
      reply.headers().forEach(exchange.getResponseHeaders()::add);
      exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client gave up (timeout test); nothing to answer
    } finally {
      exchange.close();
    }
  }

  /** Tokens refilled at a constant rate up to a burst; thread-safe. */
  private static final class TokenBucket {
    private final double perNano;
    private final double burst;
    private double tokens;
    private long last = System.nanoTime();

    TokenBucket(double perSecond, int burst) {
      this.perNano = perSecond / 1e9;
      this.burst = burst;
      this.tokens = burst;
    }

    /** 0 when a token was taken, else the whole seconds until one is free (at least 1). */
    synchronized long take() {
      long now = System.nanoTime();
      tokens = Math.min(burst, tokens + (now - last) * perNano);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
