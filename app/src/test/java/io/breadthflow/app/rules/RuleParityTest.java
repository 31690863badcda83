package io.breadthflow.app.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.core.rule.ActionFilter;
import io.breadthflow.core.rule.ActiveHours;
import io.breadthflow.core.rule.AlertRule;
import io.breadthflow.core.rule.Crossing;
import io.breadthflow.core.rule.Move;
import io.breadthflow.core.rule.ResolvedRule;
import io.breadthflow.core.rule.RuleCondition;
import io.breadthflow.core.rule.RuleFiring;
import io.breadthflow.core.rule.RuleStatus;
import io.breadthflow.core.rule.RuleTarget;
import io.breadthflow.core.rule.SmaLine;
import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.ingest.sim.MarketSimulator;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.stream.Deduplication;
import io.breadthflow.stream.EventTime;
import io.breadthflow.stream.PipelineGraph;
import io.breadthflow.stream.PipelineSpec;
import io.breadthflow.stream.alert.AlertRules;
import io.breadthflow.stream.forecast.ForecastSchedule;
import io.breadthflow.stream.rule.RuleSource;
import io.breadthflow.stream.sink.LocalSink;
import io.breadthflow.stream.source.Pacing;
import io.breadthflow.stream.source.ReplaySource;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

/** The same rules on a replayed daily history fire at exactly the bars the daily path finds. */
class RuleParityTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void replayedHistoryFiresTheRulesAtTheBarsOfTheDailyEvaluation() throws Exception {
    Universe universe = Universes.load("demo_small");
    Map<String, List<Bar>> bySymbol =
        new MarketSimulator(11)
            .dailyBars(universe.members(), LocalDate.of(2020, 1, 2), LocalDate.of(2021, 6, 30));
    List<Bar> history = new ArrayList<>();
    bySymbol.values().forEach(history::addAll);
    history.sort(Comparator.comparing(Bar::start).thenComparing(Bar::symbol));
    List<Bar> replay = List.copyOf(history);
    List<ResolvedRule> rules = rules(universe);

    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config());
    DataStream<Bar> bars =
        env.fromSource(
                ReplaySource.bars(() -> replay, replay.size(), Pacing.AS_FAST_AS_POSSIBLE),
                EventTime.bars(Duration.ofSeconds(5)),
                "replay")
            .setParallelism(1);
    PipelineSpec spec =
        new PipelineSpec(
            universe.symbols(),
            List.of(Interval.ONE_MINUTE),
            Duration.ZERO,
            Duration.ZERO,
            Duration.ofSeconds(5),
            Deduplication.OFF,
            SignalWeights.defaults(),
            AlertRules.defaults(),
            null,
            "none",
            ForecastSchedule.NONE,
            RuleSource.fixed(rules));
    LocalSink<RuleFiring> sink = new LocalSink<>();
    PipelineGraph.fromBars(bars, spec).firings().sinkTo(sink);
    env.execute("rule parity");

    DailyPanel panel = panelOf(bySymbol);
    LocalDate[] sessions = panel.sessions();
    List<RuleFiring> daily =
        DailyRules.evaluate(
            rules, panel, sessions[0], sessions[sessions.length - 1], SignalWeights.defaults());
    List<RuleFiring> streamed =
        sink.gathered().stream()
            .sorted(
                Comparator.comparing(RuleFiring::barTime)
                    .thenComparingLong(RuleFiring::ruleId)
                    .thenComparing(RuleFiring::symbol))
            .toList();

    assertThat(daily).hasSizeGreaterThan(100);
    assertThat(daily.stream().map(RuleFiring::ruleId).distinct().count())
        .as("rules that fired")
        .isGreaterThanOrEqualTo(8);
    assertThat(streamed).containsExactlyElementsOf(daily);
  }

  private static List<ResolvedRule> rules(Universe universe) {
    List<RuleCondition> conditions =
        List.of(
            new RuleCondition.RsiCross(45, Crossing.BELOW),
            new RuleCondition.RsiCross(55, Crossing.ABOVE),
            new RuleCondition.MacdCross(Crossing.ABOVE),
            new RuleCondition.SmaCross(SmaLine.SMA_20, SmaLine.SMA_50, Crossing.BELOW),
            new RuleCondition.PriceChange(3, 5, Move.EITHER),
            new RuleCondition.VolatilityAbove(0.25),
            new RuleCondition.SignalChange(ActionFilter.ANY),
            new RuleCondition.ConfidenceAbove(0.3),
            new RuleCondition.PercentAboveSma(50, 50, Crossing.ABOVE),
            new RuleCondition.McClellanCross(Crossing.ABOVE),
            new RuleCondition.BreadthThrust());
    List<ResolvedRule> rules = new ArrayList<>();
    for (int i = 0; i < conditions.size(); i++) {
      AlertRule rule =
          new AlertRule(
              i + 1,
              100 + i % 3,
              "rule " + (i + 1),
              RuleTarget.universe(universe.name()),
              conditions.get(i),
              Interval.ONE_DAY,
              Duration.ofDays(i % 2 == 0 ? 0 : 3),
              i == 1
                  ? new ActiveHours(LocalTime.of(9, 0), LocalTime.of(12, 0), NEW_YORK)
                  : ActiveHours.allDay(NEW_YORK),
              Set.of(DeliveryChannel.IN_APP),
              RuleStatus.ACTIVE);
      rules.add(new ResolvedRule(rule, universe.symbols()));
    }
    AlertRule pipelineOnly =
        new AlertRule(
            99,
            100,
            "intraday",
            RuleTarget.symbol(universe.symbols().get(0)),
            new RuleCondition.PriceCross(100, Crossing.ABOVE),
            Interval.ONE_MINUTE,
            Duration.ZERO,
            ActiveHours.allDay(NEW_YORK),
            Set.of(DeliveryChannel.IN_APP),
            RuleStatus.ACTIVE);
    rules.add(new ResolvedRule(pipelineOnly, List.of(universe.symbols().get(0))));
    return rules;
  }

  /** The daily path's panel of the same bars (symbols sorted, sessions ascending). */
  private static DailyPanel panelOf(Map<String, List<Bar>> bySymbol) {
    List<String> symbols = bySymbol.keySet().stream().sorted().toList();
    LocalDate[] sessions =
        bySymbol.values().stream()
            .flatMap(List::stream)
            .map(Bar::sessionDate)
            .distinct()
            .sorted()
            .toArray(LocalDate[]::new);
    Map<LocalDate, Integer> index = new HashMap<>();
    for (int t = 0; t < sessions.length; t++) {
      index.put(sessions[t], t);
    }
    double[][][] fields = new double[5][symbols.size()][sessions.length];
    for (double[][] field : fields) {
      for (double[] row : field) {
        Arrays.fill(row, Double.NaN);
      }
    }
    for (int s = 0; s < symbols.size(); s++) {
      for (Bar bar : bySymbol.get(symbols.get(s))) {
        int t = index.get(bar.sessionDate());
        fields[0][s][t] = bar.open();
        fields[1][s][t] = bar.high();
        fields[2][s][t] = bar.low();
        fields[3][s][t] = bar.close();
        fields[4][s][t] = bar.volume();
      }
    }
    return new DailyPanel(symbols, sessions, fields[0], fields[1], fields[2], fields[3], fields[4]);
  }

  private static Configuration config() {
    Configuration config = new Configuration();
    config.setString("parallelism.default", "2");
    return config;
  }
}
