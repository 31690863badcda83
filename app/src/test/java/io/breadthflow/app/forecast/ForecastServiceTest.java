package io.breadthflow.app.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.breadthflow.app.Failure;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.run.Progress;
import io.breadthflow.app.run.Recorded;
import io.breadthflow.app.run.RunRecorder;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.forecast.ForecastPoint;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.RunStatus;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.store.StoredForecast;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastServiceTest {
  private static final LocalDate FIRST = LocalDate.of(2023, 1, 3);
  private static final ModelChoice RANDOM_WALK = ModelChoice.parse("arima:0,1,0");

  @TempDir Path dir;
  private MarketStore store;
  private ForecastService forecasts;
  private List<LocalDate> sessions;

  @BeforeEach
  void open() {
    store =
        MarketStores.open(
            new StoreConfig("jdbc:duckdb:" + dir.resolve("f.duckdb"), "", ""),
            Clock.fixed(Instant.parse("2024-06-03T21:00:00Z"), ZoneOffset.UTC));
    forecasts =
        new ForecastService(
            store,
            new RunRecorder(store),
            Clock.fixed(Instant.parse("2024-06-03T21:00:00Z"), ZoneOffset.UTC));
    sessions = NyseCalendar.tradingDays(FIRST, LocalDate.of(2023, 12, 29));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void eachSymbolGetsItsForecastOnTheNextSessionsAndItIsStored() {
    store(walk("AAPL", 1, sessions.size()));
    store(walk("MSFT", 2, sessions.size()));

    Recorded<ForecastReport> made =
        forecasts.forecast(request(List.of("AAPL", "MSFT"), 5, Optional.empty()), Progress.SILENT);

    assertThat(made.result().forecasts()).hasSize(2);
    SymbolForecast aapl = made.result().forecasts().get(0);
    LocalDate last = sessions.get(sessions.size() - 1);
    assertThat(aapl.forecast().origin()).isEqualTo(last);
    assertThat(aapl.observations()).isEqualTo(sessions.size());
    assertThat(aapl.forecast().model()).isEqualTo("ARIMA(0,1,0)");
    assertThat(aapl.forecast().steps())
        .extracting(StoredForecast.Step::target)
        .containsExactly(
            LocalDate.of(2024, 1, 2),
            LocalDate.of(2024, 1, 3),
            LocalDate.of(2024, 1, 4),
            LocalDate.of(2024, 1, 5),
            LocalDate.of(2024, 1, 8));
    for (StoredForecast.Step step : aapl.forecast().steps()) {
      ForecastPoint p = step.point();
      assertThat(p.mean()).isCloseTo(aapl.lastClose(), within(1e-9));
      assertThat(p.lower95()).isLessThan(p.lower80());
      assertThat(p.lower80()).isLessThan(p.mean());
      assertThat(p.upper80()).isLessThan(p.upper95());
    }
    assertThat(store.forecasts().latest("AAPL", aapl.forecast().interval(), "arima:0,1,0"))
        .contains(aapl.forecast());
    assertThat(store.run(made.runId()).status()).isEqualTo(RunStatus.SUCCEEDED);
  }

  @Test
  void aSymbolWithTooLittleHistoryIsSkippedWithItsReasonAndTheOthersAreForecast() {
    store(walk("AAPL", 1, sessions.size()));
    store(walk("NEW", 3, 30));

    ForecastReport report =
        forecasts
            .forecast(request(List.of("AAPL", "NEW", "GONE"), 3, Optional.empty()), Progress.SILENT)
            .result();

    assertThat(report.forecasts()).extracting(f -> f.forecast().symbol()).containsExactly("AAPL");
    assertThat(report.skipped())
        .containsExactly(
            new SkippedSymbol("GONE", "no stored daily bars"),
            new SkippedSymbol("NEW", "NEW has 30 stored closes; a forecast needs at least 50"));
  }

  @Test
  void noSymbolWithEnoughHistoryIsAClearErrorAndTheRunFails() {
    store(walk("NEW", 3, 49));

    assertThatThrownBy(
            () -> forecasts.forecast(request(List.of("NEW"), 3, Optional.empty()), Progress.SILENT))
        .isInstanceOf(UseCaseException.class)
        .hasMessage(
            "no symbol of NEW could be used: NEW has 49 stored closes; a forecast needs at least 50")
        .extracting(e -> ((UseCaseException) e).failure())
        .isEqualTo(Failure.NO_DATA);
    assertThat(store.recentRuns(1).get(0).status()).isEqualTo(RunStatus.FAILED);
  }

  @Test
  void aForecastAsOfASessionNeverSeesTheBarsAfterIt() {
    List<Bar> bars = walk("AAPL", 1, sessions.size());
    LocalDate asOf = sessions.get(199);
    store(bars.subList(0, 200));
    StoredForecast before =
        forecasts
            .forecast(request(List.of("AAPL"), 5, Optional.of(asOf)), Progress.SILENT)
            .result()
            .forecasts()
            .get(0)
            .forecast();
    List<Bar> changedFuture = new ArrayList<>(bars.subList(200, bars.size()));
    changedFuture.replaceAll(bar -> scaled(bar, 3.0));
    store(changedFuture);

    StoredForecast after =
        forecasts
            .forecast(request(List.of("AAPL"), 5, Optional.of(asOf)), Progress.SILENT)
            .result()
            .forecasts()
            .get(0)
            .forecast();

    assertThat(after.origin()).isEqualTo(asOf);
    assertThat(after.steps()).isEqualTo(before.steps());
  }

  @Test
  void sessionsWithoutABarShortenTheSeriesInsteadOfBeingInvented() {
    List<Bar> bars = new ArrayList<>(walk("AAPL", 1, sessions.size()));
    bars.subList(100, 110).clear();
    store(bars);
    store(walk("MSFT", 2, sessions.size()));

    ForecastReport report =
        forecasts
            .forecast(request(List.of("AAPL", "MSFT"), 1, Optional.empty()), Progress.SILENT)
            .result();

    assertThat(report.forecasts().get(0).observations()).isEqualTo(sessions.size() - 10);
    assertThat(report.forecasts().get(1).observations()).isEqualTo(sessions.size());
  }

  @Test
  void theLatestForecastIsReadBackUntilANewBarArrives() {
    List<Bar> bars = walk("AAPL", 1, sessions.size());
    store(bars.subList(0, bars.size() - 1));
    SymbolForecast first = forecasts.latest("AAPL", 5, RANDOM_WALK);
    SymbolForecast again = forecasts.latest("AAPL", 3, RANDOM_WALK);
    store(bars.subList(bars.size() - 1, bars.size()));
    SymbolForecast renewed = forecasts.latest("AAPL", 3, RANDOM_WALK);

    assertThat(again.forecast().steps()).isEqualTo(first.forecast().steps().subList(0, 3));
    assertThat(renewed.forecast().origin()).isEqualTo(sessions.get(sessions.size() - 1));
    assertThat(renewed.lastClose()).isEqualTo(bars.get(bars.size() - 1).close());
  }

  @Test
  void aSymbolWithoutBarsIsNotFound() {
    assertThatThrownBy(() -> forecasts.latest("NOPE", 5, RANDOM_WALK))
        .isInstanceOf(UseCaseException.class)
        .extracting(e -> ((UseCaseException) e).failure())
        .isEqualTo(Failure.NOT_FOUND);
  }

  @Test
  void horizonsAndModelsOutsideTheirRangesAreRefusedWithTheirRange() {
    assertThatThrownBy(() -> request(List.of("AAPL"), 0, Optional.empty()))
        .hasMessage("horizon must be between 1 and 60, got 0");
    assertThatThrownBy(() -> request(List.of("AAPL"), 61, Optional.empty()))
        .hasMessage("horizon must be between 1 and 60, got 61");
    assertThatThrownBy(() -> ModelChoice.parse("prophet"))
        .isInstanceOf(UseCaseException.class)
        .hasMessage(
            "model must be auto, auto-exact, regression, regression-indicators or"
                + " arima:p,d,q[+c], got 'prophet'");
    assertThatThrownBy(() -> ModelChoice.parse("arima:1,3,0"))
        .isInstanceOf(UseCaseException.class)
        .hasMessageContaining("d");
    assertThat(ModelChoice.parse("ARIMA:1,1,0+c").code()).isEqualTo("arima:1,1,0+c");
    assertThat(ModelChoice.parse("arima:2,0,1").code()).isEqualTo("arima:2,0,1");
  }

  private ForecastRequest request(List<String> symbols, int horizon, Optional<LocalDate> asOf) {
    return new ForecastRequest(Universes.of(symbols), horizon, RANDOM_WALK, asOf);
  }

  private void store(List<Bar> bars) {
    store.upsertBars(bars);
  }

  /** A seeded random walk of daily closes on the first {@code count} sessions. */
  private List<Bar> walk(String symbol, long seed, int count) {
    Random random = new Random(seed);
    List<Bar> bars = new ArrayList<>();
    double close = 100;
    for (LocalDate session : sessions.subList(0, count)) {
      close *= Math.exp(0.015 * random.nextGaussian());
      bars.add(Bar.daily(symbol, session, close, close * 1.01, close * 0.99, close, 1_000_000));
    }
    return bars;
  }

  private static Bar scaled(Bar bar, double factor) {
    LocalDate session = NyseCalendar.sessionDateOf(bar.start());
    double close = bar.close() * factor;
    return Bar.daily(bar.symbol(), session, close, close * 1.01, close * 0.99, close, bar.volume());
  }
}
