package io.breadthflow.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.cli.ExitCodes;
import io.breadthflow.cli.support.CliRun;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.StoreConfig;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void theDemoLoadsHistoryRunsEverythingPrintsTheAddressAndLoginAndStopsCleanly() throws Exception {
    String store = "jdbc:duckdb:" + dir.resolve("demo.duckdb");

    CliRun run = demo("--quick", "--store", store, "--duration", "3s");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("[history: simulating sp100")
        .contains("[signals: generating signals for 101 symbols]")
        .contains("[backtest: sma-cross on 10 symbols]")
        .contains("[streaming: starting the job on the simulator]")
        .containsPattern("BreadthFlow is running: http://localhost:\\d+/")
        .containsPattern("admin login for this session: demo / [A-Za-z2-9]{16}")
        .contains("stopping");
    try (MarketStore stored = MarketStores.open(StoreConfig.fromEnvironment(Map.of(), store))) {
      assertThat(stored.latestBars(Interval.ONE_DAY)).hasSize(101);
      assertThat(stored.users().byUsername(DemoSession.ADMIN).orElseThrow().role().code())
          .isEqualTo("admin");
      assertThat(stored.recentRuns(10)).extracting(r -> r.command()).contains("backtest run");
    }
  }

  @Test
  void aSecondDemoOnTheSameStoreGivesTheAdminANewPassword() throws Exception {
    String store = "jdbc:duckdb:" + dir.resolve("demo.duckdb");
    Path csv = dir.resolve("csv");
    Files.createDirectories(csv);
    Files.write(
        csv.resolve("ABC.csv"),
        List.of(
            "Date,Open,High,Low,Close,Volume",
            "2024-01-02,10,11,9,10.5,1000",
            "2024-01-03,10.5,11.5,10,11,1200",
            "2024-01-04,11,11.2,10.5,10.8,900"));

    CliRun first = demo("--input", csv.toString(), "--store", store, "--duration", "1s");
    CliRun second = demo("--input", csv.toString(), "--store", store, "--duration", "1s");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("[history: importing " + csv)
        .contains("signals for 1 symbols");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(password(first)).isNotEqualTo(password(second));
  }

  @Test
  void badOptionsAreUsageErrors() throws Exception {
    assertUsage(demo("--input", dir.resolve("missing").toString()), "--input must be a folder");
    assertUsage(demo("--rate", "0"), "--rate must be above 0 and at most 10000000");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertUsage(demo("--input", empty.toString()), "--input has no .csv or .txt files: " + empty);
    Path unusable = Files.createDirectories(dir.resolve("unusable"));
    Files.write(unusable.resolve("BAD.csv"), List.of("Day,Price", "2024-01-02,10"));
    CliRun nothingImported =
        demo("--input", unusable.toString(), "--store", "jdbc:duckdb:" + dir.resolve("u.duckdb"));
    assertThat(nothingImported.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(nothingImported.err().lines())
        .containsExactly(
            "bf data import: "
                + unusable.resolve("BAD.csv")
                + ": header must name Date, Open, High, Low, Close and Volume but was: Day,Price",
            "bf: no daily bars in the store after importing " + unusable);
    assertUsage(CliRun.of("demo", "--port", "70000"), "the port must be between 0 and 65535");
    Path foreign = Files.createDirectories(dir.resolve("foreign"));
    Files.writeString(foreign.resolve("notes.txt"), "mine");
    assertUsage(
        CliRun.of("demo", "--checkpoint-dir", foreign.toString()),
        "the checkpoint folder " + foreign + " is not empty and was not created by BreadthFlow");
    assertThat(foreign.resolve("notes.txt")).hasContent("mine");
  }

  @Test
  void aPortInUseIsAUsageErrorForTheDemoAndTheServer() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      String port = String.valueOf(taken.getLocalPort());
      String store = "jdbc:duckdb:" + dir.resolve("taken.duckdb");

      assertUsage(
          CliRun.of("demo", "--port", port, "--store", store),
          "port " + port + " is in use; choose another with --port");
      assertUsage(
          CliRun.of("serve", "--dev", "--port", port, "--store", store),
          "port " + port + " is in use; choose another with --port");
    }
  }

  private CliRun demo(String... options) {
    String[] argv = new String[options.length + 5];
    argv[0] = "demo";
    argv[1] = "--port";
    argv[2] = "0";
    argv[3] = "--checkpoint-dir";
    argv[4] = dir.resolve("checkpoints").toString();
    System.arraycopy(options, 0, argv, 5, options.length);
    return CliRun.of(argv);
  }

  private static String password(CliRun run) {
    String marker = "admin login for this session: demo / ";
    int at = run.out().indexOf(marker) + marker.length();
    return run.out().substring(at, at + 16);
  }

  private static void assertUsage(CliRun run, String message) {
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("bf: " + message).doesNotContain("\n\tat ");
    assertThat(run.err().lines()).hasSize(1);
  }
}
