package io.breadthflow.cli.stream;

import io.breadthflow.cli.UsageException;
import io.breadthflow.cli.selection.StoredHistory;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.store.MarketStore;
import io.breadthflow.stream.RunningJob;
import io.breadthflow.stream.StreamJob;
import io.breadthflow.stream.source.FinnhubSource;
import io.breadthflow.stream.source.Pacing;
import io.breadthflow.stream.source.ReplaySource;
import io.breadthflow.stream.source.SimulatedTradeSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Starts the streaming job on each kind of source. */
final class StreamLaunch {
  private StreamLaunch() {}

  /** The simulator's live trade stream at {@code rate} trades/s. */
  static RunningJob simulator(StreamJob job, JobOptions options, Universe universe, double rate)
      throws Exception {
    if (!(rate > 0)) {
      throw new UsageException("--rate must be positive");
    }
    return job.startTrades(
        "bf stream (simulator)",
        SimulatedTradeSource.create(
            universe.symbols(), startPrices(universe), rate, Long.MAX_VALUE, 42),
        bridge -> options.spec(universe.symbols(), null, false, bridge));
  }

  /** The topic market-data of Kafka mode, endless. */
  static RunningJob kafka(StreamJob job, JobOptions options, Universe universe) throws Exception {
    return job.startKafka(
        "bf stream (kafka)", false, bridge -> options.spec(universe.symbols(), null, true, bridge));
  }

  /** The simulator's first price of each symbol: 40 to 440, fixed per symbol. */
  static double[] startPrices(Universe universe) {
    double[] prices = new double[universe.symbols().size()];
    for (int s = 0; s < prices.length; s++) {
      prices[s] = 40 + Math.floorMod(universe.symbols().get(s).hashCode(), 400);
    }
    return prices;
  }

  /** Trade files replayed at {@code pacing}. */
  static RunningJob tradeFiles(StreamJob job, JobOptions options, Path input, Pacing pacing)
      throws Exception {
    List<Trade> trades = TradeInputs.read(input);
    List<String> symbols = trades.stream().map(Trade::symbol).distinct().sorted().toList();
    return job.startTrades(
        "bf replay (trades)",
        ReplaySource.trades(() -> trades, trades.size(), pacing),
        bridge -> options.spec(symbols, null, false, bridge));
  }

  /**
   * Stored daily history replayed at {@code pacing}: all stored sessions up to {@code end} warm up,
   * breadth and signals are output from {@code start}.
   */
  static RunningJob storedBars(
      StreamJob job,
      JobOptions options,
      MarketStore store,
      Universe universe,
      LocalDate start,
      LocalDate end,
      Pacing pacing,
      PrintWriter err)
      throws Exception {
    DailyPanel panel = StoredHistory.load(store, universe, start, end, err);
    List<Bar> bars = barsOf(panel);
    return job.startBars(
        "bf replay (stored bars)",
        ReplaySource.bars(() -> bars, bars.size(), pacing),
        bridge -> options.spec(panel.symbols(), start, false, bridge));
  }

  /** Live trades from Finnhub. */
  static RunningJob finnhub(StreamJob job, JobOptions options, Universe universe) throws Exception {
    if (System.getenv("BF_FINNHUB_API_KEY") == null) {
      throw new UsageException("the finnhub source needs BF_FINNHUB_API_KEY");
    }
    return job.startLiveTrades(
        "bf stream (finnhub)",
        new FinnhubSource(finnhubEnvironment(), universe.symbols()),
        bridge -> options.spec(universe.symbols(), null, true, bridge));
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

  /** Only the environment entries a source needs, so none other is shipped with the job. */
  static Map<String, String> finnhubEnvironment() {
    return Arrays.stream(new String[] {"BF_FINNHUB_WS_URL", "BF_FINNHUB_API_KEY"})
        .filter(k -> System.getenv(k) != null)
        .collect(java.util.stream.Collectors.toMap(k -> k, System::getenv));
  }
}
