package io.breadthflow.server.live;

import io.javalin.websocket.WsContext;
import java.util.ArrayDeque;
import java.util.Set;
import org.eclipse.jetty.websocket.api.Callback;

/**
 * One WebSocket client: what it subscribed to and its outgoing queue. One message is in flight at a
 * time; when more than {@code limit} wait, the client is too slow and is disconnected.
 */
final class LiveClient {
  private final WsContext ctx;
  private final int limit;
  private final ArrayDeque<String> queue = new ArrayDeque<>();
  private volatile Set<String> channels = Set.of();
  private volatile Set<String> symbols = Set.of();
  private boolean sending;
  private boolean dropped;

  LiveClient(WsContext ctx, int limit) {
    this.ctx = ctx;
    this.limit = limit;
  }

  void subscribe(Set<String> channels, Set<String> symbols) {
    this.channels = Set.copyOf(channels);
    this.symbols = Set.copyOf(symbols);
  }

  boolean wants(String channel, String symbol) {
    return channels.contains(channel)
        && (symbols.isEmpty() || symbol.isEmpty() || symbols.contains(symbol));
  }

  /**
   * Queues a message without waiting.
   *
   * @return false when the client was dropped for being too slow
   */
  synchronized boolean offer(String message) {
    if (dropped) {
      return false;
    }
    if (queue.size() >= limit) {
      dropped = true;
      queue.clear();
      ctx.session.close(1008, "client too slow; reconnect and resubscribe", Callback.NOOP);
      return false;
    }
    queue.add(message);
    if (!sending) {
      sendNext();
    }
    return true;
  }

  private void sendNext() {
    String next = queue.poll();
    if (next == null) {
      sending = false;
      return;
    }
    sending = true;
    ctx.session.sendText(next, Callback.from(this::sent, failure -> dropQuietly()));
  }

  private synchronized void sent() {
    sendNext();
  }

  private synchronized void dropQuietly() {
    dropped = true;
    queue.clear();
  }
}
