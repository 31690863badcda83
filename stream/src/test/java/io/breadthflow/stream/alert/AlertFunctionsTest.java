package io.breadthflow.stream.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.stream.market.IndicatorFunction;
import io.breadthflow.stream.market.IndicatorRow;
import io.breadthflow.stream.support.Rows;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * The Flink functions around {@link ThresholdAlerts} and {@link GoldenCross}: one state per symbol
 * and interval, kept across a snapshot and restore, raising what the plain classes raise.
 */
class AlertFunctionsTest {
  private static final Instant FIRST = Instant.parse("2024-03-01T14:30:00Z");

  private static KeyedOneInputStreamOperatorTestHarness<String, IndicatorRow, Alert> harness(
      KeyedProcessFunction<String, IndicatorRow, Alert> function, OperatorSubtaskState restored)
      throws Exception {
    KeyedOneInputStreamOperatorTestHarness<String, IndicatorRow, Alert> harness =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(function),
            row -> IndicatorFunction.keyOf(row.bar()),
            Types.STRING);
    if (restored != null) {
      harness.initializeState(restored);
    }
    harness.open();
    return harness;
  }

  /** RSI 75 on every bar of two symbols, interleaved. */
  private static List<IndicatorRow> overbought(int from, int to) {
    List<IndicatorRow> rows = new ArrayList<>();
    for (int i = from; i < to; i++) {
      rows.add(Rows.of("AAPL", FIRST, i).rsi(75).build());
      rows.add(Rows.of("MSFT", FIRST, i).rsi(75).build());
    }
    return rows;
  }

  @Test
  void thresholdCooldownsArePerSymbolAndSurviveASnapshot() throws Exception {
    AlertRules rules = AlertRules.defaults(); // cooldown 10 bars
    var first = harness(new ThresholdAlertFunction(rules), null);
    for (IndicatorRow row : overbought(0, 8)) {
      first.processElement(row, row.bar().start().toEpochMilli());
    }
    assertThat(first.numKeyedStateEntries()).isEqualTo(2);
    OperatorSubtaskState snapshot = first.snapshot(1, 1);
    List<Alert> before = first.extractOutputValues();
    first.close();

    var restored = harness(new ThresholdAlertFunction(rules), snapshot);
    for (IndicatorRow row : overbought(8, 20)) {
      restored.processElement(row, row.bar().start().toEpochMilli());
    }
    List<Alert> after = restored.extractOutputValues();
    restored.close();

    assertThat(before)
        .extracting(a -> a.symbol() + "@" + a.time())
        .containsExactly("AAPL@" + FIRST, "MSFT@" + FIRST);
    assertThat(after) // bar 11 is the first after the 10-bar cooldown of bar 0
        .extracting(a -> a.symbol() + "@" + a.time())
        .containsExactly("AAPL@" + FIRST.plusSeconds(660), "MSFT@" + FIRST.plusSeconds(660));
  }

  @Test
  void aGoldenCrossKeepsStateOnlyWhileItWaitsAndIsConfirmedAcrossASnapshot() throws Exception {
    AlertRules rules = AlertRules.defaults();
    var first = harness(new GoldenCrossFunction(rules, Duration.ofMinutes(1)), null);
    first.processElement(Rows.of("AAPL", FIRST, 0).build(), 0);
    assertThat(first.numKeyedStateEntries()).isZero();
    first.processElement(Rows.of("AAPL", FIRST, 1).goldenCross(101, 100).build(), 1);
    assertThat(first.numKeyedStateEntries()).isEqualTo(1);
    OperatorSubtaskState snapshot = first.snapshot(1, 1);
    first.close();

    var restored = harness(new GoldenCrossFunction(rules, Duration.ofMinutes(1)), snapshot);
    restored.processElement(Rows.of("AAPL", FIRST, 2).volume(3_500, 1_000, 100).build(), 2);

    assertThat(restored.extractOutputValues())
        .extracting(Alert::rule, Alert::time)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("golden_cross_confirmed", FIRST.plusSeconds(120)));
    assertThat(restored.numKeyedStateEntries()).isZero();
    restored.close();
  }
}
