package io.breadthflow.cli.signals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.cli.ExitCodes;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignalsCommandTest {
  @TempDir Path dir;
  private String store;

  @BeforeEach
  void seededStore() {
    store =
        SeededStore.create(
            dir,
            "market",
            List.of("AAPL", "MSFT", "XOM", "JPM", "KO"),
            LocalDate.of(2022, 1, 3),
            LocalDate.of(2023, 6, 30),
            1);
  }

  @Test
  void generateStoresSignalsOnceAndSummaryCountsThem() throws Exception {
    String[] generate = {
      "signals",
      "generate",
      "--symbols",
      "AAPL,MSFT,XOM,JPM,KO",
      "--start-date",
      "2023-01-03",
      "--end-date",
      "2023-06-30",
      "--store",
      store
    };

    CliRun first = CliRun.of(generate);
    CliRun second = CliRun.of(generate);

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("620 signals for 5 symbols from 2023-01-03 to 2023-06-30");
    assertThat(first.out()).contains("620 stored or changed");
    assertThat(second.out()).contains("; 0 stored or changed");
    JsonNode summary =
        new ObjectMapper()
            .readTree(CliRun.of("signals", "summary", "--format", "json", "--store", store).out())
            .get("signals");
    long total = 0;
    for (JsonNode row : summary) {
      total += row.get("count").asLong();
      assertThat(row.get("strategy").asText()).isEqualTo("composite");
    }
    assertThat(total).isEqualTo(620);
    try (MarketStore opened = MarketStores.open(new StoreConfig(store, "", ""))) {
      Signal signal = opened.signals(SignalFilter.all()).get(0);
      assertThat(signal.reasons()).isNotEmpty();
      assertThat(signal.score()).isBetween(-1.0, 1.0);
    }
  }

  @Test
  void strategyFileInYamlOrJsonNamesTheSignalsAndUnknownKeysAreRejected() throws Exception {
    Path yaml =
        Files.writeString(
            dir.resolve("trend.yaml"),
            "name: trend-heavy\nweights:\n  trend: 0.7\n  breadth: 0.1\nbuy_threshold: 0.2\n");
    Path json = Files.writeString(dir.resolve("bad.json"), "{\"name\": \"x\", \"wieghts\": {}}");

    CliRun good =
        CliRun.of(
            "signals",
            "generate",
            "--symbols",
            "AAPL,MSFT",
            "--start-date",
            "2023-06-01",
            "--end-date",
            "2023-06-30",
            "--strategy-file",
            yaml.toString(),
            "--store",
            store);
    CliRun bad =
        CliRun.of(
            "signals",
            "generate",
            "--symbols",
            "AAPL",
            "--start-date",
            "2023-06-01",
            "--end-date",
            "2023-06-30",
            "--strategy-file",
            json.toString(),
            "--store",
            store);

    assertThat(good.exitCode()).as(good.err()).isZero();
    assertThat(good.out()).contains("with 'trend-heavy'");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err().strip()).endsWith("bad.json: unknown key 'wieghts'");
    assertThat(bad.err().lines()).hasSize(1);
  }

  @Test
  void fetchMissingFillsAnEmptyStoreFromTheSourceWithAWarmUpYear() {
    String empty = "jdbc:duckdb:" + dir.resolve("empty.duckdb");

    CliRun run =
        CliRun.of(
            "signals",
            "generate",
            "--symbols",
            "AAPL,MSFT",
            "--start-date",
            "2023-01-03",
            "--end-date",
            "2023-03-31",
            "--fetch-missing",
            "--source",
            "sim",
            "--store",
            empty);

    int sessions =
        io.breadthflow.core.calendar.NyseCalendar.tradingDays(
                LocalDate.of(2023, 1, 3), LocalDate.of(2023, 3, 31))
            .size();
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("fetched missing bars from sim:").contains("0 symbols failed");
    assertThat(run.out()).startsWith((2 * sessions) + " signals for 2 symbols");
  }

  @Test
  void withoutStoredDataGenerateFailsClearlyAndStoresNothing() {
    CliRun run =
        CliRun.of(
            "signals",
            "generate",
            "--symbols",
            "NVDA",
            "--start-date",
            "2023-01-03",
            "--end-date",
            "2023-06-30",
            "--store",
            store);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("no stored daily bars for NVDA between 2023-01-03 and 2023-06-30");
    assertThat(CliRun.of("signals", "summary", "--store", store).out())
        .contains("no stored signals");
  }
}
