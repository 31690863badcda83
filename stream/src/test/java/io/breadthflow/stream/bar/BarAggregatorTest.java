package io.breadthflow.stream.bar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.stream.Deduplication;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarAggregatorTest {
  private static final Instant MINUTE = Instant.parse("2024-03-01T14:30:00Z");
  private static final long T0 = MINUTE.toEpochMilli();

  /** Records what the aggregator asks for. */
  private static final class Recorded implements BarAggregator.Output {
    final List<Long> timers = new ArrayList<>();
    final List<Bar> emitted = new ArrayList<>();
    final List<Bar> revised = new ArrayList<>();

    @Override
    public void timer(long time) {
      timers.add(time);
    }

    @Override
    public void emit(Bar bar) {
      emitted.add(bar);
    }

    @Override
    public void revise(Bar bar) {
      revised.add(bar);
    }
  }

  private static Trade trade(int seconds, double price, double size) {
    return new Trade("AAPL", MINUTE.plusSeconds(seconds), price, size, "X", "");
  }

  private static Bar bar(
      Interval interval, double open, double high, double low, double close, double[] trades) {
    double volume = 0;
    double priceVolume = 0;
    for (int i = 0; i < trades.length; i += 2) {
      priceVolume += trades[i] * trades[i + 1];
      volume += trades[i + 1];
    }
    return new Bar(
        "AAPL",
        interval,
        MINUTE,
        open,
        high,
        low,
        close,
        volume,
        priceVolume / volume,
        trades.length / 2);
  }

  @Test
  void tradesBecomeBarsThatAreRevisedWithinTheLatenessAndRejectedAfterIt() {
    BarAggregator bars =
        new BarAggregator(
            List.of(Interval.FIVE_MINUTES, Interval.ONE_MINUTE),
            Duration.ofSeconds(30),
            Deduplication.EXACT_REPEATS);
    SymbolBars state = bars.newState();
    Recorded out = new Recorded();
    long noWatermark = Long.MIN_VALUE;

    assertThat(bars.add(state, trade(10, 100, 10), noWatermark, out))
        .isEqualTo(BarAggregator.Verdict.ACCEPTED);
    assertThat(out.timers)
        .containsExactly(
            T0 + 59_999, T0 + 89_999, T0 + 299_999, T0 + 329_999); // 1m, then 5m: end − 1, + 30 s
    assertThat(bars.add(state, trade(20, 101, 10), noWatermark, out))
        .isEqualTo(BarAggregator.Verdict.ACCEPTED);
    assertThat(bars.add(state, trade(10, 100, 10), noWatermark, out))
        .isEqualTo(BarAggregator.Verdict.DUPLICATE);
    assertThat(out.timers).hasSize(4);

    assertThat(bars.advance(state, "AAPL", T0 + 59_999, out)).isFalse();
    assertThat(out.emitted)
        .containsExactly(
            bar(Interval.ONE_MINUTE, 100, 101, 100, 101, new double[] {100, 10, 101, 10}));

    // within the lateness of the emitted minute: a revision of it; the 5m bar is still open
    assertThat(bars.add(state, trade(5, 99, 5), T0 + 65_000, out))
        .isEqualTo(BarAggregator.Verdict.ACCEPTED);
    assertThat(out.revised)
        .containsExactly(
            bar(Interval.ONE_MINUTE, 99, 101, 99, 101, new double[] {100, 10, 101, 10, 99, 5}));

    bars.advance(state, "AAPL", T0 + 89_999, out);
    assertThat(state.byInterval.get(0)).isEmpty(); // the minute is gone
    assertThat(bars.add(state, trade(50, 98, 1), T0 + 89_999, out))
        .isEqualTo(BarAggregator.Verdict.LATE);

    assertThat(bars.advance(state, "AAPL", T0 + 299_999, out)).isFalse();
    assertThat(out.emitted)
        .last()
        .isEqualTo(
            bar(Interval.FIVE_MINUTES, 99, 101, 99, 101, new double[] {100, 10, 101, 10, 99, 5}));
    assertThat(bars.advance(state, "AAPL", T0 + 329_999, out)).isTrue();
    assertThat(out.emitted).hasSize(2);
    assertThat(out.revised).hasSize(1);
    assertThat(bars.disposable(state)).isFalse(); // it remembers fingerprints
  }

  @Test
  void openAndCloseFollowEventTimeNotArrival() {
    BarAggregator bars =
        new BarAggregator(List.of(Interval.ONE_MINUTE), Duration.ZERO, Deduplication.OFF);
    SymbolBars state = bars.newState();
    Recorded out = new Recorded();

    bars.add(state, trade(30, 101, 1), Long.MIN_VALUE, out);
    bars.add(state, trade(10, 100, 1), Long.MIN_VALUE, out);
    bars.add(state, trade(50, 102, 1), Long.MIN_VALUE, out);
    bars.add(state, trade(40, 99, 1), Long.MIN_VALUE, out);
    bars.advance(state, "AAPL", T0 + 59_999, out);

    assertThat(out.emitted)
        .containsExactly(
            bar(
                Interval.ONE_MINUTE,
                100,
                102,
                99,
                102,
                new double[] {101, 1, 100, 1, 102, 1, 99, 1}));
    assertThat(bars.disposable(state)).isTrue();
  }

  @Test
  void aSymbolsBarsSurviveTheirSerializerUnchanged() {
    BarAggregator bars =
        new BarAggregator(
            List.of(Interval.ONE_MINUTE, Interval.FIVE_MINUTES),
            Duration.ofSeconds(30),
            Deduplication.EXACT_REPEATS);
    SymbolBars state = bars.newState();
    Recorded out = new Recorded();
    for (int i = 0; i < 5_000; i++) {
      bars.add(state, trade(i % 200, 100 + i % 7, 1 + i % 3), Long.MIN_VALUE, out);
    }

    SymbolBars copy = SymbolBarsSerializer.INSTANCE.copy(state);

    assertThat(copy.recent.oldestFirst()).containsExactly(state.recent.oldestFirst());
    Recorded fromState = new Recorded();
    Recorded fromCopy = new Recorded();
    for (int i = 0; i < 300; i++) {
      Trade next = trade(i % 250, 100 + i % 5, 2);
      assertThat(bars.add(copy, next, Long.MIN_VALUE, fromCopy))
          .isEqualTo(bars.add(state, next, Long.MIN_VALUE, fromState));
    }
    bars.advance(state, "AAPL", T0 + 400_000, fromState);
    bars.advance(copy, "AAPL", T0 + 400_000, fromCopy);
    assertThat(fromCopy.emitted).isEqualTo(fromState.emitted).hasSize(5 + 1);
  }

  @Test
  void negativeLatenessIsRejected() {
    assertThatThrownBy(
            () ->
                new BarAggregator(
                    List.of(Interval.ONE_MINUTE), Duration.ofSeconds(-1), Deduplication.OFF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("allowedLateness");
  }
}
