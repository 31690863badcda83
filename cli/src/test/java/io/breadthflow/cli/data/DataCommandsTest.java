package io.breadthflow.cli.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.cli.ExitCodes;
import io.breadthflow.cli.support.CliRun;
import io.breadthflow.core.support.SharedData;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.QuarantinedRecord;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandsTest {
  @TempDir Path dir;
  private String store;

  @BeforeEach
  void newStore() {
    store = "jdbc:duckdb:" + dir.resolve("db/test.duckdb");
  }

  @Test
  void importStoresGoodRowsQuarantinesBadOnesAndReportsUnreadableFiles() throws Exception {
    Path input = Files.createDirectories(dir.resolve("csv"));
    Files.write(
        input.resolve("AAA.csv"),
        List.of(
            "Date,Open,High,Low,Close,Volume",
            "2016-01-04,10,11,9,10.5,1000",
            "2016-01-05,10.5,oops,10,11,1000",
            "2016-01-06,11,12,10.5,11.5,-4",
            "2016-01-07,11,11.2,10.5,11.5,900",
            "2016-01-09,10.5,12,10,11,1000"));
    Files.write(input.resolve("BBB.csv"), List.of("Day,Price", "2016-01-04,10"));
    Files.write(input.resolve("CCC.csv"), new byte[0]);

    CliRun run = CliRun.of("data", "import", "--input", input.toString(), "--store", store);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL_FAILURE);
    assertThat(run.out())
        .startsWith(
            "imported 3 files: 2 bars accepted, 2 written, 3 rows quarantined, 1 bars with high/low"
                + " outside open/close kept");
    assertThat(run.err().lines())
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("BBB.csv: header must name Date"))
        .anySatisfy(l -> assertThat(l).contains("CCC.csv: empty file"));
    JsonNode summary = summaryJson();
    assertThat(summary.get("bars").asLong()).isEqualTo(2);
    assertThat(summary.get("quarantined").asLong()).isEqualTo(3);
    try (MarketStore opened = MarketStores.open(new StoreConfig(store, "", ""))) {
      assertThat(opened.quarantined())
          .extracting(QuarantinedRecord::rawRecord, QuarantinedRecord::reason)
          .contains(
              tuple("2016-01-09,10.5,12,10,11,1000", "line 6: 2016-01-09 is not an NYSE session"));
    }
  }

  @Test
  void reimportChangesNothingAndDuplicatesNothing() throws Exception {
    Path file = dir.resolve("XYZ.csv");
    Files.write(
        file,
        List.of(
            "Date,Open,High,Low,Close,Volume",
            "2016-01-04,10,11,9,10.5,1000",
            "2016-01-05,,11,9,10.5,1000"));

    CliRun first = CliRun.of("data", "import", "--input", file.toString(), "--store", store);
    CliRun second = CliRun.of("data", "import", "--input", file.toString(), "--store", store);

    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).contains("1 written, 1 rows quarantined");
    assertThat(second.out()).contains("1 bars accepted, 0 written");
    JsonNode summary = summaryJson();
    assertThat(summary.get("bars").asLong()).isEqualTo(1);
    assertThat(summary.get("quarantined").asLong()).isEqualTo(1);
  }

  @Test
  void summaryTableListsEverySymbolWithTotals() throws Exception {
    Path file = dir.resolve("XYZ.csv");
    Files.write(
        file,
        List.of(
            "Date,Open,High,Low,Close,Volume",
            "2016-01-04,10,11,9,10.5,1000",
            "2016-01-06,10,11,9,10.5,1000"));
    CliRun.of("data", "import", "--input", file.toString(), "--store", store);

    CliRun run = CliRun.of("data", "summary", "--store", store);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .containsExactly(
            "symbol       bars first      last        missing",
            "XYZ             2 2016-01-04 2016-01-06        1",
            "1 symbols, 2 daily bars, 0 quarantined records");
  }

  @Test
  void lakeExportAndImportRestoreTheStore() throws Exception {
    Path file = dir.resolve("XYZ.csv");
    Files.write(
        file,
        List.of(
            "Date,Open,High,Low,Close,Volume",
            "2016-01-04,10,11,9,10.5,1000",
            "2016-01-05,10.5,11,10,10.75,1200"));
    CliRun.of("data", "import", "--input", file.toString(), "--store", store);
    Path lake = dir.resolve("lake");

    CliRun export = CliRun.of("data", "export", "--lake", lake.toString(), "--store", store);
    store = "jdbc:duckdb:" + dir.resolve("db/restored.duckdb");
    CliRun restore = CliRun.of("data", "import", "--lake", lake.toString(), "--store", store);

    assertThat(export.exitCode()).isZero();
    assertThat(export.out()).startsWith("exported 1 symbols, 2 bars to ");
    assertThat(lake.resolve("ohlcv/XYZ/XYZ_2016-01-04_2016-01-05.parquet")).isRegularFile();
    assertThat(restore.exitCode()).isZero();
    assertThat(restore.out()).startsWith("imported 1 files: 2 bars accepted, 2 written");
    assertThat(summaryJson().get("per_symbol").get(0).get("last").asText()).isEqualTo("2016-01-05");
  }

  @Test
  void inputAndLakeAreMutuallyExclusive() {
    CliRun run = CliRun.of("data", "import", "--input", "a", "--lake", "b", "--store", store);
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("mutually exclusive");
  }

  @Test
  void missingLakeIsAUsageError() {
    CliRun run =
        CliRun.of("data", "import", "--lake", dir.resolve("none").toString(), "--store", store);
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("bf: lake not found:");
  }

  @Test
  void missingInputIsAUsageError() {
    CliRun run =
        CliRun.of("data", "import", "--input", dir.resolve("nothing").toString(), "--store", store);
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("bf: input not found:");
  }

  @Test
  void unsupportedStoreUrlIsAUsageErrorOnOneLine() {
    CliRun run = CliRun.of("data", "summary", "--store", "jdbc:mysql://localhost/x");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().lines())
        .containsExactly(
            "bf: cannot open store: store URL must start with jdbc:duckdb: or jdbc:postgresql: but"
                + " was 'jdbc:mysql://localhost/x'");
  }

  @Test
  void unknownSummaryFormatIsAUsageError() {
    CliRun run = CliRun.of("data", "summary", "--format", "xml", "--store", store);
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Invalid value for option '--format'");
  }

  /** Acceptance: the real S&P 500 files, imported twice. */
  @Test
  void sp500ImportStores619029BarsAndQuarantinesExactlyThe11RowsWithEmptyFields() throws Exception {
    Path folder = SharedData.require("market/daily_sp500_2013_2018");

    CliRun first = CliRun.of("data", "import", "--input", folder.toString(), "--store", store);
    CliRun again = CliRun.of("data", "import", "--input", folder.toString(), "--store", store);

    assertThat(first.exitCode()).isZero();
    assertThat(first.out())
        .startsWith(
            "imported 505 files: 619029 bars accepted, 619029 written, 11 rows quarantined");
    assertThat(again.out()).contains("619029 bars accepted, 0 written");
    JsonNode summary = summaryJson();
    assertThat(summary.get("symbols").asInt()).isEqualTo(505);
    assertThat(summary.get("bars").asLong()).isEqualTo(619_029);
    assertThat(summary.get("quarantined").asLong()).isEqualTo(11);
    assertThat(summary.get("per_symbol").get(0).get("symbol").asText()).isEqualTo("A");
    assertThat(summary.get("per_symbol").get(0).get("first").asText()).isEqualTo("2013-02-08");
  }

  private JsonNode summaryJson() throws Exception {
    CliRun run = CliRun.of("data", "summary", "--format", "json", "--store", store);
    assertThat(run.exitCode()).isZero();
    return new ObjectMapper().readTree(run.out());
  }
}
