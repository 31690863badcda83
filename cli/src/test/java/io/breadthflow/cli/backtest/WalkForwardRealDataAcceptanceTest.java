package io.breadthflow.cli.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.cli.support.CliRun;
import io.breadthflow.core.support.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A walk-forward on real data (five S&P 500 stocks, 2013-2018, 2-year training, 6-month tests): six
 * windows tiling the last three years, and every test window exactly the {@code bf backtest run} of
 * the parameters it chose over its own dates (the same stored history, so the same warm-up).
 */
class WalkForwardRealDataAcceptanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "JPM", "XOM", "JNJ");

  @TempDir Path dir;

  @Test
  void eachTestWindowIsTheBacktestOfItsChosenParameters() throws Exception {
    String store = "jdbc:duckdb:" + dir.resolve("wf.duckdb");
    for (String symbol : SYMBOLS) {
      Path file = SharedData.require("market/daily_sp500_2013_2018/" + symbol + ".csv");
      assertThat(
              CliRun.of("data", "import", "--input", file.toString(), "--store", store).exitCode())
          .isZero();
    }
    CliRun run =
        CliRun.of(
            "backtest",
            "walk-forward",
            "--strategy",
            "sma-cross",
            "--grid",
            "fast=10..50:20,slow=100..200:50",
            "--train",
            "2y",
            "--test",
            "6m",
            "--symbols",
            String.join(",", SYMBOLS),
            "--start-date",
            "2013-02-08",
            "--end-date",
            "2018-02-07",
            "--format",
            "json",
            "--store",
            store);

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = JSON.readTree(run.out());
    JsonNode windows = json.get("windows");
    assertThat(windows).hasSize(6);
    assertThat(windows.get(0).get("test_start").asText()).isEqualTo("2015-02-09");
    assertThat(windows.get(5).get("test_end").asText()).isEqualTo("2018-02-07");
    assertThat(json.at("/deflated_sharpe/trials").asInt()).isEqualTo(9 * 6);
    double growth = 1;
    for (JsonNode w : windows) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "backtest",
                  "run",
                  "--strategy",
                  "sma-cross",
                  "--fast",
                  w.at("/chosen/fast").asText(),
                  "--slow",
                  w.at("/chosen/slow").asText(),
                  "--symbols",
                  String.join(",", SYMBOLS),
                  "--start-date",
                  w.get("test_start").asText(),
                  "--end-date",
                  w.get("test_end").asText(),
                  "--format",
                  "json",
                  "--store",
                  store));
      CliRun alone = CliRun.of(args.toArray(String[]::new));
      assertThat(alone.exitCode()).as(alone.err()).isZero();
      JsonNode metrics = JSON.readTree(alone.out()).get("metrics");
      assertThat(w.get("out_of_sample")).as(w.get("test_start").asText()).isEqualTo(metrics);
      growth *= 1 + metrics.get("total_return").asDouble();
    }
    assertThat(json.at("/metrics/total_return").asDouble()).isCloseTo(growth - 1, within(1e-9));
  }
}
