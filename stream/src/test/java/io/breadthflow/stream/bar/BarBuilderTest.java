package io.breadthflow.stream.bar;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.stream.Deduplication;
import io.breadthflow.stream.trade.RejectedTrade;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Flink function around {@link BarAggregator}: its state, its timers and its outputs. */
class BarBuilderTest {
  private static final Instant MINUTE = Instant.parse("2024-03-01T14:30:00Z");
  private static final long T0 = MINUTE.toEpochMilli();

  private KeyedOneInputStreamOperatorTestHarness<String, Trade, Bar> harness;

  private void open(Deduplication deduplicate) throws Exception {
    open(deduplicate, null);
  }

  private void open(Deduplication deduplicate, OperatorSubtaskState restored) throws Exception {
    BarBuilder function =
        new BarBuilder(List.of(Interval.ONE_MINUTE), Duration.ofSeconds(30), deduplicate, "none");
    harness =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(function), Trade::symbol, Types.STRING);
    if (restored != null) {
      harness.initializeState(restored);
    }
    harness.open();
  }

  @AfterEach
  void close() throws Exception {
    harness.close();
  }

  private void trade(int seconds, double price) throws Exception {
    Instant time = MINUTE.plusSeconds(seconds);
    harness.processElement(new Trade("AAPL", time, price, 10, "X", ""), time.toEpochMilli());
  }

  private static Bar minute(double open, double high, double low, double close, int trades) {
    double[] prices = {open, high, low, close};
    double sum = 0;
    for (int i = 0; i < trades; i++) {
      sum += prices[i] * 10;
    }
    return new Bar(
        "AAPL",
        Interval.ONE_MINUTE,
        MINUTE,
        open,
        high,
        low,
        close,
        10.0 * trades,
        sum / (10.0 * trades),
        trades);
  }

  @Test
  void theWatermarkEmitsTheBarALateTradeRevisesItAndTimersAndStateAreClearedAfterTheLateness()
      throws Exception {
    open(Deduplication.OFF);
    trade(10, 100);
    trade(20, 101);
    assertThat(harness.numEventTimeTimers()).isEqualTo(2); // final at end − 1, dropped + 30 s
    assertThat(harness.numKeyedStateEntries()).isEqualTo(1);
    assertThat(harness.extractOutputValues()).isEmpty();

    harness.processWatermark(T0 + 59_999);
    assertThat(harness.extractOutputValues()).containsExactly(minute(100, 101, 100, 101, 2));

    trade(30, 99); // within the lateness: a revision, not a second final bar
    assertThat(harness.getSideOutput(BarBuilder.REVISIONS))
        .extracting(StreamRecord::getValue)
        .containsExactly(
            new Bar(
                "AAPL",
                Interval.ONE_MINUTE,
                MINUTE,
                100,
                101,
                99,
                99,
                30,
                (100 * 10 + 101 * 10 + 99 * 10) / 30.0,
                3));

    harness.processWatermark(T0 + 89_999);
    assertThat(harness.numEventTimeTimers()).isZero();
    assertThat(harness.numKeyedStateEntries()).isZero();

    trade(40, 98); // past the lateness: rejected with its reason, into no bar
    assertThat(harness.getSideOutput(BarBuilder.REJECTED))
        .extracting(StreamRecord::getValue)
        .extracting(RejectedTrade::reason)
        .containsExactly(RejectedTrade.LATE);
    assertThat(harness.extractOutputValues()).hasSize(1);
    assertThat(harness.getSideOutput(BarBuilder.REVISIONS)).hasSize(1);
    assertThat(harness.numEventTimeTimers()).isZero();
    assertThat(harness.numKeyedStateEntries()).isZero();
  }

  @Test
  void aRepeatedTradeIsRejectedAsADuplicateAndTheBarStateSurvivesASnapshot() throws Exception {
    open(Deduplication.EXACT_REPEATS);
    trade(10, 100);
    trade(10, 100);
    assertThat(harness.getSideOutput(BarBuilder.REJECTED))
        .extracting(StreamRecord::getValue)
        .extracting(RejectedTrade::reason)
        .containsExactly(RejectedTrade.DUPLICATE);

    OperatorSubtaskState snapshot = harness.snapshot(1, 1);
    harness.close();
    open(Deduplication.EXACT_REPEATS, snapshot);
    trade(10, 100); // still a duplicate: the fingerprints were restored
    trade(20, 101);
    harness.processWatermark(T0 + 59_999);

    assertThat(harness.getSideOutput(BarBuilder.REJECTED)).hasSize(1);
    assertThat(harness.extractOutputValues()).containsExactly(minute(100, 101, 100, 101, 2));
  }
}
