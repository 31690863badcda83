package io.breadthflow.ingest.finnhub;

import io.breadthflow.core.domain.Trade;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finnhub's live trade WebSocket ({@code BF_FINNHUB_WS_URL}, default {@code wss://ws.finnhub.io},
 * token {@code BF_FINNHUB_API_KEY}): subscribes symbols across as many connections as needed (50
 * symbols each), reconnects and resubscribes after drops, drops trades replayed after a reconnect,
 * and hands trades to a {@link TradeListener} on one delivery thread through a bounded queue. A
 * slow listener fills the queue, which stops reading from the sockets.
 */
public final class FinnhubTradeClient implements AutoCloseable {
  /** The public endpoint. */
  public static final String DEFAULT_URL = "wss://ws.finnhub.io";

  private final URI uri;
  private final HttpClient http;
  private final BlockingQueue<Trade> queue;
  private final RecentTrades recent = new RecentTrades(100_000);
  private final TradeListener listener;
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(daemon("finnhub-reconnect"));
  private final ExecutorService delivery =
      Executors.newSingleThreadExecutor(daemon("finnhub-delivery"));
  private final Duration initialBackoff;
  private final AtomicInteger reconnects = new AtomicInteger();
  private final List<FinnhubConnection> connections = new ArrayList<>();

  /**
   * @param url WebSocket endpoint
   * @param apiKey Finnhub token, required
   * @param listener receives the trades
   * @param queueCapacity trades buffered between the sockets and the listener
   * @param initialBackoff first wait before a reconnect; doubles up to 30 s
   */
  public FinnhubTradeClient(
      String url,
      String apiKey,
      TradeListener listener,
      int queueCapacity,
      Duration initialBackoff) {
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("finnhub needs an API key: set BF_FINNHUB_API_KEY");
    }
    this.uri =
        URI.create(
            url
                + (url.contains("?") ? "&" : "?")
                + "token="
                + URLEncoder.encode(apiKey, StandardCharsets.UTF_8));
    this.http =
        HttpClient.newBuilder()
            .executor(Executors.newCachedThreadPool(daemon("finnhub-io")))
            .build();
    this.queue = new ArrayBlockingQueue<>(queueCapacity);
    this.listener = listener;
    this.initialBackoff = initialBackoff;
    delivery.execute(this::deliver);
  }

  /**
   * A client configured from the environment: {@code BF_FINNHUB_WS_URL} (default {@value
   * #DEFAULT_URL}) and {@code BF_FINNHUB_API_KEY}; a 10,000-trade queue, reconnects from 1 s.
   */
  public static FinnhubTradeClient fromEnvironment(
      java.util.Map<String, String> env, TradeListener listener) {
    return new FinnhubTradeClient(
        env.getOrDefault("BF_FINNHUB_WS_URL", DEFAULT_URL),
        env.get("BF_FINNHUB_API_KEY"),
        listener,
        10_000,
        Duration.ofSeconds(1));
  }

  /** Subscribes symbols not yet subscribed, opening connections as the 50-symbol limit needs. */
  public synchronized void subscribe(Collection<String> symbols) {
    for (String symbol : symbols) {
      if (connections.stream().anyMatch(c -> c.carries(symbol))) {
        continue;
      }
      FinnhubConnection connection =
          connections.stream()
              .filter(c -> c.size() < FinnhubConnection.MAX_SYMBOLS)
              .findFirst()
              .orElseGet(this::open);
      connection.subscribe(symbol);
    }
  }

  /** Unsubscribes symbols; connections stay open. */
  public synchronized void unsubscribe(Collection<String> symbols) {
    for (String symbol : symbols) {
      connections.stream().filter(c -> c.carries(symbol)).forEach(c -> c.unsubscribe(symbol));
    }
  }

  /** Open connections. */
  public synchronized int connectionCount() {
    return connections.size();
  }

  /** Reconnects so far, for health reporting. */
  public int reconnects() {
    return reconnects.get();
  }

  @Override
  public synchronized void close() {
    connections.forEach(FinnhubConnection::close);
    scheduler.shutdownNow();
    delivery.shutdownNow();
  }

  private FinnhubConnection open() {
    FinnhubConnection connection =
        new FinnhubConnection(
            uri, http, queue, recent, listener, scheduler, initialBackoff, reconnects);
    connections.add(connection);
    connection.connect();
    return connection;
  }

  private void deliver() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        listener.onTrade(queue.take());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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
