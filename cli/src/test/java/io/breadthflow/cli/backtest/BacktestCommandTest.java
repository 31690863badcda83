package io.breadthflow.cli.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.cli.ExitCodes;
import io.breadthflow.cli.support.CliRun;
import io.breadthflow.cli.support.SeededStore;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.CorporateAction;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestCommandTest {
  private static final List<String> METRIC_KEYS =
      List.of(
          "total_return",
          "cagr",
          "volatility",
          "sharpe",
          "sortino",
          "max_drawdown",
          "max_drawdown_days",
          "calmar",
          "win_rate",
          "profit_factor",
          "avg_trade",
          "exposure",
          "turnover",
          "trades");

  @TempDir Path dir;
  private String store;

  @BeforeEach
  void seededStore() {
    store =
        SeededStore.create(
            dir,
            "market",
            List.of("AAPL", "MSFT", "XOM", "SPY"),
            LocalDate.of(2020, 1, 2),
            LocalDate.of(2022, 12, 30),
            2);
  }

  @Test
  void runReportsDocumentedMetricsEquityCurveAndTradesFilledAtTheNextOpen() throws Exception {
    CliRun run =
        CliRun.of(
            "backtest",
            "run",
            "--strategy",
            "sma-cross",
            "--fast",
            "10",
            "--slow",
            "30",
            "--symbols",
            "AAPL,MSFT,XOM",
            "--start-date",
            "2021-01-04",
            "--end-date",
            "2022-12-30",
            "--initial-capital",
            "50000",
            "--format",
            "json",
            "--store",
            store);

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    JsonNode metrics = json.get("metrics");
    List<String> keys = new ArrayList<>();
    metrics.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsAll(METRIC_KEYS);
    JsonNode curve = json.get("equity_curve");
    assertThat(curve).hasSize(503);
    assertThat(curve.get(0).get("date").asText()).isEqualTo("2021-01-04");
    assertThat(curve.get(0).get("equity").asDouble()).isEqualTo(50000);
    double last = curve.get(curve.size() - 1).get("equity").asDouble();
    assertThat(metrics.get("total_return").asDouble()).isCloseTo(last / 50000 - 1, within(1e-12));
    assertThat(json.get("trades").size()).isEqualTo(metrics.get("trades").asInt()).isPositive();
    try (MarketStore opened = MarketStores.open(new StoreConfig(store, "", ""))) {
      for (JsonNode trade : json.get("trades")) {
        LocalDate entry = LocalDate.parse(trade.get("entry_date").asText());
        Instant start = Bar.daily("AAPL", entry, 1, 1, 1, 1, 0).start();
        Bar bar =
            opened
                .bars(trade.get("symbol").asText(), Interval.ONE_DAY, start, start.plusSeconds(1))
                .get(0);
        assertThat(trade.get("entry_price").asDouble()).isEqualTo(bar.open());
      }
      assertThat(opened.backtest(json.get("id").asLong())).isPresent();
    }
  }

  @Test
  void benchmarkSymbolIsComparedButNotTraded() throws Exception {
    CliRun run =
        CliRun.of(
            "backtest",
            "run",
            "--strategy",
            "rsi-reversion",
            "--symbols",
            "AAPL,MSFT",
            "--benchmark",
            "SPY",
            "--start-date",
            "2021-01-04",
            "--end-date",
            "2022-12-30",
            "--format",
            "json",
            "--store",
            store);

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("benchmark").asText()).isEqualTo("SPY");
    assertThat(json.get("trades").findValuesAsText("symbol")).doesNotContain("SPY");
  }

  @Test
  void theChosenPriceBasisDecidesWhetherASplitIsALoss() throws Exception {
    LocalDate split = LocalDate.of(2022, 1, 3);
    try (MarketStore opened = MarketStores.open(new StoreConfig(store, "", ""))) {
      List<Bar> before = new ArrayList<>();
      for (Bar bar :
          opened.bars(
              "XOM",
              Interval.ONE_DAY,
              Instant.EPOCH,
              Bar.daily("XOM", split, 1, 1, 1, 1, 0).start())) {
        before.add(
            Bar.daily(
                "XOM",
                bar.sessionDate(),
                2 * bar.open(),
                2 * bar.high(),
                2 * bar.low(),
                2 * bar.close(),
                bar.volume() / 2));
      }
      opened.upsertBars(before);
      opened.upsertCorporateActions(
          List.of(new CorporateAction("XOM", split, CorporateAction.Kind.SPLIT, 2)));
    }

    JsonNode raw = benchmarkRun("raw");
    JsonNode adjusted = benchmarkRun("split");

    assertThat(raw.get("parameters").get("adjust").asText()).isEqualTo("raw");
    assertThat(adjusted.get("parameters").get("adjust").asText()).isEqualTo("split");
    assertThat(splitDayReturn(raw, split)).isLessThan(-0.4);
    assertThat(splitDayReturn(adjusted, split)).isBetween(-0.1, 0.1);
  }

  /** A buy-and-hold XOM benchmark run with {@code --adjust basis}, as JSON. */
  private JsonNode benchmarkRun(String basis) throws Exception {
    CliRun run =
        CliRun.of(
            "backtest",
            "run",
            "--strategy",
            "sma-cross",
            "--symbols",
            "AAPL",
            "--benchmark",
            "XOM",
            "--adjust",
            basis,
            "--start-date",
            "2021-06-01",
            "--end-date",
            "2022-06-30",
            "--format",
            "json",
            "--store",
            store);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  private static double splitDayReturn(JsonNode json, LocalDate day) {
    JsonNode curve = json.get("equity_curve");
    for (int t = 1; t < curve.size(); t++) {
      if (curve.get(t).get("date").asText().equals(day.toString())) {
        return curve.get(t).get("benchmark").asDouble()
                / curve.get(t - 1).get("benchmark").asDouble()
            - 1;
      }
    }
    throw new AssertionError("no " + day + " in the equity curve");
  }

  @Test
  void tableShowsTheMetricsForPeople() {
    CliRun run =
        CliRun.of(
            "backtest",
            "run",
            "--strategy",
            "breadth",
            "--symbols",
            "AAPL,MSFT,XOM",
            "--start-date",
            "2021-01-04",
            "--end-date",
            "2022-12-30",
            "--store",
            store);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("breadth on AAPL,MSFT,XOM vs equal-weight").contains("Sharpe");
  }

  @Test
  void sweepRunsTheWholeGridAndRanksBySharpe() throws Exception {
    CliRun run =
        CliRun.of(
            "backtest",
            "sweep",
            "--strategy",
            "sma-cross",
            "--fast",
            "5,10",
            "--slow",
            "20,40",
            "--symbols",
            "AAPL,MSFT,XOM",
            "--start-date",
            "2021-01-04",
            "--end-date",
            "2022-12-30",
            "--format",
            "json",
            "--store",
            store);

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode runs = new ObjectMapper().readTree(run.out()).get("runs");
    assertThat(runs).hasSize(4);
    for (int i = 1; i < runs.size(); i++) {
      assertThat(runs.get(i).get("metrics").get("sharpe").asDouble())
          .isLessThanOrEqualTo(runs.get(i - 1).get("metrics").get("sharpe").asDouble());
    }
  }

  @Test
  void badStrategiesParametersAndBenchmarksAreUsageErrors() {
    assertUsage("unknown strategy 'moon'", "--strategy", "moon");
    assertUsage("fast (200) must be below slow (200)", "--strategy", "sma-cross", "--fast", "200");
    assertUsage(
        "slow must be between 2 and 1000, got 2147483647",
        "--strategy",
        "sma-cross",
        "--slow",
        "2147483647");
    assertUsage(
        "initial_capital must be between 1 and",
        "--strategy",
        "sma-cross",
        "--initial-capital",
        "1.7e308");
    assertUsage(
        "commission bps must be 0 or more", "--strategy", "sma-cross", "--commission-bps", "-1");
    assertUsage(
        "benchmark NVDA has no stored bars", "--strategy", "sma-cross", "--benchmark", "NVDA");
    assertUsage(
        "adjust must be one of raw, split, total-return",
        "--strategy",
        "sma-cross",
        "--adjust",
        "dividends");
  }

  private void assertUsage(String message, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "backtest",
                "run",
                "--symbols",
                "AAPL",
                "--start-date",
                "2021-01-04",
                "--end-date",
                "2022-12-30",
                "--store",
                store));
    args.addAll(List.of(options));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains(message);
    assertThat(run.err().lines()).hasSize(1);
  }
}
