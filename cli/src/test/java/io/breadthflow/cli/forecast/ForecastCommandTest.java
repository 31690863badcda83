package io.breadthflow.cli.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.cli.support.CliRun;
import io.breadthflow.cli.support.SeededStore;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.CorporateAction;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCommandTest {
  @TempDir Path dir;
  private String store;

  @BeforeEach
  void seededStore() {
    store =
        SeededStore.create(
            dir,
            "market",
            List.of("AAPL", "MSFT"),
            LocalDate.of(2022, 1, 3),
            LocalDate.of(2023, 6, 30),
            1);
  }

  @Test
  void printsEachSymbolsForecastWithItsIntervals() {
    CliRun run =
        CliRun.of("forecast", "--symbols", "AAPL,MSFT", "--horizon", "5", "--store", store);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("AAPL  ARIMA(").contains("MSFT  ARIMA(");
    assertThat(run.out()).contains("closes to 2023-06-30");
    assertThat(run.out().lines().filter(line -> line.matches("\\s+[1-5] 2023-07-\\d\\d .*")))
        .hasSize(10);
    assertThat(run.out()).contains("2023-07-03").contains("2023-07-05");
    assertThat(run.out()).doesNotContain("2023-07-04");
  }

  @Test
  void aStoredSplitDoesNotChangeTheForecast() {
    List<String> before = forecastCsv("MSFT");
    LocalDate split = LocalDate.of(2023, 1, 3);
    try (MarketStore opened = MarketStores.open(new StoreConfig(store, "", ""))) {
      List<Bar> unadjusted = new ArrayList<>();
      for (Bar bar :
          opened.bars(
              "MSFT",
              Interval.ONE_DAY,
              Instant.EPOCH,
              Bar.daily("MSFT", split, 1, 1, 1, 1, 0).start())) {
        unadjusted.add(
            Bar.daily(
                "MSFT",
                bar.sessionDate(),
                3 * bar.open(),
                3 * bar.high(),
                3 * bar.low(),
                3 * bar.close(),
                bar.volume() / 3));
      }
      opened.upsertBars(unadjusted);
      opened.upsertCorporateActions(
          List.of(new CorporateAction("MSFT", split, CorporateAction.Kind.SPLIT, 3)));
    }

    List<String> after = forecastCsv("MSFT");

    assertThat(after).hasSize(3);
    for (int i = 0; i < after.size(); i++) {
      String[] a = before.get(i).split(",");
      String[] b = after.get(i).split(",");
      for (int c = 0; c < a.length; c++) {
        if (a[c].matches("-?\\d+\\.\\d+(E-?\\d+)?")) {
          assertThat(Double.parseDouble(b[c]))
              .isCloseTo(
                  Double.parseDouble(a[c]), within(1e-9 * Math.abs(Double.parseDouble(a[c]))));
        } else {
          assertThat(b[c]).isEqualTo(a[c]);
        }
      }
    }
  }

  private List<String> forecastCsv(String symbol) {
    CliRun run =
        CliRun.of(
            "forecast",
            "--symbols",
            symbol,
            "--model",
            "arima:1,1,0",
            "--horizon",
            "2",
            "--format",
            "csv",
            "--store",
            store);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out().lines().toList();
  }

  @Test
  void writesCsvAndJsonWithTheSameForecasts() throws Exception {
    CliRun csv =
        CliRun.of(
            "forecast",
            "--symbols",
            "AAPL",
            "--model",
            "arima:1,1,0",
            "--horizon",
            "2",
            "--format",
            "csv",
            "--store",
            store);
    CliRun json =
        CliRun.of(
            "forecast",
            "--symbols",
            "AAPL",
            "--model",
            "arima:1,1,0",
            "--horizon",
            "2",
            "--format",
            "json",
            "--store",
            store);

    assertThat(csv.exitCode()).as(csv.err()).isZero();
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("symbol,origin,model,step,date,mean,lower95,lower80,upper80,upper95");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("AAPL,2023-06-30,\"ARIMA(1,1,0)\",1,2023-07-03,");
    JsonNode forecast = new ObjectMapper().readTree(json.out()).get("forecasts").get(0);
    assertThat(forecast.get("model").asText()).isEqualTo("ARIMA(1,1,0)");
    String mean = lines.get(1).substring(lines.get(1).indexOf("\",1,") + 3).split(",")[2];
    assertThat(mean).isEqualTo(forecast.get("steps").get(0).get("mean").asText());
  }

  @Test
  void evaluateWalksForwardAndComparesWithBothBaselines() throws Exception {
    CliRun table =
        CliRun.of(
            "forecast",
            "--symbols",
            "AAPL",
            "--evaluate",
            "--start-date",
            "2023-03-01",
            "--model",
            "arima:0,1,1",
            "--horizon",
            "2",
            "--refit-every",
            "5",
            "--store",
            store);
    CliRun json =
        CliRun.of(
            "forecast",
            "--symbols",
            "AAPL",
            "--evaluate",
            "--start-date",
            "2023-03-01",
            "--model",
            "arima:0,1,1",
            "--horizon",
            "2",
            "--refit-every",
            "5",
            "--format",
            "json",
            "--store",
            store);

    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.out())
        .contains("AAPL  83 origins from 2023-03-01 to 2023-06-28, 2 sessions ahead");
    assertThat(table.out())
        .contains("candidate    ARIMA(0,1,1)")
        .contains("random_walk  random walk ");
    assertThat(table.out()).contains("drift        random walk with drift");
    assertThat(table.out()).contains("Diebold-Mariano p (candidate vs): random_walk h1 ");
    JsonNode evaluation = new ObjectMapper().readTree(json.out()).get("evaluations").get(0);
    assertThat(evaluation.get("origins").asInt()).isEqualTo(83);
    assertThat(evaluation.at("/models/1/relative_rmse").asDouble()).isEqualTo(1.0);
  }

  @Test
  void evaluateWithoutAStartDateIsOneLineAndExitTwo() {
    CliRun run = CliRun.of("forecast", "--symbols", "AAPL", "--evaluate", "--store", store);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .endsWith("--evaluate needs --start-date, the first forecast origin");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void anInvalidHorizonOrModelIsOneLineAndExitTwo() {
    CliRun horizon = CliRun.of("forecast", "--symbols", "AAPL", "--horizon", "0", "--store", store);
    CliRun model = CliRun.of("forecast", "--symbols", "AAPL", "--model", "magic", "--store", store);

    assertThat(horizon.exitCode()).isEqualTo(2);
    assertThat(horizon.err().strip()).endsWith("horizon must be between 1 and 60, got 0");
    assertThat(horizon.err().lines()).hasSize(1);
    assertThat(model.exitCode()).isEqualTo(2);
    assertThat(model.err().strip())
        .contains("model must be auto, auto-exact, regression, regression-indicators or arima");
    assertThat(model.err().lines()).hasSize(1);
  }
}
