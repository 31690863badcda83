package io.breadthflow.cli.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.cli.support.CliRun;
import io.breadthflow.cli.support.SeededStore;
import io.breadthflow.core.alert.Alert;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.store.StoredAlert;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bf replay --strategy-file}: the stored history streamed with the documented sample
 * strategy stores its decisions as alerts, and they are the backtest's entries.
 */
class StrategyStreamCommandTest {
  private static final Path SAMPLE = Path.of("..", "docs", "strategies", "sector-trend.yaml");
  private static final String[] RANGE = {"--start-date", "2021-01-04", "--end-date", "2022-12-30"};

  @TempDir Path dir;

  @Test
  void replayWithAStrategyFileStoresItsEntriesAndExitsAsTheBacktestTradesThem() throws Exception {
    List<String> symbols = List.of("AAPL", "MSFT", "NVDA", "ORCL", "XOM", "CVX", "JPM", "BAC");
    String store =
        SeededStore.create(
            dir, "market", symbols, LocalDate.of(2020, 1, 2), LocalDate.of(2022, 12, 30), 5);
    Path universe =
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

    CliRun replay =
        CliRun.of(
            concat(
                "replay",
                "--symbol-list",
                universe.toString(),
                "--strategy-file",
                SAMPLE.toString(),
                "--store",
                store,
                "--checkpoint-dir",
                dir.resolve("chk").toString()));
    CliRun backtest =
        CliRun.of(
            concat(
                "backtest",
                "run",
                "--symbol-list",
                universe.toString(),
                "--strategy-file",
                SAMPLE.toString(),
                "--format",
                "json",
                "--store",
                store));

    assertThat(replay.exitCode()).as(replay.err()).isZero();
    assertThat(backtest.exitCode()).as(backtest.err()).isZero();
    List<Alert> entries = new ArrayList<>();
    try (MarketStore market = MarketStores.open(new StoreConfig(store, "", ""))) {
      for (StoredAlert stored : market.alerts().recent(10_000, false)) {
        if (stored.alert().rule().equals("strategy_long")) {
          entries.add(stored.alert());
        }
      }
    }
    JsonNode trades = new ObjectMapper().readTree(backtest.out()).get("trades");
    Set<String> traded = new TreeSet<>();
    trades.forEach(trade -> traded.add(trade.get("symbol").asText()));
    Set<String> announced = new TreeSet<>();
    entries.forEach(alert -> announced.add(alert.symbol()));

    assertThat(entries)
        .isNotEmpty()
        .allMatch(alert -> alert.message().startsWith("sector-trend: "));
    assertThat(announced).isSubsetOf("AAPL", "MSFT", "NVDA", "ORCL").isEqualTo(traded);
    assertThat(entries).hasSize(trades.size());
  }

  private static String[] concat(String... head) {
    List<String> all = new ArrayList<>(List.of(head));
    all.addAll(List.of(RANGE));
    return all.toArray(String[]::new);
  }
}
