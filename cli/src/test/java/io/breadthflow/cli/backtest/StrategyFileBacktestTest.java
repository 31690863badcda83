package io.breadthflow.cli.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.cli.ExitCodes;
import io.breadthflow.cli.support.CliRun;
import io.breadthflow.cli.support.SeededStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bf backtest run --strategy-file}: the documented sample, and its mistakes as usage. */
class StrategyFileBacktestTest {
  private static final Path SAMPLE = Path.of("..", "docs", "strategies", "sector-trend.yaml");
  private static final Set<String> TECH = Set.of("AAPL", "MSFT", "NVDA", "ORCL");

  @TempDir Path dir;
  private String store;
  private Path universe;

  @BeforeEach
  void seededStoreWithSectors() throws Exception {
    store =
        SeededStore.create(
            dir,
            "market",
            List.of("AAPL", "MSFT", "NVDA", "ORCL", "XOM", "CVX", "JPM", "BAC"),
            LocalDate.of(2019, 1, 2),
            LocalDate.of(2022, 12, 30),
            5);
    universe =
        Files.writeString(
            dir.resolve("universe.csv"),
            """
            symbol,name,sector
            AAPL,Apple,Information Technology
            MSFT,Microsoft,Information Technology
            NVDA,Nvidia,Information Technology
            ORCL,Oracle,Information Technology
            XOM,Exxon,Energy
            CVX,Chevron,Energy
            JPM,JPMorgan,Financials
            BAC,Bank of America,Financials
            """);
  }

  @Test
  void theSampleStrategyTradesOnlyItsSectorsStocks() throws Exception {
    CliRun run = run("--strategy-file", SAMPLE.toString(), "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    Set<String> traded = new HashSet<>();
    json.get("trades").forEach(trade -> traded.add(trade.get("symbol").asText()));
    assertThat(traded).isNotEmpty().isSubsetOf(TECH);
    assertThat(json.get("strategy").asText()).isEqualTo("sector-trend");
  }

  @Test
  void aStrategyFilesMistakesAndAMissingOrDoubleChoiceAreUsageErrors() throws Exception {
    Path typo =
        Files.writeString(
            dir.resolve("typo.yaml"),
            "long:\n  - breadth: {indicator: pct_above_sma50, scop: sector, above: 60}\n");
    assertUsage(
        "strategy file typo.yaml: long[1].breadth: unknown key 'scop'",
        "--strategy-file",
        typo.toString());
    Path range =
        Files.writeString(
            dir.resolve("range.yaml"),
            "long: [{symbol: {indicator: rsi, period: 900, below: 30}}]");
    assertUsage(
        "strategy file range.yaml: long[1].symbol.period: rsi period must be 2 to 500, got 900",
        "--strategy-file",
        range.toString());
    assertUsage("give either --strategy or --strategy-file");
    assertUsage(
        "give either --strategy or --strategy-file",
        "--strategy",
        "sma-cross",
        "--strategy-file",
        SAMPLE.toString());
  }

  private CliRun run(String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "backtest",
                "run",
                "--symbol-list",
                universe.toString(),
                "--start-date",
                "2020-01-02",
                "--end-date",
                "2022-12-30",
                "--store",
                store));
    args.addAll(List.of(options));
    return CliRun.of(args.toArray(String[]::new));
  }

  private void assertUsage(String message, String... options) {
    CliRun run = run(options);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip()).endsWith(message);
    assertThat(run.err().lines()).hasSize(1);
  }
}
