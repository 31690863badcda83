package io.breadthflow.server.live;

import io.breadthflow.app.users.Principal;
import io.breadthflow.core.live.LiveEvent;
import io.javalin.websocket.WsContext;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;

/**
 * One WebSocket client: who subscribed (from the token of its last subscription), to what, and its
 * outgoing queue. Offering a message only queues it; a sender thread writes everything waiting as
 * one frame (a JSON array) after a 2 ms linger, one frame in flight at a time. A client with more
 * than {@code maxQueuedChars} waiting is too slow and is disconnected.
 */
final class LiveClient {
  /** A frame carries at most about this many characters of messages. */
  private static final int FRAME_CHARS = 256 * 1024;

  /** How long a first message waits for others to share its frame. */
  private static final long LINGER_MICROS = 2_000;

  private final WsContext ctx;
  private final String address;
  private final long maxQueuedChars;
  private final ScheduledExecutorService sender;
  private final ArrayDeque<String> queue = new ArrayDeque<>();
  private volatile Set<String> channels = Set.of();
  private volatile Set<String> symbols = Set.of();
  private volatile Optional<Principal> caller = Optional.empty();
  private long queuedChars;
  private boolean sending;
  private boolean dropped;

  LiveClient(WsContext ctx, String address, long maxQueuedChars, ScheduledExecutorService sender) {
    this.ctx = ctx;
    this.address = address;
    this.maxQueuedChars = maxQueuedChars;
    this.sender = sender;
  }

  /** The client's network address. */
  String address() {
    return address;
  }

  void subscribe(Set<String> channels, Set<String> symbols, Optional<Principal> caller) {
    this.channels = Set.copyOf(channels);
    this.symbols = Set.copyOf(symbols);
    this.caller = caller;
  }

  /** Who subscribed; empty for an anonymous client. */
  Optional<Principal> caller() {
    return caller;
  }

  /**
   * Whether the subscription covers {@code channel} and {@code symbol}; symbol filters do not apply
   * to {@link LiveEvent#NOTIFICATIONS}, whose events name a user (the access rule decides whose).
   */
  boolean wants(String channel, String symbol) {
    return channels.contains(channel)
        && (symbols.isEmpty()
            || symbol.isEmpty()
            || channel.equals(LiveEvent.NOTIFICATIONS)
            || symbols.contains(symbol));
  }

  /**
   * Queues a message without waiting; the frame leaves after a short linger that lets a burst share
   * it.
   *
   * @return false when the client was dropped for being too slow
   */
  synchronized boolean offer(String message) {
    if (dropped) {
      return false;
    }
    if (queuedChars + message.length() > maxQueuedChars) {
      drop();
      ctx.session.close(1008, "client too slow; reconnect and resubscribe", Callback.NOOP);
      return false;
    }
    queue.add(message);
    queuedChars += message.length();
    if (!sending) {
      sending = true;
      sender.schedule(this::sendWaiting, LINGER_MICROS, TimeUnit.MICROSECONDS);
    }
    return true;
  }

  private void sendWaiting() {
    String frame = nextFrame();
    if (frame != null) {
      ctx.session.sendText(frame, Callback.from(this::sendWaiting, failure -> dropQuietly()));
    }
  }

  /** The waiting messages as one JSON array, or null (and no longer sending) when none wait. */
  private synchronized String nextFrame() {
    if (queue.isEmpty() || dropped) {
      sending = false;
      return null;
    }
    StringBuilder frame = new StringBuilder(Math.min(FRAME_CHARS, (int) queuedChars) + 2);
    frame.append('[');
    while (!queue.isEmpty() && (frame.length() == 1 || frame.length() < FRAME_CHARS)) {
      String message = queue.poll();
      queuedChars -= message.length();
      if (frame.length() > 1) {
        frame.append(',');
      }
      frame.append(message);
    }
    return frame.append(']').toString();
  }

  private synchronized void dropQuietly() {
    drop();
  }

  private void drop() {
    dropped = true;
    queue.clear();
    queuedChars = 0;
  }
}
