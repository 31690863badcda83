package io.breadthflow.cli.universe;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.cli.ExitCodes;
import io.breadthflow.cli.support.CliRun;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bf universe import|list|members} and {@code --point-in-time}: output and exit codes. */
class UniverseCommandsTest {
  @TempDir Path dir;
  private String store;
  private Path intervals;

  @BeforeEach
  void membershipFile() throws Exception {
    store = "jdbc:duckdb:" + dir.resolve("test.duckdb");
    intervals =
        Files.writeString(
            dir.resolve("idx.csv"),
            "ticker,start_date,end_date,sector\n"
                + "AAA,2024-01-02,,Energy\n"
                + "BBB,2024-01-02,2024-01-04,\"Health Care, Providers\"\n"
                + "CCC,2024-01-04,,Utilities\n");
  }

  @Test
  void importStoresTheIntervalsAndMembersListsThoseOfTheDate() {
    CliRun imported = run("universe", "import", "--name", "IDX", "--file", intervals.toString());
    CliRun before = run("universe", "members", "--name", "idx", "--date", "2024-01-03");
    CliRun after = run("universe", "members", "--name", "idx", "--date", "2024-01-04");
    CliRun list = run("universe", "list");

    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out())
        .isEqualTo(
            "stored idx (intervals): 3 intervals of 3 symbols, 2024-01-02 to 2024-01-04; 0 rows rejected\n");
    assertThat(before.out().lines())
        .containsExactly(
            "symbol,sector,since",
            "AAA,Energy,2024-01-02",
            "BBB,\"Health Care, Providers\",2024-01-02");
    assertThat(after.out().lines())
        .containsExactly(
            "symbol,sector,since", "AAA,Energy,2024-01-02", "CCC,Utilities,2024-01-04");
    assertThat(list.out().lines())
        .containsExactly(
            "name,intervals,symbols,first_date,last_change", "idx,3,3,2024-01-02,2024-01-04");
  }

  @Test
  void publishedChangesAreAppliedOnTopOfTheStoredHistory() throws Exception {
    Path changes =
        Files.writeString(
            dir.resolve("changes.csv"),
            "date,add,remove\n2024-02-01,\"DDD,EEE\",AAA\n2024-02-05,ZZZ,NOTAMEMBER\n");
    run("universe", "import", "--name", "idx", "--file", intervals.toString());

    CliRun applied = run("universe", "import", "--name", "idx", "--file", changes.toString());
    CliRun members = run("universe", "members", "--name", "idx", "--date", "2024-02-01");

    assertThat(applied.exitCode()).isEqualTo(ExitCodes.PARTIAL_FAILURE);
    assertThat(applied.out()).startsWith("stored idx (changes): ");
    assertThat(applied.err()).contains("bf universe import: line 3: ");
    assertThat(members.out().lines())
        .containsExactly(
            "symbol,sector,since",
            "CCC,Utilities,2024-01-04",
            "DDD,,2024-02-01",
            "EEE,,2024-02-01");
  }

  @Test
  void badInputIsOneLineWithExitCode2() throws Exception {
    Path noHeader = Files.writeString(dir.resolve("bad.csv"), "symbol,when\nAAA,2024-01-02\n");
    run("universe", "import", "--name", "idx", "--file", intervals.toString());

    CliRun badName = run("universe", "import", "--name", "no good", "--file", intervals.toString());
    CliRun missingFile =
        run("universe", "import", "--name", "idx", "--file", dir.resolve("none.csv").toString());
    CliRun badHeader = run("universe", "import", "--name", "idx", "--file", noHeader.toString());
    CliRun unknown = run("universe", "members", "--name", "nope", "--date", "2024-01-03");
    CliRun badDate = run("universe", "members", "--name", "idx", "--date", "2024-13-01");
    CliRun both =
        run(
            "breadth",
            "--point-in-time",
            "idx",
            "--symbols",
            "AAA",
            "--start-date",
            "2024-01-02",
            "--end-date",
            "2024-01-04");

    for (CliRun bad : List.of(badName, missingFile, badHeader, unknown, badDate, both)) {
      assertThat(bad.exitCode()).as(bad.err()).isEqualTo(ExitCodes.USAGE);
      assertThat(bad.err().strip().lines()).as(bad.err()).hasSize(1);
      assertThat(bad.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
    assertThat(badName.err()).contains("a universe name is 1 to 40");
    assertThat(unknown.err()).contains("no point-in-time universe named nope");
    assertThat(badDate.err()).contains("'2024-13-01' is not a date YYYY-MM-DD");
  }

  @Test
  void breadthOfAPointInTimeUniverseCountsOnlyTheMembersOfEachSession() {
    try (MarketStore opened = MarketStores.open(new StoreConfig(store, "", ""))) {
      opened.upsertBars(
          List.of(
              bar("AAA", "2024-01-02", 10),
              bar("AAA", "2024-01-03", 11),
              bar("AAA", "2024-01-04", 12),
              bar("BBB", "2024-01-02", 20),
              bar("BBB", "2024-01-03", 19),
              bar("BBB", "2024-01-04", 18),
              bar("CCC", "2024-01-02", 30),
              bar("CCC", "2024-01-03", 31),
              bar("CCC", "2024-01-04", 32)));
    }
    run("universe", "import", "--name", "idx", "--file", intervals.toString());

    CliRun pit =
        run(
            "breadth",
            "--point-in-time",
            "idx",
            "--start-date",
            "2024-01-02",
            "--end-date",
            "2024-01-04",
            "--format",
            "csv");

    assertThat(pit.exitCode()).as(pit.err()).isZero();
    // 01-03: AAA up, BBB down (CCC not yet a member); 01-04: AAA and CCC up (BBB has left)
    assertThat(
            pit.out()
                .lines()
                .skip(1)
                .map(l -> String.join(",", List.of(l.split(",")).subList(0, 4))))
        .containsExactly("2024-01-02,0,0,0", "2024-01-03,1,1,0", "2024-01-04,2,0,0");
  }

  private CliRun run(String... args) {
    String[] withStore = Arrays.copyOf(args, args.length + 2);
    withStore[args.length] = "--store";
    withStore[args.length + 1] = store;
    return CliRun.of(withStore);
  }

  private static Bar bar(String symbol, String date, double close) {
    return Bar.daily(symbol, LocalDate.parse(date), close, close, close, close, 1_000);
  }
}
