package io.breadthflow.stream.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.forecast.FittedModel;
import io.breadthflow.core.forecast.arima.AutoArimaConfig;
import io.breadthflow.core.forecast.arima.AutoArimaForecaster;
import io.breadthflow.stream.market.IndicatorFunction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * The streaming forecast: per symbol and interval, a forecast every N bars from the latest closes,
 * exactly the batch forecast of the same window, and the same after a snapshot and restore.
 */
class ForecastFunctionTest {
  private static final Instant FIRST = Instant.parse("2024-03-01T14:30:00Z");
  private static final ForecastSchedule SCHEDULE =
      new ForecastSchedule(80, 60, 3, Map.of(Interval.ONE_MINUTE, 10));
  private static final int BARS = 95;

  private static KeyedOneInputStreamOperatorTestHarness<String, Bar, ForecastUpdate> harness(
      OperatorSubtaskState restored) throws Exception {
    return harness(restored, SCHEDULE);
  }

  private static KeyedOneInputStreamOperatorTestHarness<String, Bar, ForecastUpdate> harness(
      OperatorSubtaskState restored, ForecastSchedule schedule) throws Exception {
    KeyedOneInputStreamOperatorTestHarness<String, Bar, ForecastUpdate> harness =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(new ForecastFunction(schedule)),
            IndicatorFunction::keyOf,
            Types.STRING);
    if (restored != null) {
      harness.initializeState(restored);
    }
    harness.open();
    return harness;
  }

  private static double[] closes(long seed) {
    Random random = new Random(seed);
    double[] closes = new double[BARS];
    double close = 100;
    for (int i = 0; i < BARS; i++) {
      close *= Math.exp(0.002 * random.nextGaussian());
      closes[i] = close;
    }
    return closes;
  }

  private static final Map<String, double[]> CLOSES = Map.of("AAPL", closes(1), "MSFT", closes(2));

  private static Bar bar(String symbol, int i) {
    double close = CLOSES.get(symbol)[i];
    return new Bar(
        symbol,
        Interval.ONE_MINUTE,
        FIRST.plusSeconds(60L * i),
        close,
        close,
        close,
        close,
        100,
        close,
        1);
  }

  private static void feed(
      KeyedOneInputStreamOperatorTestHarness<String, Bar, ForecastUpdate> harness, int from, int to)
      throws Exception {
    for (int i = from; i < to; i++) {
      for (String symbol : List.of("AAPL", "MSFT")) {
        Bar bar = bar(symbol, i);
        harness.processElement(bar, bar.start().toEpochMilli());
      }
    }
  }

  @Test
  void forecastsEveryTenBarsOnceSixtyAreInExactlyAsTheBatchForecastOfTheSameWindow()
      throws Exception {
    var harness = harness(null);
    feed(harness, 0, BARS);
    List<ForecastUpdate> made = harness.extractOutputValues();
    harness.close();

    assertThat(made)
        .extracting(update -> update.symbol() + "@" + update.origin())
        .containsExactly(
            "AAPL@" + FIRST.plusSeconds(60 * 59),
            "MSFT@" + FIRST.plusSeconds(60 * 59),
            "AAPL@" + FIRST.plusSeconds(60 * 69),
            "MSFT@" + FIRST.plusSeconds(60 * 69),
            "AAPL@" + FIRST.plusSeconds(60 * 79),
            "MSFT@" + FIRST.plusSeconds(60 * 79),
            "AAPL@" + FIRST.plusSeconds(60 * 89),
            "MSFT@" + FIRST.plusSeconds(60 * 89));
    for (ForecastUpdate update : made) {
      int last = (int) ((update.origin().getEpochSecond() - FIRST.getEpochSecond()) / 60);
      double[] window =
          Arrays.copyOfRange(CLOSES.get(update.symbol()), Math.max(0, last + 1 - 80), last + 1);
      FittedModel batch = new AutoArimaForecaster(AutoArimaConfig.defaults()).fit(window);
      assertThat(update.model()).isEqualTo(batch.description());
      assertThat(update.points()).isEqualTo(batch.forecast(3).points());
      assertThat(update.lastClose()).isEqualTo(window[window.length - 1]);
    }
  }

  @Test
  void aRestoredJobMakesTheSameForecastsAsOneThatNeverStopped() throws Exception {
    var uninterrupted = harness(null);
    feed(uninterrupted, 0, BARS);
    List<ForecastUpdate> expected = uninterrupted.extractOutputValues();
    uninterrupted.close();

    var first = harness(null);
    feed(first, 0, 65);
    OperatorSubtaskState snapshot = first.snapshot(1, 1);
    List<ForecastUpdate> made = new ArrayList<>(first.extractOutputValues());
    first.close();
    var restored = harness(snapshot);
    feed(restored, 65, BARS);
    made.addAll(restored.extractOutputValues());
    restored.close();

    assertThat(made).isEqualTo(expected);
  }

  @Test
  void aJobResumedWithAnotherScheduleFollowsTheNewOneAndKeepsTheCloses() throws Exception {
    var first = harness(null);
    feed(first, 0, 65);
    OperatorSubtaskState snapshot = first.snapshot(1, 1);
    first.close();

    var restored =
        harness(snapshot, new ForecastSchedule(80, 60, 3, Map.of(Interval.ONE_MINUTE, 20)));
    feed(restored, 65, BARS);
    List<ForecastUpdate> made = restored.extractOutputValues();
    restored.close();

    // the old schedule's next refresh was bar 69; the new one counts 20 bars from bar 59
    assertThat(made)
        .extracting(update -> update.symbol() + "@" + update.origin())
        .containsExactly(
            "AAPL@" + FIRST.plusSeconds(60 * 79), "MSFT@" + FIRST.plusSeconds(60 * 79));
  }
}
