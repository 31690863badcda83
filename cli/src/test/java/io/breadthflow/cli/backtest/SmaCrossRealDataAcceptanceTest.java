package io.breadthflow.cli.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.cli.support.CliRun;
import io.breadthflow.core.support.DailySeries;
import io.breadthflow.core.support.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance path on real data: import AAPL 2013-2018, run {@code bf backtest run
 * --strategy sma-cross --symbols AAPL}, and compare with a simulation written out here from the CSV
 * file alone: SMAs re-summed every day, all equity into the stock at the next open when SMA50 >
 * SMA200 at the close (as many shares as the close-sized order and the cash allow), out at the next
 * open otherwise.
 */
class SmaCrossRealDataAcceptanceTest {
  @TempDir Path dir;

  @Test
  void smaCrossOnAaplMatchesAnIndependentSimulation() throws Exception {
    Path file = SharedData.require("market/daily_sp500_2013_2018/AAPL.csv");
    String store = "jdbc:duckdb:" + dir.resolve("aapl.duckdb");
    assertThat(CliRun.of("data", "import", "--input", file.toString(), "--store", store).exitCode())
        .isZero();

    CliRun run =
        CliRun.of(
            "backtest",
            "run",
            "--strategy",
            "sma-cross",
            "--symbols",
            "AAPL",
            "--start-date",
            "2013-02-08",
            "--end-date",
            "2018-02-07",
            "--initial-capital",
            "100000",
            "--commission-bps",
            "0",
            "--slippage-bps",
            "0",
            "--format",
            "json",
            "--store",
            store);

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    DailySeries aapl = DailySeries.read(file);
    double[] expected = simulate(aapl, 100_000);
    JsonNode curve = json.get("equity_curve");
    assertThat(curve).hasSize(aapl.size());
    for (int t = 0; t < aapl.size(); t++) {
      assertThat(curve.get(t).get("equity").asDouble())
          .as(aapl.dates()[t].toString())
          .isCloseTo(expected[t], within(1e-6));
    }
    JsonNode metrics = json.get("metrics");
    double[] r = new double[expected.length - 1];
    double mean = 0;
    for (int i = 0; i < r.length; i++) {
      r[i] = expected[i + 1] / expected[i] - 1;
      mean += r[i] / r.length;
    }
    double variance = 0;
    for (double x : r) {
      variance += (x - mean) * (x - mean) / (r.length - 1);
    }
    double last = expected[expected.length - 1];
    assertThat(metrics.get("cagr").asDouble())
        .isCloseTo(Math.pow(last / 100_000, 252.0 / r.length) - 1, within(1e-9));
    assertThat(metrics.get("volatility").asDouble())
        .isCloseTo(Math.sqrt(variance * 252), within(1e-9));
    assertThat(metrics.get("sharpe").asDouble())
        .isCloseTo(mean / Math.sqrt(variance) * Math.sqrt(252), within(1e-9));
  }

  private static double[] simulate(DailySeries s, double capital) {
    int n = s.size();
    double[] equity = new double[n];
    double cash = capital;
    double shares = 0;
    boolean wantLong = false;
    double orderShares = 0;
    for (int t = 0; t < n; t++) {
      if (t > 0 && wantLong && shares == 0) {
        shares = Math.min(orderShares, cash / s.open()[t]);
        cash -= shares * s.open()[t];
      } else if (t > 0 && !wantLong && shares > 0) {
        cash += shares * s.open()[t];
        shares = 0;
      }
      equity[t] = cash + shares * s.close()[t];
      wantLong = t >= 199 && mean(s.close(), t, 50) > mean(s.close(), t, 200);
      orderShares = equity[t] / s.close()[t];
    }
    return equity;
  }

  private static double mean(double[] x, int end, int n) {
    double sum = 0;
    for (int i = end - n + 1; i <= end; i++) {
      sum += x[i];
    }
    return sum / n;
  }
}
