package io.breadthflow.app.stream;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.config.ProviderSettings;
import io.breadthflow.app.rules.StoreRuleSource;
import io.breadthflow.app.run.OpenRun;
import io.breadthflow.app.run.Progress;
import io.breadthflow.app.run.RunRecorder;
import io.breadthflow.app.universe.StoredHistory;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.core.live.LiveHub;
import io.breadthflow.core.live.PipelineCounters;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.stream.Deduplication;
import io.breadthflow.stream.EmbeddedRuntime;
import io.breadthflow.stream.ReadExtent;
import io.breadthflow.stream.Resume;
import io.breadthflow.stream.RunningJob;
import io.breadthflow.stream.StreamJob;
import io.breadthflow.stream.source.FinnhubSource;
import io.breadthflow.stream.source.ReplaySource;
import io.breadthflow.stream.source.SimulatedTradeSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the streaming job on the embedded runtime from any {@link StreamSource}, with its results
 * in the store, on a live hub and, in Kafka mode, on the output topics; recorded as a {@code stream
 * run} that ends with the job.
 */
public final class StreamService {
  private final StoreConfig storeConfig;
  private final MarketStore store;
  private final RunRecorder runs;
  private final ProviderSettings providers;
  private final Optional<String> kafka;

  /**
   * @param storeConfig the store the job's sinks write to
   * @param store the same store, read in this process (stored bars to replay)
   * @param runs records the job's run
   * @param providers Finnhub's URL and key
   * @param kafka bootstrap servers of Kafka mode, or empty
   */
  public StreamService(
      StoreConfig storeConfig,
      MarketStore store,
      RunRecorder runs,
      ProviderSettings providers,
      Optional<String> kafka) {
    this.storeConfig = storeConfig;
    this.store = store;
    this.runs = runs;
    this.providers = providers;
    this.kafka = kafka;
  }

  /**
   * Starts {@code request}'s job, feeding {@code live} and counting into {@code counters}.
   *
   * @throws UseCaseException when the source cannot start (no key, no input, no stored data)
   */
  public StreamRun start(
      StreamRequest request, LiveHub live, PipelineCounters counters, Progress progress)
      throws Exception {
    JobSettings settings = request.job();
    if (request.source() instanceof StreamSource.Kafka && kafka.isEmpty()) {
      throw UseCaseException.invalid(
          "the kafka source needs --kafka HOST:PORT or BF_KAFKA_BOOTSTRAP");
    }
    StreamJob job =
        new StreamJob(
            new EmbeddedRuntime(
                settings.parallelism(),
                settings.checkpointInterval(),
                settings.checkpoints(),
                JobSettings.RESTARTS),
            settings.start() == JobSettings.Start.RESUME_LATEST
                ? Resume.LATEST_CHECKPOINT
                : Resume.FRESH,
            storeConfig,
            live,
            counters,
            kafka.orElse(null));
    OpenRun run = runs.open(request);
    try {
      return new StreamRun(launch(job, request.source(), settings, progress), run);
    } catch (Exception | Error e) {
      run.fail(e);
      throw e;
    }
  }

  private RunningJob launch(
      StreamJob job, StreamSource source, JobSettings settings, Progress progress)
      throws Exception {
    if (source instanceof StreamSource.Simulator sim) {
      return job.startTrades(
          "bf stream (simulator)",
          SimulatedTradeSource.create(
              sim.universe().symbols(),
              sim.startPrices(),
              sim.rate(),
              Long.MAX_VALUE,
              sim.seed(),
              sim.backfill()),
          bridge ->
              StreamSpecs.of(
                  sim.universe().symbols(),
                  StreamSpecs.sectors(sim.universe()),
                  settings,
                  null,
                  Deduplication.OFF,
                  bridge,
                  StoreRuleSource.of(storeConfig)));
    }
    if (source instanceof StreamSource.TradeFiles files) {
      TradeInputs.TradeInput input = TradeInputs.load(files.input());
      input.unreadableFiles().forEach(file -> progress.note("skipped " + file));
      if (!input.rejected().isEmpty()) {
        store.quarantine(input.rejected());
        progress.note(input.rejected().size() + " malformed trade rows quarantined");
        // all are stored; the first 20 are named
        input.rejected().stream()
            .limit(20)
            .forEach(row -> progress.note(row.source() + " " + row.reason()));
      }
      List<Trade> trades = input.trades();
      List<String> symbols = trades.stream().map(Trade::symbol).distinct().sorted().toList();
      return job.startTrades(
          "bf replay (trades)",
          ReplaySource.trades(() -> trades, trades.size(), files.pacing()),
          bridge ->
              StreamSpecs.of(
                  symbols,
                  StreamSpecs.noSectors(symbols),
                  settings,
                  null,
                  Deduplication.OFF,
                  bridge,
                  StoreRuleSource.of(storeConfig)));
    }
    if (source instanceof StreamSource.StoredBars stored) {
      DailyPanel panel =
          StoredHistory.load(store, stored.universe(), List.of(), stored.range(), progress);
      List<Bar> bars = barsOf(panel);
      LocalDate from = stored.range().start();
      return job.startBars(
          "bf replay (stored bars)",
          ReplaySource.bars(() -> bars, bars.size(), stored.pacing()),
          bridge ->
              StreamSpecs.of(
                  panel.symbols(),
                  StreamSpecs.sectors(stored.universe()),
                  settings,
                  from,
                  Deduplication.OFF,
                  bridge,
                  StoreRuleSource.of(storeConfig)));
    }
    if (source instanceof StreamSource.Finnhub live) {
      if (providers.finnhubApiKey().isEmpty()) {
        throw UseCaseException.invalid("the finnhub source needs BF_FINNHUB_API_KEY");
      }
      return job.startLiveTrades(
          "bf stream (finnhub)",
          new FinnhubSource(providers.environment(), live.universe().symbols()),
          bridge ->
              StreamSpecs.of(
                  live.universe().symbols(),
                  StreamSpecs.sectors(live.universe()),
                  settings,
                  null,
                  Deduplication.EXACT_REPEATS,
                  bridge,
                  StoreRuleSource.of(storeConfig)));
    }
    StreamSource.Kafka topic = (StreamSource.Kafka) source;
    return job.startKafka(
        "bf stream (kafka)",
        ReadExtent.ENDLESS,
        bridge ->
            StreamSpecs.of(
                topic.universe().symbols(),
                StreamSpecs.sectors(topic.universe()),
                settings,
                null,
                Deduplication.EXACT_REPEATS,
                bridge,
                StoreRuleSource.of(storeConfig)));
  }

  /** The panel's bars, session by session, symbols in order. */
  private static List<Bar> barsOf(DailyPanel panel) {
    List<Bar> bars = new ArrayList<>();
    for (int t = 0; t < panel.sessions().length; t++) {
      for (int s = 0; s < panel.symbols().size(); s++) {
        if (panel.has(s, t)) {
          bars.add(
              Bar.daily(
                  panel.symbols().get(s),
                  panel.sessions()[t],
                  panel.open()[s][t],
                  panel.high()[s][t],
                  panel.low()[s][t],
                  panel.close()[s][t],
                  panel.volume()[s][t]));
        }
      }
    }
    return bars;
  }
}
