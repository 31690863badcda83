package io.breadthflow.cli.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.app.strategy.RulesFile;
import io.breadthflow.cli.support.CliRun;
import io.breadthflow.core.backtest.BacktestConfig;
import io.breadthflow.core.backtest.Backtester;
import io.breadthflow.core.backtest.SessionBars;
import io.breadthflow.core.backtest.Strategy;
import io.breadthflow.core.breadth.BreadthEngine;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.strategy.RulesStrategy;
import io.breadthflow.core.strategy.StrategyProgram;
import io.breadthflow.core.support.DailySeries;
import io.breadthflow.core.support.SharedData;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented sample strategy (docs/strategies/sector-trend.yaml) on the 505 real S&P 500 stocks
 * of 2013-2018, sectors from the current constituents list (stocks no longer listed have none: they
 * count in the universe's breadth but are not in any sector). In process, its decisions equal a
 * recomputation from the CSV files (SMA50 re-summed, breadth from the batch engine per group);
 * through {@code bf backtest run --strategy-file}, it trades only the sector's stocks.
 */
class SectorTrendRealDataAcceptanceTest {
  private static final Path SAMPLE = Path.of("..", "docs", "strategies", "sector-trend.yaml");
  private static final String TECH = "Information Technology";

  @TempDir Path dir;

  @Test
  void sampleStrategyOnRealSp500DecidesAsARecomputationAndTradesOnlyItsSector() throws Exception {
    Path folder = SharedData.require("market/daily_sp500_2013_2018");
    Path constituents = SharedData.require("market/sp500_membership/sp500_current.csv");
    List<DailySeries> stocks = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        stocks.add(DailySeries.read(file));
      }
    }
    Map<String, String> known = sectors(constituents);
    Map<String, String> sectorOf = new LinkedHashMap<>();
    stocks.forEach(s -> sectorOf.put(s.symbol(), known.getOrDefault(s.symbol(), "")));
    DailyPanel panel = panelOf(stocks);
    int[] tech =
        java.util.stream.IntStream.range(0, stocks.size())
            .filter(s -> TECH.equals(sectorOf.get(panel.symbols().get(s))))
            .toArray();
    assertThat(tech.length).as("technology stocks").isGreaterThanOrEqualTo(30);

    StrategyProgram program = RulesFile.read(SAMPLE);
    int[][] decided = decisions(panel, program, sectorOf);

    List<BreadthRow> universe =
        BreadthEngine.compute(panel.sessions(), panel.close(), panel.volume(), panel.sessions()[0]);
    double[][] techClose = new double[tech.length][];
    double[][] techVolume = new double[tech.length][];
    for (int i = 0; i < tech.length; i++) {
      techClose[i] = panel.close()[tech[i]];
      techVolume[i] = panel.volume()[tech[i]];
    }
    List<BreadthRow> sector =
        BreadthEngine.compute(panel.sessions(), techClose, techVolume, panel.sessions()[0]);
    int longs = 0;
    for (int s = 0; s < stocks.size(); s++) {
      boolean inSector = TECH.equals(sectorOf.get(panel.symbols().get(s)));
      int position = 0;
      List<BigDecimal> closes = new ArrayList<>();
      for (int t = 0; t < panel.sessions().length; t++) {
        double c = panel.close()[s][t];
        if (!Double.isNaN(c)) {
          closes.add(BigDecimal.valueOf(c));
          if (inSector) {
            position =
                aboveSma50(closes)
                        && sector.get(t).pctAboveSma50() > 60
                        && universe.get(t).mcclellanOscillator() > 0
                    ? 1
                    : 0;
          }
        }
        assertThat(decided[t][s])
            .as(panel.symbols().get(s) + " on " + panel.sessions()[t])
            .isEqualTo(position);
        longs += position;
      }
    }
    assertThat(longs).as("long stock-sessions").isGreaterThan(5_000);

    String store = "jdbc:duckdb:" + dir.resolve("sp500.duckdb");
    assertThat(
            CliRun.of("data", "import", "--input", folder.toString(), "--store", store).exitCode())
        .isZero();
    List<String> rows = new ArrayList<>(List.of("symbol,name,sector"));
    sectorOf.forEach((symbol, name) -> rows.add(symbol + ",," + name));
    Path list = Files.write(dir.resolve("sp500.csv"), rows);
    CliRun run =
        CliRun.of(
            "backtest",
            "run",
            "--strategy-file",
            SAMPLE.toString(),
            "--symbol-list",
            list.toString(),
            "--start-date",
            "2014-01-02",
            "--end-date",
            "2018-02-07",
            "--format",
            "json",
            "--store",
            store);
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode trades = new ObjectMapper().readTree(run.out()).get("trades");
    Set<String> traded = new HashSet<>();
    trades.forEach(trade -> traded.add(trade.get("symbol").asText()));
    assertThat(trades.size()).as("trades").isGreaterThan(20);
    assertThat(traded).allMatch(symbol -> TECH.equals(sectorOf.get(symbol)));
  }

  private static int[][] decisions(
      DailyPanel panel, StrategyProgram program, Map<String, String> sectorOf) {
    int[][] decided = new int[panel.sessions().length][];
    RulesStrategy rules = new RulesStrategy(program, sectorOf);
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

  /** Latest close above the SMA50 of the closes so far, in exact decimal arithmetic. */
  private static boolean aboveSma50(List<BigDecimal> closes) {
    if (closes.size() < 50) {
      return false;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int k = closes.size() - 50; k < closes.size(); k++) {
      sum = sum.add(closes.get(k));
    }
    return closes.get(closes.size() - 1).multiply(BigDecimal.valueOf(50)).compareTo(sum) > 0;
  }

  /** Symbol to GICS sector of the constituents list (quoted cells may hold commas). */
  private static Map<String, String> sectors(Path file) throws Exception {
    Map<String, String> sectors = new HashMap<>();
    List<String> lines = Files.readAllLines(file);
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = cells(line);
      sectors.put(cells.get(0).replace('.', '-'), cells.get(2));
      sectors.put(cells.get(0), cells.get(2));
    }
    return sectors;
  }

  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  private static DailyPanel panelOf(List<DailySeries> stocks) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    stocks.forEach(s -> dates.addAll(List.of(s.dates())));
    LocalDate[] sessions = dates.toArray(LocalDate[]::new);
    int n = stocks.size();
    double[][] open = new double[n][sessions.length];
    double[][] high = new double[n][sessions.length];
    double[][] low = new double[n][sessions.length];
    double[][] close = new double[n][sessions.length];
    double[][] volume = new double[n][sessions.length];
    List<String> symbols = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      DailySeries series = stocks.get(s);
      symbols.add(series.symbol());
      Arrays.fill(open[s], Double.NaN);
      Arrays.fill(high[s], Double.NaN);
      Arrays.fill(low[s], Double.NaN);
      Arrays.fill(close[s], Double.NaN);
      Arrays.fill(volume[s], Double.NaN);
      for (int i = 0; i < series.size(); i++) {
        int t = Arrays.binarySearch(sessions, series.dates()[i]);
        open[s][t] = series.open()[i];
        high[s][t] = series.high()[i];
        low[s][t] = series.low()[i];
        close[s][t] = series.close()[i];
        volume[s][t] = series.volume()[i];
      }
    }
    return new DailyPanel(symbols, sessions, open, high, low, close, volume);
  }
}
