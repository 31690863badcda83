package io.breadthflow.cli.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.cli.ExitCodes;
import io.breadthflow.cli.support.CliRun;
import io.breadthflow.cli.support.SeededStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestWalkForwardCommandTest {
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

  /** The command on the seeded store; {@code options} (name, value pairs) replace defaults. */
  private CliRun walkForward(String... options) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("--strategy", "sma-cross");
    values.put("--grid", "fast=5..15:5,slow=30|60");
    values.put("--train", "1y");
    values.put("--test", "6m");
    values.put("--symbols", "AAPL,MSFT,XOM");
    values.put("--start-date", "2021-01-04");
    values.put("--end-date", "2022-12-30");
    values.put("--store", store);
    for (int i = 0; i < options.length; i += 2) {
      values.put(options[i], options[i + 1]);
    }
    List<String> args = new ArrayList<>(List.of("backtest", "walk-forward"));
    values.forEach(
        (name, value) -> {
          args.add(name);
          args.add(value);
        });
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void printsOneRowPerWindowThenTheOutOfSampleSummaryDsrAndStability() {
    CliRun run = walkForward("--parallel", "1");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0))
        .matches(
            "walk-forward \\d+: sma-cross on AAPL,MSFT,XOM, 6 parameter sets, train 1y, test 6m,"
                + " rolling, by sharpe");
    assertThat(lines.get(1)).startsWith("window").contains("chosen", "OOS sharpe");
    assertThat(lines.get(2))
        .startsWith("1      2021-01-04..2022-01-03  2022-01-04..2022-07-01  fast=");
    assertThat(lines.get(3))
        .startsWith("2      2021-07-06..2022-07-01  2022-07-05..2022-12-30  fast=");
    assertThat(lines.get(4)).startsWith("out of sample 2022-01-04..2022-12-30: return ");
    assertThat(lines.get(5)).startsWith("deflated Sharpe ratio ").contains("12 trials");
    assertThat(lines.get(6))
        .startsWith("stability: the chosen set changed ")
        .contains("of 1 times", "; fast ", "; slow ");
    assertThat(lines).hasSize(7);
  }

  @Test
  void jsonHasTheStoredShapeAndAnchoredWindowsAllTrainFromTheStart() throws Exception {
    CliRun run = walkForward("--mode", "anchored", "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("windows")).hasSize(2);
    for (JsonNode window : json.path("windows")) {
      assertThat(window.path("train_start").asText()).isEqualTo("2021-01-04");
    }
    assertThat(json.path("parameters").path("mode").asText()).isEqualTo("anchored");
    assertThat(json.path("equity_curve").get(0).path("equity").asDouble()).isEqualTo(100_000);
    assertThat(json.path("deflated_sharpe").path("trials").asInt()).isEqualTo(12);
    assertThat(json.path("stability").path("parameters").get(0).path("name").asText())
        .isEqualTo("fast");
    assertThat(json.path("run_id").asLong()).isPositive();
  }

  @Test
  void badInputIsAUsageErrorOfOneLine() {
    assertUsage("'1q' is not a window length like 10d, 6w, 6m or 2y", "--train", "1q");
    assertUsage("test must be between 1w and 5y, got 6y", "--test", "6y");
    assertUsage("--mode must be one of [rolling, anchored], got 'sliding'", "--mode", "sliding");
    assertUsage(
        "--objective must be one of [sharpe, sortino, calmar, cagr, total_return]",
        "--objective",
        "luck");
    assertUsage("fast must be between 1 and 1000, got 0", "--grid", "fast=0..10:5");
    assertUsage("parallel must be between 1 and ", "--parallel", "999");
    assertUsage("a grid runs sma-cross or rsi-reversion, not 'breadth'", "--strategy", "breadth");
    assertUsage(
        "hold no 1y training window followed by a test window", "--start-date", "2022-06-01");
  }

  private void assertUsage(String message, String... options) {
    CliRun run = walkForward(options);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains(message);
    assertThat(run.err().lines()).hasSize(1);
  }
}
