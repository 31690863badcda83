package io.breadthflow.ingest.finnhub;

import io.breadthflow.core.domain.Trade;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the last trades seen (symbol, time, price, size, conditions), so that a trade replayed
 * after a reconnect is not delivered twice. Bounded: the oldest keys are forgotten first.
 */
final class RecentTrades {
  private final Map<String, Boolean> seen;

  RecentTrades(int capacity) {
    this.seen =
        new LinkedHashMap<>(capacity * 2, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** True the first time this trade is seen. */
  synchronized boolean firstSeen(Trade trade) {
    String key =
        trade.symbol()
            + '|'
            + trade.time().toEpochMilli()
            + '|'
            + trade.price()
            + '|'
            + trade.size()
            + '|'
            + trade.conditions();
    return seen.put(key, Boolean.TRUE) == null;
  }
}
