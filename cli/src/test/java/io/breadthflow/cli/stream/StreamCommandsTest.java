package io.breadthflow.cli.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.cli.support.CliRun;
import io.breadthflow.cli.support.SeededStore;
import io.breadthflow.core.signal.Signal;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.SignalFilter;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamCommandsTest {
  private static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "XOM", "JPM", "KO");
  @TempDir Path dir;

  @Test
  void streamBarsAggregatesATradeFileAndCountsWhatItSetsAside() throws Exception {
    Path trades =
        Files.writeString(
            dir.resolve("trades.csv"),
            String.join(
                "\n",
                "time,symbol,price,size",
                "2024-03-01T14:30:05Z,AAPL,10,100",
                "2024-03-01T14:30:40Z,AAPL,12,50",
                "2024-03-01T14:30:20Z,MSFT,400,5",
                "2024-03-01T14:31:10Z,AAPL,-3,50",
                "2024-03-01T14:31:30Z,AAPL,11,20",
                ""));

    CliRun run = CliRun.of("stream", "bars", "--input", trades.toString(), "--interval", "1m");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines())
        .containsExactly(
            StreamBarsCommand.HEADER,
            "2024-03-01T14:30:00Z,AAPL,10,12,10,12,150,10.666666666666666,2",
            "2024-03-01T14:30:00Z,MSFT,400,400,400,400,5,400,1",
            "2024-03-01T14:31:00Z,AAPL,11,11,11,11,20,11,1");
    assertThat(run.err())
        .contains("5 trades, 3 bars; set aside: 1 (price not positive and finite)");
  }

  @Test
  void badStreamInputIsAUsageErrorWithOneLine() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.csv"), "time,symbol,price,size\n");
    Path odd = Files.writeString(dir.resolve("odd.csv"), "when,what\n1,2\n");

    assertUsageError(
        CliRun.of("stream", "bars", "--input", dir.resolve("missing.csv").toString()),
        "no such file or folder");
    assertUsageError(CliRun.of("stream", "bars", "--input", empty.toString()), "no trades in");
    assertUsageError(CliRun.of("stream", "bars", "--input", odd.toString()), "unknown header");
    assertUsageError(
        CliRun.of("stream", "bars", "--input", odd.toString(), "--interval", "1d"),
        "--interval takes an intraday interval");
    assertUsageError(
        CliRun.of("stream", "bars", "--input", odd.toString(), "--lateness", "soon"),
        "is not a duration");
    assertUsageError(
        CliRun.of("stream", "run", "--source", "sim", "--duration", "1s"),
        "needs --symbols or --symbol-list");
    Path typo = Files.writeString(dir.resolve("typo.yaml"), "rsi_overbougt: 80\n");
    Path inverted = Files.writeString(dir.resolve("inverted.json"), "{\"rsi_oversold\": 75}");
    assertUsageError(
        CliRun.of("stream", "run", "--symbols", "AAPL", "--alert-rules", typo.toString()),
        "unknown key 'rsi_overbougt'");
    assertUsageError(
        CliRun.of("stream", "run", "--symbols", "AAPL", "--alert-rules", inverted.toString()),
        "RSI thresholds must satisfy 0 < oversold < overbought < 100");
    assertUsageError(
        CliRun.of("replay", "--symbols", "AAPL", "--speed", "2"),
        "replaying stored bars needs --start-date and --end-date");
    assertUsageError(
        CliRun.of("replay", "--symbols", "AAPL", "--speed", "-2"),
        "must be a positive number or max, got '-2'");
  }

  @Test
  void replayingStoredHistoryStoresTheSignalsTheBatchCommandComputes() throws Exception {
    String batch = seeded("batch");
    String streamed = seeded("streamed");
    String[] range = {"--start-date", "2023-01-03", "--end-date", "2023-06-30"};

    CliRun generate =
        CliRun.of(
            concat(
                new String[] {"signals", "generate", "--symbols", String.join(",", SYMBOLS)},
                range,
                new String[] {"--store", batch}));
    CliRun replay =
        CliRun.of(
            concat(
                new String[] {"replay", "--symbols", String.join(",", SYMBOLS)},
                range,
                new String[] {
                  "--store", streamed, "--checkpoint-dir", dir.resolve("chk").toString()
                }));

    assertThat(generate.exitCode()).as(generate.err()).isZero();
    assertThat(replay.exitCode()).as(replay.err()).isZero();
    assertThat(replay.err()).contains("bf replay:");
    List<Signal> expected = signals(batch);
    assertThat(expected).hasSize(620);
    assertThat(signals(streamed)).containsExactlyElementsOf(expected);
  }

  @Test
  void streamRunOnTheSimulatorRunsForTheGivenDurationAndReportsItsWork() throws Exception {
    String store = "jdbc:duckdb:" + dir.resolve("sim.duckdb");

    CliRun run =
        CliRun.of(
            "stream",
            "run",
            "--source",
            "sim",
            "--symbols",
            "AAPL,MSFT",
            "--rate",
            "2000",
            "--interval",
            "1m",
            "--out-of-order",
            "0s",
            "--duration",
            "4s",
            "--store",
            store,
            "--checkpoint-dir",
            dir.resolve("chk").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).containsPattern("bf stream run: \\d+ s · trades [1-9]");
  }

  private String seeded(String name) {
    return SeededStore.create(
        dir, name, SYMBOLS, LocalDate.of(2022, 1, 3), LocalDate.of(2023, 6, 30), 1);
  }

  private static List<Signal> signals(String url) {
    try (MarketStore store = MarketStores.open(new StoreConfig(url, "", ""))) {
      return store.signals(SignalFilter.all());
    }
  }

  private static void assertUsageError(CliRun run, String message) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains(message);
    assertThat(run.err().strip().lines()).hasSize(1);
  }

  private static String[] concat(String[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
  }
}
