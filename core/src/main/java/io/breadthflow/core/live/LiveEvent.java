package io.breadthflow.core.live;

import java.util.Objects;
import java.util.Set;

/**
 * Something the pipeline just produced, for live consumers (the server's WebSocket push).
 *
 * @param channel one of {@link #CHANNELS}
 * @param symbol the symbol it concerns, empty for market-wide events (breadth, runs)
 * @param data the payload, serialised to JSON by the consumer
 */
public record LiveEvent(String channel, String symbol, Object data) {
  /** The channels clients may subscribe to. */
  public static final Set<String> CHANNELS =
      Set.of("bars", "signals", "alerts", "breadth", "runs", "forecasts");

  public LiveEvent {
    if (!CHANNELS.contains(channel)) {
      throw new IllegalArgumentException("unknown channel '" + channel + "': " + CHANNELS);
    }
    symbol = Objects.requireNonNullElse(symbol, "");
    Objects.requireNonNull(data, "data");
  }
}
