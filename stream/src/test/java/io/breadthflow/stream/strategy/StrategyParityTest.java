package io.breadthflow.stream.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.backtest.BacktestConfig;
import io.breadthflow.core.backtest.Backtester;
import io.breadthflow.core.backtest.SessionBars;
import io.breadthflow.core.backtest.Strategy;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.Instrument;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.core.strategy.BreadthMeasure;
import io.breadthflow.core.strategy.Comparison;
import io.breadthflow.core.strategy.Condition.All;
import io.breadthflow.core.strategy.Condition.Any;
import io.breadthflow.core.strategy.Condition.BreadthTest;
import io.breadthflow.core.strategy.Condition.SymbolTest;
import io.breadthflow.core.strategy.Operand.Level;
import io.breadthflow.core.strategy.Operand.Series;
import io.breadthflow.core.strategy.RulesStrategy;
import io.breadthflow.core.strategy.Scope;
import io.breadthflow.core.strategy.SeriesKind;
import io.breadthflow.core.strategy.StrategyProgram;
import io.breadthflow.ingest.sim.MarketSimulator;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

/**
 * "Backtested and streamed with the same code": a daily history replayed through the streaming job
 * and backtested through {@link RulesStrategy} gives the same long/flat decision for every symbol
 * on every session.
 */
class StrategyParityTest {
  static final StrategyProgram PROGRAM =
      new StrategyProgram(
          "parity",
          "",
          new All(
              List.of(
                  new SymbolTest(Series.close(), Comparison.ABOVE, new Series(SeriesKind.SMA, 50)),
                  new BreadthTest(
                      BreadthMeasure.PCT_ABOVE_SMA50, Scope.SECTOR, Comparison.ABOVE, 50),
                  new Any(
                      List.of(
                          new BreadthTest(
                              BreadthMeasure.MCCLELLAN_OSCILLATOR,
                              Scope.UNIVERSE,
                              Comparison.ABOVE,
                              0),
                          new SymbolTest(
                              new Series(SeriesKind.RSI, 14),
                              Comparison.CROSSES_ABOVE,
                              new Level(50)))))),
          new Any(
              List.of(
                  new SymbolTest(
                      Series.close(), Comparison.CROSSES_BELOW, new Series(SeriesKind.EMA, 20)),
                  new BreadthTest(
                      BreadthMeasure.AD_PERCENT, Scope.UNIVERSE, Comparison.BELOW, -30))));

  @Test
  void streamedAndBacktestedDecisionsAreIdenticalForEverySymbolAndSession() throws Exception {
    List<Instrument> members = Universes.sp100().members().subList(0, 40);
    Map<String, String> sectorOf = new LinkedHashMap<>();
    members.forEach(m -> sectorOf.put(m.symbol(), m.sector()));
    Map<String, List<Bar>> bySymbol =
        new MarketSimulator(21)
            .dailyBars(members, LocalDate.of(2020, 1, 2), LocalDate.of(2021, 6, 30));
    DailyPanel panel = panelOf(bySymbol);

    int[][] backtested = backtest(panel, sectorOf);
    int[][] streamed = stream(bySymbol, panel, new StrategySource(PROGRAM, sectorOf));

    int longs = 0;
    for (int t = 0; t < panel.sessions().length; t++) {
      assertThat(streamed[t]).as(panel.sessions()[t].toString()).containsExactly(backtested[t]);
      longs += Arrays.stream(backtested[t]).sum();
    }
    assertThat(longs).as("long symbol-sessions").isGreaterThan(500);
  }

  /** The backtester's directions after each session's close, [t][s]. */
  private static int[][] backtest(DailyPanel panel, Map<String, String> sectorOf) {
    int[][] decided = new int[panel.sessions().length][];
    RulesStrategy rules = new RulesStrategy(PROGRAM, sectorOf);
    Strategy recording =
        new Strategy() {
          @Override
          public void start(List<String> symbols) {
            rules.start(symbols);
          }

          @Override
          public void onClose(SessionBars session, int[] direction) {
            rules.onClose(session, direction);
            decided[session.index()] = direction.clone();
          }
        };
    Backtester.run(
        panel, panel.sessions()[0], recording, BacktestConfig.defaults(1e6), new int[] {0});
    return decided;
  }

  /** The job's directions, [t][s], from its entry and exit alerts. */
  private static int[][] stream(
      Map<String, List<Bar>> bySymbol, DailyPanel panel, StrategySource source) throws Exception {
    List<Bar> history = new ArrayList<>();
    bySymbol.values().forEach(history::addAll);
    history.sort(Comparator.comparing(Bar::start).thenComparing(Bar::symbol));
    List<Bar> replay = List.copyOf(history);
    Configuration config = new Configuration();
    config.setString("parallelism.default", "2");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
    DataStream<Bar> bars =
        env.fromSource(
                ReplaySource.bars(() -> replay, replay.size(), Pacing.AS_FAST_AS_POSSIBLE),
                EventTime.bars(Duration.ofSeconds(5)),
                "replay")
            .setParallelism(1);
    PipelineSpec spec =
        new PipelineSpec(
                panel.symbols(),
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
                RuleSource.NONE)
            .withStrategy(source);
    LocalSink<Alert> alerts = new LocalSink<>();
    PipelineGraph.fromBars(bars, spec).alerts().sinkTo(alerts);
    env.execute("strategy parity");

    Map<LocalDate, Integer> session = new HashMap<>();
    for (int t = 0; t < panel.sessions().length; t++) {
      session.put(panel.sessions()[t], t);
    }
    int symbols = panel.symbols().size();
    int[][] changes = new int[panel.sessions().length][symbols];
    for (int[] row : changes) {
      Arrays.fill(row, -1);
    }
    for (Alert alert : alerts.gathered()) {
      if (alert.rule().equals(StrategyFunction.ENTRY)
          || alert.rule().equals(StrategyFunction.EXIT)) {
        assertThat(alert.interval()).isEqualTo(Interval.ONE_DAY.code());
        int t = session.get(NyseCalendar.sessionDateOf(alert.time()));
        changes[t][panel.symbols().indexOf(alert.symbol())] = (int) alert.value();
      }
    }
    int[][] directions = new int[panel.sessions().length][symbols];
    int[] current = new int[symbols];
    for (int t = 0; t < directions.length; t++) {
      for (int s = 0; s < symbols; s++) {
        if (changes[t][s] >= 0) {
          assertThat(changes[t][s]).as("an alert changes the direction").isNotEqualTo(current[s]);
          current[s] = changes[t][s];
        }
      }
      directions[t] = current.clone();
    }
    return directions;
  }

  /** The batch path's panel of the same bars (symbols sorted, sessions ascending). */
  static DailyPanel panelOf(Map<String, List<Bar>> bySymbol) {
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
}
