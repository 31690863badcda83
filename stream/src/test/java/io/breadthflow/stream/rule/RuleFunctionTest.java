package io.breadthflow.stream.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.core.rule.ActiveHours;
import io.breadthflow.core.rule.AlertRule;
import io.breadthflow.core.rule.Crossing;
import io.breadthflow.core.rule.ResolvedRule;
import io.breadthflow.core.rule.RuleCondition;
import io.breadthflow.core.rule.RuleFiring;
import io.breadthflow.core.rule.RuleStatus;
import io.breadthflow.core.rule.RuleTarget;
import io.breadthflow.stream.market.IndicatorFunction;
import io.breadthflow.stream.market.IndicatorRow;
import io.breadthflow.stream.support.Rows;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The keyed rule operator: one state entry per symbol with rules, kept across a snapshot and
 * restore, and rules read again from its source while it runs.
 */
class RuleFunctionTest {
  private static final Instant FIRST = Instant.parse("2024-03-01T14:30:00Z");

  /** Rules a test changes while the operator runs (one JVM: the harness runs in the test's). */
  static final List<ResolvedRule> LIVE = new CopyOnWriteArrayList<>();

  /** Reads {@link #LIVE} every millisecond. */
  record LiveRules() implements RuleSource {
    @Override
    public List<ResolvedRule> load() {
      return List.copyOf(LIVE);
    }

    @Override
    public Duration refreshEvery() {
      return Duration.ofMillis(1);
    }
  }

  private static ResolvedRule rsiBelow30(long id, String symbol) {
    return new ResolvedRule(
        new AlertRule(
            id,
            5,
            "oversold " + symbol,
            RuleTarget.symbol(symbol),
            new RuleCondition.RsiCross(30, Crossing.BELOW),
            Interval.ONE_MINUTE,
            Duration.ZERO,
            ActiveHours.allDay(ZoneId.of("UTC")),
            Set.of(DeliveryChannel.WEBHOOK),
            RuleStatus.ACTIVE),
        List.of(symbol));
  }

  private static KeyedOneInputStreamOperatorTestHarness<String, IndicatorRow, RuleFiring> harness(
      RuleSource source, OperatorSubtaskState restored) throws Exception {
    var harness =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(new BarRules(source)),
            (IndicatorRow row) -> IndicatorFunction.keyOf(row.bar()),
            Types.STRING);
    if (restored != null) {
      harness.initializeState(restored);
    }
    harness.open();
    return harness;
  }

  private static void feed(
      KeyedOneInputStreamOperatorTestHarness<String, IndicatorRow, RuleFiring> harness,
      String symbol,
      long index,
      double rsi)
      throws Exception {
    IndicatorRow row = Rows.of(symbol, FIRST, index).rsi(rsi).build();
    harness.processElement(row, row.bar().start().toEpochMilli());
  }

  @Test
  void aCrossingAfterARestoreIsJudgedAgainstTheValueBeforeTheSnapshot() throws Exception {
    RuleSource rules = RuleSource.fixed(List.of(rsiBelow30(1, "AAPL")));
    var first = harness(rules, null);
    feed(first, "AAPL", 0, 40);
    feed(first, "MSFT", 0, 20);
    assertThat(first.numKeyedStateEntries()).isEqualTo(1);
    OperatorSubtaskState snapshot = first.snapshot(1, 1);
    first.close();

    var restored = harness(rules, snapshot);
    feed(restored, "AAPL", 1, 25);
    feed(restored, "AAPL", 2, 20);
    List<RuleFiring> fired = restored.extractOutputValues();
    restored.close();

    assertThat(fired).hasSize(1);
    RuleFiring firing = fired.get(0);
    assertThat(firing.ruleId()).isEqualTo(1);
    assertThat(firing.userId()).isEqualTo(5);
    assertThat(firing.symbol()).isEqualTo("AAPL");
    assertThat(firing.barTime()).isEqualTo(FIRST.plusSeconds(60));
    assertThat(firing.key()).isEqualTo("1/AAPL/1m/" + FIRST.plusSeconds(60).toEpochMilli());
    assertThat(firing.message()).isEqualTo("AAPL RSI(14) 25.0 crossed below 30");
    assertThat(firing.channels()).containsExactly(DeliveryChannel.WEBHOOK);
  }

  @Test
  void aRuleCreatedWhileTheOperatorRunsTakesEffectAtTheNextRead() throws Exception {
    LIVE.clear();
    var harness = harness(new LiveRules(), null);
    feed(harness, "AAPL", 0, 40);
    feed(harness, "AAPL", 1, 20);
    assertThat(harness.extractOutputValues()).isEmpty();

    LIVE.add(rsiBelow30(2, "AAPL"));
    long added = System.currentTimeMillis();
    Awaitility.await().until(() -> System.currentTimeMillis() > added + 2);
    feed(harness, "AAPL", 2, 40);
    feed(harness, "AAPL", 3, 20);
    List<RuleFiring> fired = harness.extractOutputValues();
    harness.close();
    LIVE.clear();

    assertThat(fired).extracting(RuleFiring::barTime).containsExactly(FIRST.plusSeconds(180));
  }
}
