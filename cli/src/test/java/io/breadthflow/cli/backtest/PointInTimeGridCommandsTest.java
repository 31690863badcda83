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
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bf backtest sweep} and {@code bf backtest walk-forward} with {@code --point-in-time}: a
 * symbol is traded only while a member, and bad input is one line with exit code 2.
 */
class PointInTimeGridCommandsTest {
  private static final LocalDate JOIN = LocalDate.of(2022, 6, 1);

  @TempDir Path dir;
  private String store;

  @BeforeEach
  void seededStoreAndMembership() throws Exception {
    store =
        SeededStore.create(
            dir,
            "market",
            List.of("AAPL", "MSFT", "XOM"),
            LocalDate.of(2020, 1, 2),
            LocalDate.of(2022, 12, 30),
            2);
    Path intervals =
        Files.writeString(
            dir.resolve("idx.csv"),
            "ticker,start_date,end_date,sector\n"
                + "AAPL,2015-01-02,,\n"
                + "MSFT,2015-01-02,,\n"
                + "XOM,"
                + JOIN
                + ",,\n");
    CliRun imported = run("universe", "import", "--name", "idx", "--file", intervals.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
  }

  @Test
  void aPointInTimeSweepRanksTheGridAsBfBacktestRunPointInTimeRunsIt() throws Exception {
    CliRun sweep = sweep("--point-in-time", "idx");

    assertThat(sweep.exitCode()).as(sweep.err()).isZero();
    JsonNode runs = new ObjectMapper().readTree(sweep.out()).get("runs");
    assertThat(runs).hasSize(4);
    for (JsonNode ranked : runs) {
      JsonNode point = ranked.get("parameters");
      CliRun alone =
          run(
              "backtest",
              "run",
              "--strategy",
              "sma-cross",
              "--fast",
              point.get("fast").asText(),
              "--slow",
              point.get("slow").asText(),
              "--point-in-time",
              "idx",
              "--start-date",
              "2021-01-04",
              "--end-date",
              "2022-12-30",
              "--format",
              "json");
      assertThat(alone.exitCode()).as(alone.err()).isZero();
      assertThat(ranked.get("metrics"))
          .isEqualTo(new ObjectMapper().readTree(alone.out()).get("metrics"));
    }
  }

  @Test
  void eachPointInTimeTestWindowIsExactlyBfBacktestRunPointInTimeOverItsDates() throws Exception {
    CliRun walk = walkForward("--point-in-time", "idx");

    assertThat(walk.exitCode()).as(walk.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(walk.out());
    assertThat(json.at("/parameters/point_in_time").asText()).isEqualTo("idx");
    assertThat(json.get("benchmark").asText()).isEqualTo("equal-weight idx");
    assertThat(json.get("windows")).hasSize(2);
    for (JsonNode window : json.get("windows")) {
      CliRun alone =
          run(
              "backtest",
              "run",
              "--strategy",
              "sma-cross",
              "--fast",
              window.at("/chosen/fast").asText(),
              "--slow",
              window.at("/chosen/slow").asText(),
              "--point-in-time",
              "idx",
              "--start-date",
              window.get("test_start").asText(),
              "--end-date",
              window.get("test_end").asText(),
              "--format",
              "json");
      assertThat(alone.exitCode()).as(alone.err()).isZero();
      assertThat(window.get("out_of_sample"))
          .isEqualTo(new ObjectMapper().readTree(alone.out()).get("metrics"));
    }
  }

  @Test
  void anUnknownPointInTimeUniverseOrOneGivenWithSymbolsIsAUsageError() {
    List<CliRun> bad =
        List.of(
            sweep("--point-in-time", "nope"),
            sweep("--point-in-time", "idx", "--symbols", "AAPL"),
            walkForward("--point-in-time", "nope"),
            walkForward("--point-in-time", "idx", "--symbols", "AAPL"));

    for (CliRun run : bad) {
      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
      assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
    assertThat(bad.get(0).err()).contains("no point-in-time universe named nope");
    assertThat(bad.get(1).err())
        .contains("give either --point-in-time or --symbols or --symbol-list, not several");
    assertThat(bad.get(2).err()).contains("no point-in-time universe named nope");
    assertThat(bad.get(3).err())
        .contains("give either --point-in-time or --symbols or --symbol-list, not several");
  }

  private CliRun sweep(String... universe) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "backtest",
                "sweep",
                "--strategy",
                "sma-cross",
                "--fast",
                "5,10",
                "--slow",
                "20,40",
                "--start-date",
                "2021-01-04",
                "--end-date",
                "2022-12-30",
                "--format",
                "json"));
    args.addAll(List.of(universe));
    return run(args.toArray(String[]::new));
  }

  private CliRun walkForward(String... universe) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "backtest",
                "walk-forward",
                "--strategy",
                "sma-cross",
                "--grid",
                "fast=5..15:5,slow=30|60",
                "--train",
                "1y",
                "--test",
                "6m",
                "--parallel",
                "1",
                "--start-date",
                "2021-01-04",
                "--end-date",
                "2022-12-30",
                "--format",
                "json"));
    args.addAll(List.of(universe));
    return run(args.toArray(String[]::new));
  }

  private CliRun run(String... args) {
    String[] withStore = Arrays.copyOf(args, args.length + 2);
    withStore[args.length] = "--store";
    withStore[args.length + 1] = store;
    return CliRun.of(withStore);
  }
}
