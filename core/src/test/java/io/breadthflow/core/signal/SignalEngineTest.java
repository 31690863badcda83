package io.breadthflow.core.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.breadthflow.core.domain.DailyPanel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SignalEngineTest {
  private static final LocalDate DAY0 = LocalDate.of(2020, 1, 2);

  @Test
  void risingMarketGivesBuySignalsAndFallingMarketSellSignals() {
    DailyPanel up = trending(20, 300, 0.004, 1);
    DailyPanel down = trending(20, 300, -0.004, 2);

    List<Signal> bullish = SignalEngine.compute(up, DAY0.plusDays(250), SignalWeights.defaults());
    List<Signal> bearish = SignalEngine.compute(down, DAY0.plusDays(250), SignalWeights.defaults());

    assertThat(bullish).hasSize(20 * 50);
    assertThat(share(bullish, SignalAction.BUY)).isGreaterThan(0.8);
    assertThat(share(bearish, SignalAction.SELL)).isGreaterThan(0.8);
    assertThat(bullish)
        .allSatisfy(
            s -> {
              assertThat(s.score()).isBetween(-1.0, 1.0);
              assertThat(s.confidence()).isBetween(0.0, 1.0);
              assertThat(s.reasons())
                  .extracting(SignalComponent::name)
                  .containsExactlyInAnyOrder("breadth", "trend", "momentum", "volatility");
              assertThat(Math.abs(s.reasons().get(0).contribution()))
                  .isGreaterThanOrEqualTo(Math.abs(s.reasons().get(3).contribution()));
            });
  }

  @Test
  void scoreIsTheWeightedMeanOfTheAvailableComponents() {
    DailyPanel panel = trending(3, 260, 0.002, 4);
    SignalWeights trendOnly = new SignalWeights("trend-only", 0, 1, 0, 0, 0.5, -0.5);

    Signal last = lastOf(SignalEngine.compute(panel, DAY0, trendOnly), "S0");

    double[] close = panel.close()[0];
    double sma50 = 0;
    for (int t = close.length - 50; t < close.length; t++) {
      sma50 += close[t] / 50;
    }
    double distance = Math.max(-1, Math.min(1, (close[close.length - 1] / sma50 - 1) / 0.05));
    SignalComponent trend = last.reasons().get(0);
    assertThat(last.reasons()).hasSize(1);
    assertThat(trend.value()).isCloseTo((distance + 1) / 2, within(1e-9));
    assertThat(last.score()).isCloseTo(trend.value(), within(1e-12));
    assertThat(trend.detail()).contains("SMA50 above SMA200");
  }

  @Test
  void noSignalBeforeFiftyClosesAndNeverWithoutData() {
    DailyPanel panel = trending(2, 60, 0.001, 5);

    List<Signal> signals = SignalEngine.compute(panel, DAY0, SignalWeights.defaults());

    assertThat(signals).hasSize(2 * 11);
    assertThat(signals.get(0).date()).isEqualTo(DAY0.plusDays(49));
  }

  @Test
  void changingBarsAfterASessionNeverChangesSignalsUpToIt() {
    DailyPanel original = trending(8, 400, 0.0, 6);
    List<Signal> before = SignalEngine.compute(original, DAY0, SignalWeights.defaults());
    for (int cut : new int[] {60, 200, 350}) {
      DailyPanel changed = withTailFrom(original, trending(8, 400, 0.01, 7), cut);

      List<Signal> after = SignalEngine.compute(changed, DAY0, SignalWeights.defaults());

      LocalDate last = DAY0.plusDays(cut);
      assertThat(upTo(after, last)).isEqualTo(upTo(before, last));
      assertThat(after).isNotEqualTo(before);
    }
  }

  @Test
  void weightsAndThresholdsAreValidated() {
    assertThatThrownBy(() -> new SignalWeights("x", -1, 1, 1, 1, 0.3, -0.3))
        .hasMessageContaining("0 or more");
    assertThatThrownBy(() -> new SignalWeights("x", 0, 0, 0, 0, 0.3, -0.3))
        .hasMessageContaining("at least one weight");
    assertThatThrownBy(() -> new SignalWeights("x", 1, 1, 1, 1, 1.3, -0.3))
        .hasMessageContaining("buy threshold");
    assertThatThrownBy(() -> new SignalWeights("x", 1, 1, 1, 1, 0.3, 0.3))
        .hasMessageContaining("sell threshold");
    assertThatThrownBy(() -> new SignalWeights(" ", 1, 1, 1, 1, 0.3, -0.3))
        .hasMessageContaining("name");
  }

  private static List<Signal> upTo(List<Signal> signals, LocalDate last) {
    return signals.stream().filter(s -> !s.date().isAfter(last)).toList();
  }

  private static Signal lastOf(List<Signal> signals, String symbol) {
    return signals.stream()
        .filter(s -> s.symbol().equals(symbol))
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  private static double share(List<Signal> signals, SignalAction action) {
    return signals.stream().filter(s -> s.action() == action).count() / (double) signals.size();
  }

  /** Stocks drifting by {@code drift} per session with noise, seeded. */
  static DailyPanel trending(int symbols, int sessions, double drift, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] close = new double[symbols][sessions];
    double[][] volume = new double[symbols][sessions];
    List<String> names = new ArrayList<>();
    LocalDate[] dates = new LocalDate[sessions];
    for (int t = 0; t < sessions; t++) {
      dates[t] = DAY0.plusDays(t);
    }
    for (int s = 0; s < symbols; s++) {
      names.add("S" + s);
      double price = 100;
      for (int t = 0; t < sessions; t++) {
        price *= Math.exp(drift + 0.01 * random.nextGaussian());
        close[s][t] = price;
        volume[s][t] = 1000;
      }
    }
    return new DailyPanel(names, dates, close, close, close, close, volume);
  }

  private static DailyPanel withTailFrom(DailyPanel base, DailyPanel tail, int cut) {
    double[][] close = new double[base.close().length][];
    for (int s = 0; s < close.length; s++) {
      close[s] = base.close()[s].clone();
      System.arraycopy(tail.close()[s], cut + 1, close[s], cut + 1, close[s].length - cut - 1);
    }
    return new DailyPanel(
        base.symbols(), base.sessions(), close, close, close, close, base.volume());
  }
}
