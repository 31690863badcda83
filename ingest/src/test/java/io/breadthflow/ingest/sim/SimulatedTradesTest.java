package io.breadthflow.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.breadthflow.core.domain.Trade;
import io.breadthflow.ingest.universe.Universes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedTradesTest {
  private static final Instant START = Instant.parse("2024-03-01T14:30:00Z");
  private static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "XOM", "JPM");

  @Test
  void sameSeedSameTradesAndTimesAdvanceAtTheRequestedRate() {
    List<Trade> first =
        take(
            new SimulatedTrades(SYMBOLS, new double[] {190, 410, 105, 180}, 500, START, 3), 50_000);
    List<Trade> again =
        take(
            new SimulatedTrades(SYMBOLS, new double[] {190, 410, 105, 180}, 500, START, 3), 50_000);

    assertThat(again).isEqualTo(first);
    for (int i = 1; i < first.size(); i++) {
      assertThat(first.get(i).time()).isAfterOrEqualTo(first.get(i - 1).time());
    }
    double seconds = Duration.between(START, first.get(first.size() - 1).time()).toNanos() / 1e9;
    assertThat(first.size() / seconds).isCloseTo(500, within(10.0));
    assertThat(first).extracting(Trade::symbol).containsAll(SYMBOLS);
    assertThat(first).allSatisfy(t -> assertThat(t.price()).isPositive());
    assertThat(first).allSatisfy(t -> assertThat(t.size()).isGreaterThanOrEqualTo(1));
  }

  @Test
  void tradesStartAtTheUniverseReferencePrices() {
    SimulatedTrades trades =
        new SimulatedTrades(SYMBOLS, Universes.startPrices(SYMBOLS), 500, START, 3);
    double[] reference = {250, 421, 108, 240};

    for (Trade trade : take(trades, 40)) {
      double price = reference[SYMBOLS.indexOf(trade.symbol())];
      assertThat(trade.price()).isBetween(0.99 * price, 1.01 * price);
    }
  }

  @Test
  void badArgumentsAreRejected() {
    assertThatThrownBy(() -> new SimulatedTrades(SYMBOLS, new double[] {1}, 5, START, 1))
        .hasMessageContaining("one start price per symbol");
    assertThatThrownBy(() -> new SimulatedTrades(SYMBOLS, new double[] {1, 1, 1, 1}, 0, START, 1))
        .hasMessageContaining("rate must be positive");
  }

  private static List<Trade> take(SimulatedTrades trades, int n) {
    List<Trade> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(trades.next());
    }
    return out;
  }
}
