package io.breadthflow.stream.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.domain.Trade;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedTradeSourceTest {
  private static final List<String> SYMBOLS = List.of("AAA", "BBB");
  private static final double[] PRICES = {50, 80};

  @Test
  void aBackfillStartsInThePastAndCatchesUpWithoutWaiting() throws Exception {
    double rate = 1_000;
    SimulatedTradeSource.Generator generator =
        new SimulatedTradeSource.Generator(SYMBOLS, PRICES, rate, 7, Duration.ofMinutes(10));
    Instant opened = Instant.now();
    generator.open(null);

    List<Trade> trades = new ArrayList<>();
    for (long i = 0; i < 600_010; i++) {
      trades.add(generator.map(i));
    }
    Instant caughtUp = Instant.now();

    assertThat(Duration.between(trades.get(0).time(), opened).toSeconds()).isBetween(599L, 601L);
    assertThat(Duration.between(trades.get(0).time(), trades.get(1_000).time()))
        .isEqualTo(Duration.ofSeconds(1));
    for (int i = 1; i < trades.size(); i++) {
      assertThat(trades.get(i).time()).isAfterOrEqualTo(trades.get(i - 1).time());
    }
    assertThat(trades.get(trades.size() - 1).time())
        .as("after the backfill, trades carry the wall clock")
        .isBetween(opened, caughtUp);
  }

  @Test
  void aBackfillNeedsALiveRate() {
    assertThatThrownBy(
            () -> SimulatedTradeSource.create(SYMBOLS, PRICES, 0, 10, 7, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
