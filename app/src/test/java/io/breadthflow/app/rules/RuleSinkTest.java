package io.breadthflow.app.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.rule.ResolvedRule;
import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.ingest.sim.MarketSimulator;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.NotificationFilter;
import io.breadthflow.store.Role;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.stream.Deduplication;
import io.breadthflow.stream.EventTime;
import io.breadthflow.stream.PipelineGraph;
import io.breadthflow.stream.PipelineSpec;
import io.breadthflow.stream.alert.AlertRules;
import io.breadthflow.stream.forecast.ForecastSchedule;
import io.breadthflow.stream.sink.PipelineSinks;
import io.breadthflow.stream.sink.SharedStores;
import io.breadthflow.stream.source.Pacing;
import io.breadthflow.stream.source.ReplaySource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's firings reach the notification outbox once, also when the history is replayed again.
 */
class RuleSinkTest {
  @TempDir Path dir;

  @Test
  void aReplayedHistoryEnqueuesEachFiringOncePerChannelAndAgainNothing() throws Exception {
    StoreConfig config = new StoreConfig("jdbc:duckdb:" + dir.resolve("sink.duckdb"), "", "");
    Universe universe = Universes.load("demo_small");
    List<Bar> history = new ArrayList<>();
    new MarketSimulator(5)
        .dailyBars(universe.members(), LocalDate.of(2022, 1, 3), LocalDate.of(2022, 12, 30))
        .values()
        .forEach(history::addAll);
    history.sort(Comparator.comparing(Bar::start).thenComparing(Bar::symbol));
    List<Bar> replay = List.copyOf(history);
    try (MarketStore store = MarketStores.open(config);
        AutoCloseable shared = SharedStores.share(config, store)) {
      long alice = store.users().create("alice", "x", Role.USER).id();
      new RuleService(store, java.time.Clock.systemUTC())
          .create(
              alice,
              RuleJson.read(
                  """
                  {"name": "dips", "target": {"kind": "universe", "value": "demo_small"},
                   "condition": {"kind": "rsi_cross", "level": 45, "direction": "below"},
                   "interval": "1d", "zone": "UTC", "channels": ["in_app", "webhook"]}
                  """));
      List<ResolvedRule> rules = new RuleBook(store).active();

      replay(config, universe, replay);
      int first = store.notifications().forUser(alice, NotificationFilter.ALL, 10_000).size();
      replay(config, universe, replay);
      int second = store.notifications().forUser(alice, NotificationFilter.ALL, 10_000).size();

      store.upsertBars(replay);
      int expected =
          DailyRules.evaluate(
                  rules,
                  store.dailyPanel(
                      universe.symbols(), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)),
                  LocalDate.of(2022, 1, 1),
                  LocalDate.of(2022, 12, 31),
                  SignalWeights.defaults())
              .size();
      assertThat(expected).isPositive();
      assertThat(first).isEqualTo(2 * expected);
      assertThat(second).isEqualTo(first);
    }
  }

  private static void replay(StoreConfig config, Universe universe, List<Bar> bars)
      throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
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
            StoreRuleSource.of(config));
    PipelineGraph.Outputs outputs =
        PipelineGraph.fromBars(
            env.fromSource(
                    ReplaySource.bars(() -> bars, bars.size(), Pacing.AS_FAST_AS_POSSIBLE),
                    EventTime.bars(Duration.ofSeconds(5)),
                    "replay")
                .setParallelism(1),
            spec);
    PipelineSinks.toStore(outputs, config);
    env.execute("rule sink");
  }
}
