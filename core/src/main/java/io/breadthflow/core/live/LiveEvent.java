package io.breadthflow.core.live;

import java.util.Objects;
import java.util.Set;

/**
 * Something the pipeline just produced, for live consumers (the server's WebSocket push).
 *
 * @param channel one of {@link #CHANNELS}
 * @param symbol the symbol it concerns, empty for market-wide events (breadth, runs); on the {@link
 *     #NOTIFICATIONS} channel the user it is for ({@code user:<id>}), who alone receives it
 * @param data the payload, serialised to JSON by the consumer
 */
public record LiveEvent(String channel, String symbol, Object data) {
  /** The channel of a user's own notifications. */
  public static final String NOTIFICATIONS = "notifications";

  /** The channels clients may subscribe to. */
  public static final Set<String> CHANNELS =
      Set.of("bars", "signals", "alerts", "breadth", "runs", "forecasts", NOTIFICATIONS);

  public LiveEvent {
    if (!CHANNELS.contains(channel)) {
      throw new IllegalArgumentException("unknown channel '" + channel + "': " + CHANNELS);
    }
    symbol = Objects.requireNonNullElse(symbol, "");
    Objects.requireNonNull(data, "data");
  }

  /** A notification for user {@code userId} alone. */
  public static LiveEvent forUser(long userId, Object data) {
    return new LiveEvent(NOTIFICATIONS, userKey(userId), data);
  }

  /** The {@code symbol} of the events on the notifications channel meant for {@code userId}. */
  public static String userKey(long userId) {
    return "user:" + userId;
  }
}
