package io.breadthflow.cli.breadth;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.cli.support.CliRun;
import io.breadthflow.core.support.SharedData;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Breadth reads split-adjusted closes: after {@code bf data import} of Lean's unadjusted AAPL bars
 * with its factor file, AAPL's 7:1 split (2014-06-09) and 4:1 split (2020-08-31) are advances, as
 * AAPL's split-adjusted closes rose those days (645.57 / 7 = 92.22 to 93.70; 499.23 / 4 = 124.81 to
 * 129.04), not the 85% and 74% declines the raw closes show.
 */
class BreadthOverSplitsAcceptanceTest {
  private static final String FOLDER = "market/lean_daily_unadjusted_1998_2021";

  @TempDir Path dir;

  @Test
  void splitDaysAreAdvancesOnceTheFactorFileIsImported() {
    Path folder = SharedData.require(FOLDER);
    String store = "jdbc:duckdb:" + dir.resolve("lean.duckdb");
    importFiles(store, folder.resolve("AAPL.csv"), folder.resolve("AAPL_factors.csv"));

    Map<String, String[]> rows = breadth(store);

    for (String day : List.of("2014-06-09", "2020-08-31")) {
      assertThat(rows.get(day)[1]).as(day + " advancers").isEqualTo("1");
      assertThat(rows.get(day)[2]).as(day + " decliners").isEqualTo("0");
    }
  }

  @Test
  void withoutItsSplitsTheRawClosesShowDeclines() {
    Path folder = SharedData.require(FOLDER);
    String store = "jdbc:duckdb:" + dir.resolve("raw.duckdb");
    importFiles(store, folder.resolve("AAPL.csv"));

    Map<String, String[]> rows = breadth(store);

    for (String day : List.of("2014-06-09", "2020-08-31")) {
      assertThat(rows.get(day)[2]).as(day + " decliners").isEqualTo("1");
    }
  }

  private static void importFiles(String store, Path... files) {
    for (Path file : files) {
      CliRun run = CliRun.of("data", "import", "--input", file.toString(), "--store", store);
      assertThat(run.exitCode()).as(run.err()).isZero();
    }
  }

  /** The breadth CSV rows of AAPL from 2014 to 2021 by date: date, advancers, decliners, …. */
  private static Map<String, String[]> breadth(String store) {
    CliRun run =
        CliRun.of(
            "breadth",
            "--symbols",
            "AAPL",
            "--start-date",
            "2014-01-02",
            "--end-date",
            "2021-03-31",
            "--format",
            "csv",
            "--store",
            store);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("date,advancers,decliners");
    return run.out()
        .lines()
        .skip(1)
        .map(line -> line.split(",", -1))
        .collect(Collectors.toMap(row -> row[0], row -> row));
  }
}
