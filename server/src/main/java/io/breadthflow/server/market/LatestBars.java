package io.breadthflow.server.market;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.store.MarketStore;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Every symbol's latest daily bar, read from the store in one query and reused for at most {@code
 * maxAge}: a latest-bar request is a map lookup, not a scan. While one request reloads an expired
 * snapshot, the others keep answering from the previous one.
 */
final class LatestBars {
  private record Snapshot(long loadedNanos, Map<String, BarView> bySymbol) {}

  private final MarketStore store;
  private final long maxAgeNanos;
  private final LongSupplier nanoTime;
  private final ReentrantLock reload = new ReentrantLock();
  private volatile Snapshot snapshot;

  LatestBars(MarketStore store, Duration maxAge, LongSupplier nanoTime) {
    this.store = store;
    this.maxAgeNanos = maxAge.toNanos();
    this.nanoTime = nanoTime;
  }

  /** The symbol's latest daily bar, at most {@code maxAge} old. */
  Optional<BarView> of(String symbol) {
    return Optional.ofNullable(current().bySymbol().get(symbol));
  }

  private Snapshot current() {
    Snapshot seen = snapshot;
    long now = nanoTime.getAsLong();
    if (seen != null && now - seen.loadedNanos() < maxAgeNanos) {
      return seen;
    }
    if (seen != null && !reload.tryLock()) {
      return seen;
    }
    if (seen == null) {
      reload.lock();
    }
    try {
      Snapshot latest = snapshot;
      if (latest != null && latest != seen) {
        return latest;
      }
      List<Bar> bars = store.latestBars(Interval.ONE_DAY);
      Map<String, BarView> bySymbol = new HashMap<>(bars.size() * 2);
      for (Bar bar : bars) {
        bySymbol.put(bar.symbol(), BarView.of(bar));
      }
      Snapshot loaded = new Snapshot(nanoTime.getAsLong(), Map.copyOf(bySymbol));
      snapshot = loaded;
      return loaded;
    } finally {
      reload.unlock();
    }
  }
}
