package io.breadthflow.ingest.provider;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on 127.0.0.1 (JDK {@code HttpServer}) answering from a script, for provider
 * tests: queued replies are served first, then the fallback answers every request.
 */
public final class LocalHttpServer implements AutoCloseable {
  /** One scripted answer. */
  public record Reply(int status, String contentType, String body, long delayMillis) {
    public static Reply json(int status, String body) {
      return new Reply(status, "application/json", body, 0);
    }
  }

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Reply> queued = new ConcurrentLinkedQueue<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private volatile Function<String, Reply> fallback = uri -> Reply.json(404, "{}");

  public LocalHttpServer() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool());
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
    Reply reply = queued.poll();
    if (reply == null) {
      reply = fallback.apply(uri);
    }
    try {
      if (reply.delayMillis() > 0) {
        Thread.sleep(reply.delayMillis());
      }
      byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", reply.contentType());
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

  @Override
  public void close() {
    server.stop(0);
  }
}
