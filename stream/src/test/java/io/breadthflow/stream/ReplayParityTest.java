package io.breadthflow.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.breadth.BreadthEngine;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.forecast.FittedModel;
import io.breadthflow.core.forecast.arima.AutoArimaConfig;
import io.breadthflow.core.forecast.arima.AutoArimaForecaster;
import io.breadthflow.core.indicator.DailyIndicatorSet;
import io.breadthflow.core.signal.Signal;
import io.breadthflow.core.signal.SignalEngine;
import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.ingest.sim.MarketSimulator;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.stream.alert.AlertRules;
import io.breadthflow.stream.forecast.ForecastSchedule;
import io.breadthflow.stream.forecast.ForecastUpdate;
import io.breadthflow.stream.market.IndicatorRow;
import io.breadthflow.stream.market.MarketUpdate;
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
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

/** Stored daily history streamed through the job gives what the batch path computes. */
class ReplayParityTest {
  private static final LocalDate FROM = LocalDate.of(2021, 1, 4);

  @Test
  void streamedHistoryGivesTheBatchIndicatorsBreadthSignalsAndForecastsValueForValue()
      throws Exception {
    Universe universe = Universes.load("demo_small");
    Map<String, List<Bar>> bySymbol =
        new MarketSimulator(11)
            .dailyBars(universe.members(), LocalDate.of(2020, 1, 2), LocalDate.of(2021, 6, 30));
    List<Bar> history = new ArrayList<>();
    bySymbol.values().forEach(history::addAll);
    history.sort(Comparator.comparing(Bar::start).thenComparing(Bar::symbol));
    List<Bar> replay = List.copyOf(history);

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
            FROM,
            "none",
            FORECASTS,
            RuleSource.NONE);
    PipelineGraph.Outputs outputs = PipelineGraph.fromBars(bars, spec);
    LocalSink<IndicatorRow> indicators = new LocalSink<>();
    LocalSink<MarketUpdate> market = new LocalSink<>();
    LocalSink<ForecastUpdate> forecasts = new LocalSink<>();
    outputs.indicators().sinkTo(indicators);
    outputs.market().sinkTo(market);
    outputs.forecasts().orElseThrow().sinkTo(forecasts);
    env.execute("parity");

    Map<String, List<IndicatorRow>> streamed = new HashMap<>();
    for (IndicatorRow row : indicators.gathered()) {
      streamed.computeIfAbsent(row.bar().symbol(), s -> new ArrayList<>()).add(row);
    }
    for (Map.Entry<String, List<Bar>> symbol : bySymbol.entrySet()) {
      DailyIndicatorSet batch = new DailyIndicatorSet();
      double[] expected = new double[DailyIndicatorSet.width()];
      List<IndicatorRow> rows = streamed.get(symbol.getKey());
      assertThat(rows).hasSameSizeAs(symbol.getValue());
      for (int t = 0; t < rows.size(); t++) {
        Bar bar = symbol.getValue().get(t);
        batch.update(bar.high(), bar.low(), bar.close(), bar.volume(), expected);
        assertThat(rows.get(t).bar()).isEqualTo(bar);
        assertThat(rows.get(t).values()).containsExactly(expected);
      }
    }

    DailyPanel panel = panelOf(bySymbol);
    List<BreadthRow> batchBreadth =
        BreadthEngine.compute(panel.sessions(), panel.close(), panel.volume(), FROM);
    List<Signal> batchSignals = SignalEngine.compute(panel, FROM, SignalWeights.defaults());
    assertThat(batchBreadth).hasSizeGreaterThan(100);
    assertThat(batchSignals).hasSizeGreaterThan(400);
    List<MarketUpdate> updates =
        market.gathered().stream().sorted(Comparator.comparing(MarketUpdate::start)).toList();
    assertThat(updates).extracting(MarketUpdate::breadth).containsExactlyElementsOf(batchBreadth);
    assertThat(updates.stream().flatMap(u -> u.signals().stream()).toList())
        .containsExactlyElementsOf(batchSignals);

    List<ForecastUpdate> streamedForecasts = new ArrayList<>(forecasts.gathered());
    streamedForecasts.sort(
        Comparator.comparing(ForecastUpdate::origin).thenComparing(ForecastUpdate::symbol));
    List<ForecastUpdate> batchForecasts = new ArrayList<>();
    for (Map.Entry<String, List<Bar>> symbol : bySymbol.entrySet()) {
      double[] closes = symbol.getValue().stream().mapToDouble(Bar::close).toArray();
      for (int last = 49; last < closes.length; last += 60) {
        double[] window = Arrays.copyOfRange(closes, Math.max(0, last + 1 - 200), last + 1);
        FittedModel model = new AutoArimaForecaster(AutoArimaConfig.defaults()).fit(window);
        Bar bar = symbol.getValue().get(last);
        batchForecasts.add(
            new ForecastUpdate(
                bar.symbol(),
                Interval.ONE_DAY,
                bar.start(),
                bar.close(),
                model.description(),
                model.forecast(3).points()));
      }
    }
    batchForecasts.sort(
        Comparator.comparing(ForecastUpdate::origin).thenComparing(ForecastUpdate::symbol));
    assertThat(streamedForecasts).hasSize(4 * 6).containsExactlyElementsOf(batchForecasts);
  }

  /** Daily forecasts from the latest 200 closes, every 60 sessions once 50 are in. */
  private static final ForecastSchedule FORECASTS =
      new ForecastSchedule(200, 50, 3, Map.of(Interval.ONE_DAY, 60));

  /** The batch path's panel of the same bars (symbols sorted, sessions ascending). */
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
        java.util.Arrays.fill(row, Double.NaN);
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
