package io.breadthflow.ingest.finnhub;

import io.breadthflow.core.domain.Trade;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One WebSocket to Finnhub carrying up to 50 symbols. Reconnects after a drop or a failed connect,
 * with exponential backoff (doubling to 30 s), and subscribes its symbols again. Reads one message
 * at a time and asks for the next only after its trades are queued: a full queue stops reading
 * (back-pressure reaches the socket).
 */
final class FinnhubConnection {
  static final int MAX_SYMBOLS = 50;
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private final URI uri;
  private final HttpClient client;
  private final BlockingQueue<Trade> queue;
  private final RecentTrades recent;
  private final TradeListener listener;
  private final ScheduledExecutorService scheduler;
  private final Duration initialBackoff;
  private final Set<String> symbols = new LinkedHashSet<>();
  private final AtomicInteger reconnects;
  private volatile WebSocket socket;
  private CompletableFuture<WebSocket> sending = new CompletableFuture<>();
  private volatile boolean closed;
  private Duration backoff;

  FinnhubConnection(
      URI uri,
      HttpClient client,
      BlockingQueue<Trade> queue,
      RecentTrades recent,
      TradeListener listener,
      ScheduledExecutorService scheduler,
      Duration initialBackoff,
      AtomicInteger reconnects) {
    this.uri = uri;
    this.client = client;
    this.queue = queue;
    this.recent = recent;
    this.listener = listener;
    this.scheduler = scheduler;
    this.initialBackoff = initialBackoff;
    this.backoff = initialBackoff;
    this.reconnects = reconnects;
  }

  synchronized int size() {
    return symbols.size();
  }

  synchronized boolean carries(String symbol) {
    return symbols.contains(symbol);
  }

  synchronized void subscribe(String symbol) {
    if (symbols.add(symbol)) {
      send(FinnhubMessages.subscribe(symbol));
    }
  }

  synchronized void unsubscribe(String symbol) {
    if (symbols.remove(symbol)) {
      send(FinnhubMessages.unsubscribe(symbol));
    }
  }

  void connect() {
    if (closed) {
      return;
    }
    client
        .newWebSocketBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .buildAsync(uri, new Reader())
        .whenComplete(
            (ws, failure) -> {
              if (failure != null) {
                listener.onProblem("finnhub connection failed: " + failure.getMessage());
                scheduleReconnect();
              }
            });
  }

  synchronized void close() {
    closed = true;
    if (socket != null) {
      sending = sending.thenCompose(w -> w.sendClose(WebSocket.NORMAL_CLOSURE, "bye"));
    }
  }

  private synchronized void onOpen(WebSocket ws) {
    socket = ws;
    sending = CompletableFuture.completedFuture(ws);
    backoff = initialBackoff;
    symbols.forEach(s -> send(FinnhubMessages.subscribe(s)));
  }

  /** Queues a message behind the previous one (a WebSocket sends one message at a time). */
  private synchronized void send(String message) {
    WebSocket ws = socket;
    if (ws != null && !ws.isOutputClosed()) {
      sending = sending.thenCompose(w -> w.sendText(message, true));
    }
  }

  private void scheduleReconnect() {
    socket = null;
    if (closed) {
      return;
    }
    Duration wait;
    synchronized (this) {
      wait = backoff;
      backoff =
          backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0
              ? MAX_BACKOFF
              : backoff.multipliedBy(2);
    }
    reconnects.incrementAndGet();
    scheduler.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Reads messages one at a time. */
  private final class Reader implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public void onOpen(WebSocket ws) {
      FinnhubConnection.this.onOpen(ws);
      ws.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        FinnhubMessages.Incoming incoming = FinnhubMessages.parse(text);
        if (incoming.error() != null) {
          listener.onProblem(incoming.error());
        }
        try {
          for (Trade trade : incoming.trades()) {
            if (recent.firstSeen(trade)) {
              queue.put(trade);
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return CompletableFuture.completedFuture(null);
        }
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      if (!closed) {
        listener.onProblem("finnhub closed the connection (" + statusCode + " " + reason + ")");
        scheduleReconnect();
      }
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      if (!closed) {
        listener.onProblem("finnhub connection dropped: " + error);
        scheduleReconnect();
      }
    }
  }
}
