package io.breadthflow.server.market;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatestBarsTest {
  @TempDir Path dir;
  private final AtomicLong nanos = new AtomicLong();

  @Test
  void servesTheSnapshotUntilItIsOlderThanMaxAgeThenRereadsTheStore() {
    try (MarketStore store =
        MarketStores.open(new StoreConfig("jdbc:duckdb:" + dir.resolve("l.duckdb"), "", ""))) {
      store.upsertBars(List.of(bar("AAPL", 2), bar("MSFT", 2)));
      LatestBars latest = new LatestBars(store, Duration.ofSeconds(1), nanos::get);
      assertThat(latest.of("AAPL").orElseThrow().session()).isEqualTo(LocalDate.of(2024, 1, 2));

      store.upsertBars(List.of(bar("AAPL", 3)));
      nanos.set(999_999_999);
      LocalDate cached = latest.of("AAPL").orElseThrow().session();
      nanos.set(1_000_000_000);
      LocalDate reread = latest.of("AAPL").orElseThrow().session();

      assertThat(cached).isEqualTo(LocalDate.of(2024, 1, 2));
      assertThat(reread).isEqualTo(LocalDate.of(2024, 1, 3));
      assertThat(latest.of("MSFT").orElseThrow().session()).isEqualTo(LocalDate.of(2024, 1, 2));
      assertThat(latest.of("NVDA")).isEmpty();
    }
  }

  private static Bar bar(String symbol, int day) {
    return Bar.daily(symbol, LocalDate.of(2024, 1, day), 10, 11, 9, 10.5, 1_000);
  }
}
