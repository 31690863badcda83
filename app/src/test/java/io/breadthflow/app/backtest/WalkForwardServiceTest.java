package io.breadthflow.app.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.app.Failure;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.run.Progress;
import io.breadthflow.app.run.RunRecorder;
import io.breadthflow.app.support.DemoPointInTime;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.core.backtest.RoundTrip;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.walkforward.Objective;
import io.breadthflow.core.walkforward.WindowMode;
import io.breadthflow.core.walkforward.WindowResult;
import io.breadthflow.ingest.membership.PointInTimeUniverse;
import io.breadthflow.ingest.sim.MarketSimulator;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.RunStatus;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalkForwardServiceTest {
  private static final Universe UNIVERSE = Universes.load("demo_small");
  private static final DateRange RANGE =
      new DateRange(LocalDate.of(2022, 1, 3), LocalDate.of(2023, 12, 29));

  @TempDir Path dir;
  private MarketStore store;
  private BacktestService backtests;

  @BeforeEach
  void open() {
    store = MarketStores.open(new StoreConfig("jdbc:duckdb:" + dir.resolve("wf.duckdb"), "", ""));
    backtests = new BacktestService(store, new RunRecorder(store));
    List<Bar> bars = new ArrayList<>();
    new MarketSimulator(5)
        .dailyBars(UNIVERSE.members(), LocalDate.of(2021, 6, 1), RANGE.end())
        .values()
        .forEach(bars::addAll);
    store.upsertBars(bars);
  }

  @AfterEach
  void close() {
    store.close();
  }

  static WalkForwardRequest request(
      Universe universe, DateRange range, String train, int parallel) {
    return new WalkForwardRequest(
        universe,
        range,
        "sma-cross",
        ParameterGrid.parse("sma-cross", "fast=5..15:5,slow=30|60"),
        WindowLength.parse(train),
        WindowLength.parse("3m"),
        WindowMode.ROLLING,
        Objective.SHARPE,
        PortfolioLimits.defaults(),
        parallel);
  }

  @Test
  void aWalkForwardIsRecordedStoredAndShownWithItsWindowsCurveDsrAndStability() {
    AtomicLong steps = new AtomicLong();
    Progress counting =
        new Progress() {
          @Override
          public void begin(String label, long total) {}

          @Override
          public void step(String item) {
            steps.incrementAndGet();
          }

          @Override
          public void end() {}

          @Override
          public void note(String line) {}
        };
    var recorded = backtests.walkForward(request(UNIVERSE, RANGE, "1y", 2), counting);
    WalkForwardReport report = recorded.result();

    // 2022 trains the first window; 2023 is tested in four quarters.
    assertThat(report.result().windows()).hasSize(4);
    assertThat(report.grid()).hasSize(6);
    assertThat(steps.get()).isGreaterThanOrEqualTo(4 * 7);
    BacktestView view = backtests.walkForwardView(recorded.runId());
    assertThat(view.status()).isEqualTo(RunStatus.SUCCEEDED);
    JsonNode json = view.result().orElseThrow();
    assertThat(json.path("windows")).hasSize(4);
    assertThat(json.path("windows").get(0).path("test_start").asText()).isEqualTo("2023-01-03");
    assertThat(json.path("windows").get(0).path("chosen").has("fast")).isTrue();
    assertThat(json.path("equity_curve")).hasSize(report.result().equity().length);
    assertThat(json.path("equity_curve").get(0).path("date").asText()).isEqualTo("2023-01-03");
    assertThat(json.path("deflated_sharpe").path("trials").asInt()).isEqualTo(24);
    assertThat(json.path("deflated_sharpe").path("deflated").asDouble()).isBetween(0.0, 1.0);
    assertThat(json.path("stability").path("windows").asInt()).isEqualTo(4);
    assertThat(json.path("stability").path("parameters")).hasSize(2);
    assertThat(json.path("metrics").path("sharpe").isNumber()).isTrue();
    assertThat(view.request().path("train").asText()).isEqualTo("1y");
    assertThat(backtests.recentWalkForwards(10))
        .extracting(BacktestView::id)
        .containsExactly(recorded.runId());
    assertThat(backtests.recent(10)).isEmpty();
    assertThatThrownBy(() -> backtests.view(recorded.runId()))
        .extracting(e -> ((UseCaseException) e).failure())
        .isEqualTo(Failure.NOT_FOUND);
  }

  @Test
  void eachTestWindowIsExactlyTheOrdinaryBacktestOfTheChosenParametersOverItsDates() {
    WalkForwardReport report =
        backtests.walkForward(request(UNIVERSE, RANGE, "1y", 2), Progress.SILENT).result();

    int at = 0;
    for (WindowResult w : report.result().windows()) {
      BacktestReport alone =
          backtests
              .run(
                  new BacktestRequest(
                      UNIVERSE,
                      new DateRange(w.window().testStart(), w.window().testEnd()),
                      report.grid().get(w.chosen()),
                      PortfolioLimits.defaults(),
                      Optional.empty()),
                  Progress.SILENT)
              .result();
      assertThat(w.outOfSample()).isEqualTo(alone.result().metrics());
      double scale = report.result().equity()[at] / alone.result().equity()[0];
      for (int t = 0; t < alone.result().equity().length; t++) {
        assertThat(report.result().equity()[at + t])
            .isCloseTo(alone.result().equity()[t] * scale, within(1e-9 * scale * 1e5));
      }
      at += alone.result().equity().length;
    }
    assertThat(at).isEqualTo(report.result().equity().length);
  }

  @Test
  void eachPointInTimeTestWindowIsExactlyThePointInTimeBacktestOfTheChosenParametersOverItsDates() {
    PointInTimeUniverse pit = DemoPointInTime.universe();
    var recorded =
        backtests.walkForward(
            request(UNIVERSE, RANGE, "1y", 2).withPointInTime(pit), Progress.SILENT);
    WalkForwardReport report = recorded.result();
    WalkForwardReport plain =
        backtests.walkForward(request(UNIVERSE, RANGE, "1y", 2), Progress.SILENT).result();

    int at = 0;
    for (WindowResult w : report.result().windows()) {
      BacktestReport alone =
          backtests
              .run(
                  BacktestRequest.pointInTime(
                      pit,
                      new DateRange(w.window().testStart(), w.window().testEnd()),
                      report.grid().get(w.chosen()),
                      PortfolioLimits.defaults(),
                      Optional.empty()),
                  Progress.SILENT)
              .result();
      assertThat(w.outOfSample()).isEqualTo(alone.result().metrics());
      double scale = report.result().equity()[at] / alone.result().equity()[0];
      for (int t = 0; t < alone.result().equity().length; t++) {
        assertThat(report.result().equity()[at + t])
            .isCloseTo(alone.result().equity()[t] * scale, within(1e-9 * scale * 1e5));
        assertThat(report.result().benchmark()[at + t] / report.result().benchmark()[at])
            .isCloseTo(
                alone.result().benchmark()[t] / alone.result().benchmark()[0], within(1e-12));
      }
      at += alone.result().equity().length;
    }
    assertThat(at).isEqualTo(report.result().equity().length);
    assertThat(report.result().trades())
        .filteredOn(r -> r.symbol().equals("AAPL"))
        .extracting(RoundTrip::entryDate)
        .allSatisfy(d -> assertThat(d).isAfterOrEqualTo(DemoPointInTime.JOIN));
    assertThat(report.result().trades())
        .filteredOn(r -> r.symbol().equals("MSFT"))
        .extracting(RoundTrip::entryDate)
        .allSatisfy(d -> assertThat(d).isBefore(DemoPointInTime.LEAVE));
    assertThat(report.result().benchmark())
        .as("the equal-weight benchmark of each session's members")
        .isNotEqualTo(plain.result().benchmark());
    assertThat(
            backtests.walkForwardView(recorded.runId()).request().path("point_in_time").asBoolean())
        .isTrue();
  }

  @Test
  void aRangeTooShortForOneWindowIsAnInvalidRequest() {
    DateRange short_ = new DateRange(LocalDate.of(2023, 1, 3), LocalDate.of(2023, 6, 30));

    assertThatThrownBy(
            () -> backtests.walkForward(request(UNIVERSE, short_, "1y", 1), Progress.SILENT))
        .isInstanceOf(UseCaseException.class)
        .hasMessage(
            "the stored sessions from 2023-01-03 to 2023-06-30 hold no 1y training window"
                + " followed by a test window of 2 sessions or more");
  }

  @Test
  void walkForwardsCountTowardsTheSameLimitPerUserAsBacktests() {
    List<Runnable> queued = new ArrayList<>();
    for (int i = 0; i < BacktestService.PER_OWNER; i++) {
      backtests.submitWalkForward(request(UNIVERSE, RANGE, "1y", 1), queued::add, "alice");
    }

    assertThatThrownBy(
            () ->
                backtests.submitWalkForward(
                    request(UNIVERSE, RANGE, "1y", 1), queued::add, "alice"))
        .extracting(e -> ((UseCaseException) e).failure())
        .isEqualTo(Failure.TOO_MANY);
    queued.get(0).run();
    long id = backtests.submitWalkForward(request(UNIVERSE, RANGE, "1y", 1), queued::add, "alice");
    assertThat(backtests.walkForwardView(id).status()).isEqualTo(RunStatus.RUNNING);
  }

  @Test
  void requestsOutOfRangeAreRefusedWhenBuilt() {
    assertThatThrownBy(() -> request(UNIVERSE, RANGE, "21y", 1))
        .hasMessage("train must be between 1m and 20y, got 21y");
    assertThatThrownBy(() -> request(UNIVERSE, RANGE, "1y", 0))
        .hasMessageStartingWith("parallel must be between 1 and ");
    assertThatThrownBy(() -> request(UNIVERSE, RANGE, "1y", WalkForwardRequest.maxParallel() + 1))
        .hasMessageContaining("(the processors)");
    assertThatThrownBy(
            () ->
                new WalkForwardRequest(
                    UNIVERSE,
                    RANGE,
                    "rsi-reversion",
                    ParameterGrid.parse("sma-cross", "fast=5"),
                    WindowLength.parse("1y"),
                    WindowLength.parse("3m"),
                    WindowMode.ROLLING,
                    Objective.SHARPE,
                    PortfolioLimits.defaults(),
                    1))
        .hasMessage("the grid holds sma-cross parameter sets, not rsi-reversion");
  }
}
