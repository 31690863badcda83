package io.breadthflow.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.core.signal.SignalAction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** Each condition fires on the observation where it happens, within cooldown and active hours. */
class RuleEvaluatorTest {
  private static final Instant T0 = Instant.parse("2024-03-04T14:30:00Z");
  private static final ZoneId UTC = ZoneId.of("UTC");

  private static AlertRule rule(
      long id, RuleTarget target, RuleCondition condition, Duration cooldown, ActiveHours hours) {
    return new AlertRule(
        id,
        7,
        "rule " + id,
        target,
        condition,
        Interval.ONE_MINUTE,
        cooldown,
        hours,
        Set.of(DeliveryChannel.IN_APP),
        RuleStatus.ACTIVE);
  }

  private static AlertRule rule(RuleCondition condition) {
    RuleTarget target =
        condition.kind().marketWide()
            ? RuleTarget.universe("demo_small")
            : RuleTarget.symbol("AAPL");
    return rule(1, target, condition, Duration.ZERO, ActiveHours.allDay(UTC));
  }

  /** Runs one rule over observations made by {@code fill}(index, observation); the firing bars. */
  private static List<Integer> firings(
      AlertRule rule, int count, BiConsumer<Integer, Observation> fill) {
    RuleIndex index = new RuleIndex(List.of(new ResolvedRule(rule, List.of("AAPL"))));
    RuleStates states = new RuleStates();
    Observation observation = new Observation();
    List<RuleFiring> fired = new ArrayList<>();
    List<Integer> bars = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      fill.accept(i, observation);
      int before = fired.size();
      RuleEvaluator.evaluate(
          index.rulesFor(observation.input(), observation.interval(), observation.symbol()),
          states,
          observation,
          fired);
      if (fired.size() > before) {
        bars.add(i);
      }
    }
    return bars;
  }

  private static Instant at(int i) {
    return T0.plusSeconds(60L * i);
  }

  private static void bar(Observation o, int i, double close) {
    bar(o, i, close, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
  }

  private static void bar(
      Observation o,
      int i,
      double close,
      double rsi,
      double macd,
      double macdSignal,
      double sma20,
      double sma50,
      double volatility) {
    o.bar(
        "AAPL",
        Interval.ONE_MINUTE,
        at(i),
        close,
        rsi,
        macd,
        macdSignal,
        sma20,
        sma50,
        100,
        volatility);
  }

  private static BreadthRow breadth(double mcclellan, double pct50, double pct200, boolean thrust) {
    return new BreadthRow(
        LocalDate.of(2024, 3, 4),
        1,
        1,
        0,
        0,
        0,
        1,
        1,
        1,
        1,
        mcclellan,
        0,
        pct50,
        pct200,
        0,
        0,
        0.62,
        thrust);
  }

  @Test
  void aPriceCrossFiresOnTheBarItCrossesNotWhileItStaysAbove() {
    double[] closes = {99, 100, 101, 102, 99, 101};
    assertThat(
            firings(
                rule(new RuleCondition.PriceCross(100, Crossing.ABOVE)),
                closes.length,
                (i, o) -> bar(o, i, closes[i])))
        .containsExactly(2, 5);
    assertThat(
            firings(
                rule(new RuleCondition.PriceCross(100, Crossing.BELOW)),
                closes.length,
                (i, o) -> bar(o, i, closes[i])))
        .containsExactly(4);
  }

  @Test
  void theFirstObservationAndWarmUpValuesCrossNothing() {
    double[] rsi = {Double.NaN, 25, Double.NaN, 25, 35, 28};
    assertThat(
            firings(
                rule(new RuleCondition.RsiCross(30, Crossing.BELOW)),
                rsi.length,
                (i, o) -> bar(o, i, 100, rsi[i], 0, 0, 0, 0, 0)))
        .containsExactly(5);
  }

  @Test
  void aChangeOverNBarsFiresWhenItFirstReachesTheThreshold() {
    double[] rising = {100, 100, 100, 100, 106, 107, 101, 100};
    assertThat(
            firings(
                rule(new RuleCondition.PriceChange(5, 3, Move.UP)),
                rising.length,
                (i, o) -> bar(o, i, rising[i])))
        .containsExactly(4);
    double[] closes = {100, 100, 100, 106, 107, 101, 100, 94};
    assertThat(
            firings(
                rule(new RuleCondition.PriceChange(5, 1, Move.EITHER)),
                closes.length,
                (i, o) -> bar(o, i, closes[i])))
        .containsExactly(3, 5, 7);
  }

  @Test
  void aChangeFiringReportsThePercentage() {
    RuleIndex index =
        new RuleIndex(
            List.of(
                new ResolvedRule(
                    rule(new RuleCondition.PriceChange(5, 1, Move.DOWN)), List.of("AAPL"))));
    RuleStates states = new RuleStates();
    Observation o = new Observation();
    List<RuleFiring> fired = new ArrayList<>();
    double[] closes = {100, 100, 90};
    for (int i = 0; i < closes.length; i++) {
      bar(o, i, closes[i]);
      RuleEvaluator.evaluate(
          index.rulesFor(RuleInput.BAR, Interval.ONE_MINUTE, "AAPL"), states, o, fired);
    }
    assertThat(fired).hasSize(1);
    assertThat(fired.get(0).value()).isCloseTo(-10, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(fired.get(0).close()).isEqualTo(90);
    assertThat(fired.get(0).barTime()).isEqualTo(at(2));
    assertThat(fired.get(0).message()).startsWith("AAPL close 90 changed -10.00% over 1 bars");
  }

  @Test
  void macdAndSmaCrossesFireOnTheirCrossingBars() {
    double[] macd = {1, 2, 3, 2, 1, 2};
    double[] signal = {2, 2.5, 2.5, 2.5, 1.5, 1.5};
    assertThat(
            firings(
                rule(new RuleCondition.MacdCross(Crossing.ABOVE)),
                macd.length,
                (i, o) -> bar(o, i, 100, 50, macd[i], signal[i], 0, 0, 0)))
        .containsExactly(2, 5);
    assertThat(
            firings(
                rule(new RuleCondition.MacdCross(Crossing.BELOW)),
                macd.length,
                (i, o) -> bar(o, i, 100, 50, macd[i], signal[i], 0, 0, 0)))
        .containsExactly(3);
    double[] sma20 = {95, 99, 101, 102, 98};
    assertThat(
            firings(
                rule(new RuleCondition.SmaCross(SmaLine.SMA_20, SmaLine.SMA_50, Crossing.ABOVE)),
                sma20.length,
                (i, o) -> bar(o, i, 100, 50, 0, 0, sma20[i], 100, 0)))
        .containsExactly(2);
  }

  @Test
  void volatilityFiresWhenItRisesAboveTheLevel() {
    double[] volatility = {0.5, 0.7, 0.8, 0.5, 0.61};
    assertThat(
            firings(
                rule(new RuleCondition.VolatilityAbove(0.6)),
                volatility.length,
                (i, o) -> bar(o, i, 100, 50, 0, 0, 0, 0, volatility[i])))
        .containsExactly(1, 4);
  }

  @Test
  void signalRulesFireOnActionChangesAndConfidenceCrossings() {
    SignalAction[] actions = {
      SignalAction.HOLD, SignalAction.HOLD, SignalAction.BUY, SignalAction.BUY, SignalAction.SELL
    };
    double[] confidence = {0.5, 0.9, 0.95, 0.6, 0.85};
    BiConsumer<Integer, Observation> fill =
        (i, o) -> o.signal("AAPL", Interval.ONE_MINUTE, at(i), actions[i], confidence[i]);
    assertThat(firings(rule(new RuleCondition.SignalChange(ActionFilter.ANY)), 5, fill))
        .containsExactly(2, 4);
    assertThat(firings(rule(new RuleCondition.SignalChange(ActionFilter.SELL)), 5, fill))
        .containsExactly(4);
    assertThat(firings(rule(new RuleCondition.ConfidenceAbove(0.8)), 5, fill))
        .containsExactly(1, 4);
  }

  @Test
  void breadthRulesFireOnThrustsPercentCrossingsAndMcClellanZeroCrosses() {
    double[] mcclellan = {-5, 3, 4, -1, 2};
    double[] pct50 = {40, 55, 60, 45, 52};
    boolean[] thrust = {false, true, false, false, true};
    BiConsumer<Integer, Observation> fill =
        (i, o) ->
            o.breadth(Interval.ONE_MINUTE, at(i), breadth(mcclellan[i], pct50[i], 30, thrust[i]));
    assertThat(firings(rule(new RuleCondition.BreadthThrust()), 5, fill)).containsExactly(1, 4);
    assertThat(firings(rule(new RuleCondition.PercentAboveSma(50, 50, Crossing.ABOVE)), 5, fill))
        .containsExactly(1, 4);
    assertThat(firings(rule(new RuleCondition.McClellanCross(Crossing.BELOW)), 5, fill))
        .containsExactly(3);
    assertThat(firings(rule(new RuleCondition.McClellanCross(Crossing.ABOVE)), 5, fill))
        .containsExactly(1, 4);
  }

  @Test
  void pipelineAlertRulesFireOnTheirAlertOrOnAny() {
    String[] names = {"rsi_overbought", "volume_spike", "rsi_overbought"};
    BiConsumer<Integer, Observation> fill =
        (i, o) -> o.alert("AAPL", Interval.ONE_MINUTE, at(i), names[i], "AAPL " + names[i], 71);
    assertThat(firings(rule(new RuleCondition.PipelineAlert("rsi_overbought")), 3, fill))
        .containsExactly(0, 2);
    assertThat(firings(rule(new RuleCondition.PipelineAlert("")), 3, fill))
        .containsExactly(0, 1, 2);
  }

  @Test
  void aRuleInItsCooldownStaysQuietButKeepsTrackOfCrossings() {
    double[] closes = {99, 101, 99, 101, 99, 101, 99, 101};
    AlertRule rule =
        rule(
            1,
            RuleTarget.symbol("AAPL"),
            new RuleCondition.PriceCross(100, Crossing.ABOVE),
            Duration.ofMinutes(4),
            ActiveHours.allDay(UTC));
    assertThat(firings(rule, closes.length, (i, o) -> bar(o, i, closes[i]))).containsExactly(1, 5);
  }

  @Test
  void activeHoursFollowTheOwnersClocksAcrossDaylightSavingChanges() {
    ZoneId newYork = ZoneId.of("America/New_York");
    AlertRule rule =
        rule(
            1,
            RuleTarget.symbol("AAPL"),
            new RuleCondition.PriceCross(100, Crossing.ABOVE),
            Duration.ZERO,
            new ActiveHours(LocalTime.of(9, 30), LocalTime.of(10, 0), newYork));
    // 14:40 UTC is 09:40 in New York before the change on 2024-03-10 (EST) and 10:40 after (EDT).
    Instant[] times = {
      Instant.parse("2024-03-08T14:38:00Z"),
      Instant.parse("2024-03-08T14:40:00Z"),
      Instant.parse("2024-03-11T14:38:00Z"),
      Instant.parse("2024-03-11T14:40:00Z"),
      Instant.parse("2024-03-11T13:38:00Z"),
      Instant.parse("2024-03-11T13:40:00Z")
    };
    double[] closes = {99, 101, 99, 101, 99, 101};
    assertThat(
            firings(
                rule,
                times.length,
                (i, o) ->
                    o.bar("AAPL", Interval.ONE_MINUTE, times[i], closes[i], 0, 0, 0, 0, 0, 0, 0)))
        .containsExactly(1, 5);
  }

  @Test
  void anOvernightWindowSpansMidnight() {
    ActiveHours night = new ActiveHours(LocalTime.of(22, 0), LocalTime.of(6, 0), UTC);
    assertThat(night.contains(Instant.parse("2024-03-04T23:00:00Z"))).isTrue();
    assertThat(night.contains(Instant.parse("2024-03-04T05:59:00Z"))).isTrue();
    assertThat(night.contains(Instant.parse("2024-03-04T06:00:00Z"))).isFalse();
    assertThat(night.contains(Instant.parse("2024-03-04T12:00:00Z"))).isFalse();
    assertThat(ActiveHours.allDay(UTC).contains(Instant.parse("2024-03-04T12:00:00Z"))).isTrue();
  }

  @Test
  void anEditedRuleStartsAfreshAndAnUnchangedOneKeepsItsState() {
    AlertRule above = rule(new RuleCondition.PriceCross(100, Crossing.ABOVE));
    AlertRule other =
        rule(
            2,
            RuleTarget.symbol("AAPL"),
            new RuleCondition.PriceCross(50, Crossing.ABOVE),
            Duration.ZERO,
            ActiveHours.allDay(UTC));
    RuleStates states = new RuleStates();
    Observation o = new Observation();
    List<RuleFiring> fired = new ArrayList<>();
    IndexedRule[] first = {IndexedRule.of(above)};
    bar(o, 0, 99);
    RuleEvaluator.evaluate(first, states, o, fired);
    IndexedRule[] both = {IndexedRule.of(above), IndexedRule.of(other)};
    bar(o, 1, 101);
    RuleEvaluator.evaluate(both, states, o, fired);
    assertThat(fired).extracting(RuleFiring::ruleId).containsExactly(1L);
    IndexedRule[] edited = {
      IndexedRule.of(
          rule(
              1,
              RuleTarget.symbol("AAPL"),
              new RuleCondition.PriceCross(102, Crossing.ABOVE),
              Duration.ZERO,
              ActiveHours.allDay(UTC)))
    };
    bar(o, 2, 103);
    RuleEvaluator.evaluate(edited, states, o, fired);
    assertThat(fired).hasSize(1);
    assertThat(states.size()).isEqualTo(1);
  }

  @Test
  void evaluatingWithoutAFiringReusesTheStatesArrays() {
    AlertRule rule = rule(new RuleCondition.RsiCross(30, Crossing.BELOW));
    IndexedRule[] rules = {IndexedRule.of(rule)};
    RuleStates states = new RuleStates();
    Observation o = new Observation();
    List<RuleFiring> fired = new ArrayList<>();
    bar(o, 0, 100, 50, 0, 0, 0, 0, 0);
    RuleEvaluator.evaluate(rules, states, o, fired);
    RuleState state = states.state(0);
    bar(o, 1, 100, 45, 0, 0, 0, 0, 0);
    RuleEvaluator.evaluate(rules, states, o, fired);
    assertThat(states.state(0)).isSameAs(state);
    assertThat(state.previous()).isEqualTo(45);
    assertThat(fired).isEmpty();
  }

  @Test
  void aRuleOnAWatchlistOrUniverseSeesEachOfItsSymbolsAndAPausedRuleNone() {
    AlertRule onList =
        rule(
            3,
            RuleTarget.watchlist(12),
            new RuleCondition.MacdCross(Crossing.ABOVE),
            Duration.ZERO,
            ActiveHours.allDay(UTC));
    AlertRule paused =
        new AlertRule(
            4,
            7,
            "paused",
            RuleTarget.symbol("MSFT"),
            new RuleCondition.MacdCross(Crossing.ABOVE),
            Interval.ONE_MINUTE,
            Duration.ZERO,
            ActiveHours.allDay(UTC),
            Set.of(DeliveryChannel.EMAIL),
            RuleStatus.PAUSED);
    RuleIndex index =
        new RuleIndex(
            List.of(
                new ResolvedRule(onList, List.of("AAPL", "MSFT")),
                new ResolvedRule(paused, List.of("MSFT"))));
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.rulesFor(RuleInput.BAR, Interval.ONE_MINUTE, "MSFT")).hasSize(1);
    assertThat(index.rulesFor(RuleInput.BAR, Interval.ONE_MINUTE, "AAPL")).hasSize(1);
    assertThat(index.rulesFor(RuleInput.BAR, Interval.ONE_DAY, "AAPL")).isEmpty();
    assertThat(index.rulesFor(RuleInput.SIGNAL, Interval.ONE_MINUTE, "AAPL")).isEmpty();
  }
}
