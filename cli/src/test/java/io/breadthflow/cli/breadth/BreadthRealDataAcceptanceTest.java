package io.breadthflow.cli.breadth;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.cli.format.ShortestDecimal;
import io.breadthflow.cli.support.CliRun;
import io.breadthflow.core.support.DailySeries;
import io.breadthflow.core.support.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance path: {@code bf data import} of the real S&P 500 files, then {@code bf
 * breadth} over a list file of all 505 symbols. Independent checks on the output: every session of
 * the files appears once, and each session's advancers/decliners/unchanged and up volume equal
 * those counted directly from the CSV files.
 */
class BreadthRealDataAcceptanceTest {
  @TempDir Path dir;

  @Test
  void breadthOfImportedSp500MatchesCountsTakenFromTheFiles() throws Exception {
    Path folder = SharedData.require("market/daily_sp500_2013_2018");
    String store = "jdbc:duckdb:" + dir.resolve("sp500.duckdb");
    List<DailySeries> stocks = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        stocks.add(DailySeries.read(file));
      }
    }
    Path list =
        Files.write(dir.resolve("sp500.txt"), stocks.stream().map(DailySeries::symbol).toList());
    assertThat(
            CliRun.of("data", "import", "--input", folder.toString(), "--store", store).exitCode())
        .isZero();

    CliRun run =
        CliRun.of(
            "breadth",
            "--symbol-list",
            list.toString(),
            "--start-date",
            "2013-02-08",
            "--end-date",
            "2018-02-07",
            "--format",
            "csv",
            "--store",
            store);

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String[]> rows = run.out().lines().skip(1).map(l -> l.split(",", -1)).toList();
    assertThat(rows).hasSize(1259);
    assertThat(rows.get(rows.size() - 1)[10]).as("McClellan oscillator defined").isNotEmpty();
    for (String[] row : rows.subList(1, rows.size())) {
      int[] counts = new int[3];
      double upVolume = 0;
      for (DailySeries stock : stocks) {
        int i = List.of(stock.dates()).indexOf(java.time.LocalDate.parse(row[0]));
        if (i > 0) {
          int direction = Double.compare(stock.close()[i], stock.close()[i - 1]);
          counts[1 - direction]++;
          upVolume += direction > 0 ? stock.volume()[i] : 0;
        }
      }
      assertThat(List.of(row[1], row[2], row[3], row[7]))
          .as(row[0])
          .containsExactly(
              Integer.toString(counts[0]),
              Integer.toString(counts[2]),
              Integer.toString(counts[1]),
              ShortestDecimal.format(upVolume));
    }
  }
}
