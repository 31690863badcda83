package io.breadthflow.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.cli.support.CliRun;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.PipelineRun;
import io.breadthflow.store.RunStatus;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that works on the store, given an empty store or input it cannot use, leaves its
 * run FAILED with the message it printed: none stays RUNNING.
 */
class FailedRunsTest {
  @TempDir Path dir;

  @AfterEach
  void forgetTheProvider() {
    System.clearProperty("BF_YAHOO_BASE_URL");
  }

  static Stream<Arguments> commandsOnAnEmptyStore() {
    String range = "--start-date 2024-01-02 --end-date 2024-03-28";
    return Stream.of(
        Arguments.of("breadth", "breadth --symbol-list demo_small " + range, 2),
        Arguments.of("signals generate", "signals generate --symbols AAPL,MSFT " + range, 2),
        Arguments.of(
            "backtest run", "backtest run --strategy sma-cross --symbols AAPL " + range, 2),
        Arguments.of(
            "backtest sweep",
            "backtest sweep --strategy sma-cross --symbols AAPL --fast 5 --slow 20 " + range,
            2),
        Arguments.of(
            "stream run", "replay --symbols AAPL " + range + " --checkpoint-dir CHECKPOINTS", 2),
        Arguments.of("data import", "data import --input FILES", 3),
        Arguments.of(
            "data fetch",
            "data fetch --symbols AAPL --source yahoo --start-date 2024-01-02 --end-date"
                + " 2024-01-31",
            3));
  }

  @org.junit.jupiter.api.Test
  void aCommandThatOnlyReadsCreatesNoStore() {
    Path missing = dir.resolve("missing.duckdb");

    CliRun run = CliRun.of("data", "summary", "--store", "jdbc:duckdb:" + missing);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("bf: no store at " + missing);
    assertThat(missing).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commandsOnAnEmptyStore")
  void theRunEndsFailedWithTheMessage(String command, String line, int exitCode) throws Exception {
    String url = "jdbc:duckdb:" + dir.resolve("empty.duckdb");
    MarketStores.open(new StoreConfig(url, "", "")).close();
    Path files = Files.createDirectories(dir.resolve("files"));
    Files.writeString(files.resolve("AAPL.csv"), "not,a,header\n");
    // Nothing listens there: every call to the provider fails at once.
    System.setProperty("BF_YAHOO_BASE_URL", "http://127.0.0.1:1");
    String[] argv =
        (line.replace("FILES", files.toString())
                    .replace("CHECKPOINTS", dir.resolve("checkpoints").toString())
                + " --store "
                + url)
            .split(" ");

    CliRun run = CliRun.of(argv);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
    try (MarketStore store = MarketStores.open(new StoreConfig(url, "", ""))) {
      List<PipelineRun> runs = store.recentRuns(10);
      assertThat(runs).as("runs").isNotEmpty();
      PipelineRun last = runs.get(0);
      assertThat(last.command()).isEqualTo(command);
      assertThat(last.status()).isEqualTo(RunStatus.FAILED);
      assertThat(last.error()).isNotBlank();
      if (exitCode == 2) {
        assertThat(run.err().strip()).isEqualTo("bf: " + last.error());
      }
      assertThat(store.runningRuns()).isEmpty();
    }
  }
}
