package io.breadthflow.cli.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.cli.ExitCodes;
import io.breadthflow.cli.support.CliRun;
import io.breadthflow.core.domain.CorporateAction;
import io.breadthflow.ingest.provider.LocalHttpServer;
import io.breadthflow.ingest.provider.LocalHttpServer.Reply;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.PipelineRun;
import io.breadthflow.store.RunStatus;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.store.SymbolSummary;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFetchCommandTest {
  @TempDir Path dir;
  private String store;

  @BeforeEach
  void newStore() {
    store = "jdbc:duckdb:" + dir.resolve("fetch.duckdb");
  }

  @AfterEach
  void forgetProviderSettings() {
    System.clearProperty("BF_YAHOO_BASE_URL");
  }

  @Test
  void simulatedFetchFillsTheStoreAndASecondRunFetchesNothing() {
    String[] fetch = {
      "data",
      "fetch",
      "--symbol-list",
      "demo_medium",
      "--start-date",
      "2020-01-01",
      "--end-date",
      "2020-12-31",
      "--source",
      "sim",
      "--store",
      store
    };

    CliRun first = CliRun.of(fetch);
    CliRun second = CliRun.of(fetch);

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("20 symbols: 20 ok, 0 up to date, 0 failed; 5060 bars written");
    assertThat(second.out()).contains("20 symbols: 0 ok, 20 up to date, 0 failed; 0 bars written");
    try (MarketStore opened = open()) {
      assertThat(opened.dailySummary())
          .hasSize(20)
          .allMatch(s -> s.bars() == 253 && s.missingSessions() == 0);
    }
  }

  @Test
  void extendingTheRangeFetchesOnlyTheMissingPartAndForceRefetchesAll() {
    CliRun.of(
        "data",
        "fetch",
        "--symbols",
        "AAPL",
        "--start-date",
        "2020-06-01",
        "--end-date",
        "2020-06-30",
        "--source",
        "sim",
        "--store",
        store);

    CliRun extended =
        CliRun.of(
            "data",
            "fetch",
            "--symbols",
            "AAPL",
            "--start-date",
            "2020-05-01",
            "--end-date",
            "2020-07-31",
            "--source",
            "sim",
            "--store",
            store);
    CliRun forced =
        CliRun.of(
            "data",
            "fetch",
            "--symbols",
            "AAPL",
            "--start-date",
            "2020-05-01",
            "--end-date",
            "2020-07-31",
            "--source",
            "sim",
            "--force",
            "--store",
            store);

    int june = sessions("2020-06-01", "2020-06-30");
    int all = sessions("2020-05-01", "2020-07-31");
    assertThat(extended.out())
        .contains("1 ok, 0 up to date, 0 failed; " + (all - june) + " bars written");
    assertThat(forced.out())
        .contains("AAPL          " + all + "        0")
        .contains("; 0 bars written");
    try (MarketStore opened = open()) {
      SymbolSummary aapl = opened.dailySummary().get(0);
      assertThat(aapl.bars()).isEqualTo(all);
      assertThat(aapl.missingSessions()).isZero();
    }
  }

  @Test
  void yahooFetchSurvivesThrottlingKeepsGoodSymbolsWhenOneIsUnknownAndExitsThree() {
    try (LocalHttpServer yahoo = new LocalHttpServer()) {
      yahoo.then(Reply.json(429, "{\"finance\":{\"error\":\"Too Many Requests\"}}"));
      yahoo.otherwise(
          uri ->
              uri.startsWith("/v8/finance/chart/AAPL?")
                  ? Reply.json(200, LocalHttpServer.resource("yahoo_daily_AAPL.json"))
                  : Reply.json(404, LocalHttpServer.resource("yahoo_not_found.json")));
      System.setProperty("BF_YAHOO_BASE_URL", yahoo.baseUrl());

      CliRun run =
          CliRun.of(
              "data",
              "fetch",
              "--symbols",
              "AAPL,NOPE",
              "--start-date",
              "2024-01-02",
              "--end-date",
              "2024-01-08",
              "--source",
              "yahoo",
              "--store",
              store);

      assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL_FAILURE);
      assertThat(run.out())
          .containsPattern("AAPL           4        4       1 +(0|1 \\(\\d\\.\\d s\\)) ok")
          .containsPattern(
              "NOPE           0        0       0 +(0|1 \\(\\d\\.\\d s\\)) failed     yahoo NOPE:"
                  + " Not Found: No data found, symbol may be delisted")
          .contains("2 symbols: 1 ok, 0 up to date, 1 failed; 4 bars written");
    }
    try (MarketStore opened = open()) {
      assertThat(opened.dailySummary()).extracting(SymbolSummary::symbol).containsExactly("AAPL");
      assertThat(opened.corporateActions("AAPL"))
          .extracting(CorporateAction::kind)
          .contains(CorporateAction.Kind.DIVIDEND, CorporateAction.Kind.SPLIT);
      PipelineRun run = opened.run(1);
      assertThat(run.command()).isEqualTo("data fetch");
      assertThat(run.status()).isEqualTo(RunStatus.FAILED);
      assertThat(run.counts()).contains("\"symbol\":\"NOPE\",\"status\":\"failed\"");
    }
  }

  @Test
  void badSourceIntervalAndMissingKeyAreUsageErrors() {
    assertUsage("unknown source 'bloomberg'", "--source", "bloomberg");
    assertUsage("2m", "--interval", "2m");
    assertUsage("set BF_ALPHAVANTAGE_API_KEY", "--source", "alphavantage");
    assertUsage("parallel must be between 1 and 64, got 0", "--parallel", "0");
  }

  private void assertUsage(String message, String... options) {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "data",
                "fetch",
                "--symbols",
                "AAPL",
                "--start-date",
                "2024-01-02",
                "--end-date",
                "2024-01-08",
                "--store",
                store));
    args.addAll(java.util.List.of(options));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains(message);
    assertThat(run.err().lines()).hasSize(1);
  }

  private static int sessions(String from, String to) {
    return io.breadthflow.core.calendar.NyseCalendar.tradingDays(
            java.time.LocalDate.parse(from), java.time.LocalDate.parse(to))
        .size();
  }

  private MarketStore open() {
    return MarketStores.open(new StoreConfig(store, "", ""));
  }
}
