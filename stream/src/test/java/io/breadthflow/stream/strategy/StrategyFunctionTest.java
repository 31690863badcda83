package io.breadthflow.stream.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.strategy.Comparison;
import io.breadthflow.core.strategy.Condition.SymbolTest;
import io.breadthflow.core.strategy.Operand.Series;
import io.breadthflow.core.strategy.SeriesKind;
import io.breadthflow.core.strategy.StrategyProgram;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * The strategy operator: a period is judged when the watermark passes its end, changes are alerts,
 * a bar for a final period is ignored, and a restored snapshot goes on as the original.
 */
class StrategyFunctionTest {
  private static final Instant FIRST = Instant.parse("2024-03-01T14:30:00Z");
  private static final List<String> UNIVERSE = List.of("AAA", "BBB");
  private static final StrategySource SOURCE =
      new StrategySource(
          new StrategyProgram(
              "above-sma2",
              "",
              new SymbolTest(Series.close(), Comparison.ABOVE, new Series(SeriesKind.SMA, 2)),
              null),
          Map.of("AAA", "Energy", "BBB", "Energy"));

  /** AAA: 10, 11, 9 (long on bar 1, flat on bar 2); BBB: 10, 9, 12 (long on bar 2). */
  private static final double[][] CLOSES = {{10, 11, 9}, {10, 9, 12}};

  @Test
  void eachPeriodIsJudgedOnTheWatermarkAndItsChangesAreAlerts() throws Exception {
    var harness = harness(null, null);
    feed(harness, 0, 3);
    harness.processWatermark(end(2));

    assertThat(harness.extractOutputValues())
        .extracting(a -> a.symbol() + " " + a.rule() + " " + a.time() + " " + a.value())
        .containsExactly(
            "AAA strategy_long " + start(1) + " 1.0",
            "AAA strategy_flat " + start(2) + " 0.0",
            "BBB strategy_long " + start(2) + " 1.0");
    assertThat(harness.extractOutputValues().get(0).message()).isEqualTo("above-sma2: long AAA");
    assertThat(harness.numEventTimeTimers()).isZero();
    assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
  }

  @Test
  void aBarForAPeriodAlreadyJudgedIsIgnored() throws Exception {
    var harness = harness(null, null);
    feed(harness, 0, 2);
    harness.processWatermark(end(1));
    harness.processElement(bar("BBB", 1, 50), start(1).toEpochMilli());
    harness.processWatermark(end(1) + 60_000);

    assertThat(harness.extractOutputValues())
        .extracting(a -> a.symbol() + " " + a.rule())
        .containsExactly("AAA strategy_long");
  }

  @Test
  void periodsBeforeTheFirstOutputDateWarmUpAndTheLongOnesAreAnnouncedThen() throws Exception {
    var harness = harness(null, LocalDate.of(2024, 3, 3));
    feed(harness, 0, 2);
    harness.processWatermark(end(1));
    assertThat(harness.extractOutputValues()).as("AAA long on a warm-up period").isEmpty();

    harness.processElement(bar("AAA", 2, 12), start(2).toEpochMilli());
    harness.processElement(bar("BBB", 2, 12), start(2).toEpochMilli());
    harness.processWatermark(end(2));
    assertThat(harness.extractOutputValues())
        .extracting(a -> a.symbol() + " " + a.rule() + " " + a.time())
        .containsExactly("AAA strategy_long " + start(2), "BBB strategy_long " + start(2));
  }

  @Test
  void aRestoredSnapshotGoesOnAsTheOriginal() throws Exception {
    var first = harness(null, null);
    feed(first, 0, 2);
    first.processWatermark(end(0));
    OperatorSubtaskState snapshot = first.snapshot(1, 1);
    List<Alert> made = new ArrayList<>(first.extractOutputValues());
    first.close();

    var restored = harness(snapshot, null);
    feed(restored, 2, 3);
    restored.processWatermark(end(2));
    made.addAll(restored.extractOutputValues());

    var uninterrupted = harness(null, null);
    feed(uninterrupted, 0, 3);
    uninterrupted.processWatermark(end(2));
    assertThat(made).isEqualTo(uninterrupted.extractOutputValues()).hasSize(3);
  }

  private static KeyedOneInputStreamOperatorTestHarness<String, Bar, Alert> harness(
      OperatorSubtaskState restored, LocalDate outputFrom) throws Exception {
    var harness =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(new StrategyFunction(SOURCE, UNIVERSE, outputFrom)),
            (Bar bar) -> bar.interval().code(),
            Types.STRING);
    if (restored != null) {
      harness.initializeState(restored);
    }
    harness.open();
    return harness;
  }

  private static void feed(
      KeyedOneInputStreamOperatorTestHarness<String, Bar, Alert> harness, int from, int to)
      throws Exception {
    for (int i = from; i < to; i++) {
      for (int s = 0; s < UNIVERSE.size(); s++) {
        harness.processElement(bar(UNIVERSE.get(s), i, CLOSES[s][i]), start(i).toEpochMilli());
      }
    }
  }

  private static Instant start(int i) {
    return FIRST.plusSeconds(86_400L * i);
  }

  private static long end(int i) {
    return start(i).toEpochMilli() + Interval.ONE_DAY.length().toMillis() - 1;
  }

  private static Bar bar(String symbol, int i, double close) {
    return new Bar(symbol, Interval.ONE_DAY, start(i), close, close, close, close, 100, close, 1);
  }
}
