package io.breadthflow.app.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.app.run.Progress;
import io.breadthflow.app.run.RunRecorder;
import io.breadthflow.app.support.DemoPointInTime;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.core.backtest.BacktestMetrics;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.ingest.membership.PointInTimeUniverse;
import io.breadthflow.ingest.sim.MarketSimulator;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepServiceTest {
  private static final DateRange RANGE =
      new DateRange(LocalDate.of(2022, 6, 1), LocalDate.of(2023, 12, 29));

  @TempDir Path dir;
  private MarketStore store;
  private BacktestService backtests;

  @BeforeEach
  void open() {
    store =
        MarketStores.open(new StoreConfig("jdbc:duckdb:" + dir.resolve("sweep.duckdb"), "", ""));
    backtests = new BacktestService(store, new RunRecorder(store));
    List<Bar> bars = new ArrayList<>();
    new MarketSimulator(5)
        .dailyBars(Universes.load("demo_small").members(), LocalDate.of(2021, 6, 1), RANGE.end())
        .values()
        .forEach(bars::addAll);
    store.upsertBars(bars);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aPointInTimeSweepRanksExactlyThePointInTimeBacktestsOfItsGridPoints() {
    PointInTimeUniverse pit = DemoPointInTime.universe();
    List<StrategySpec> grid = SweepRequest.smaCrossGrid(List.of(5, 10), List.of(20, 40));
    SweepReport sweep =
        backtests
            .sweep(
                SweepRequest.pointInTime(
                    pit, RANGE, "sma-cross", grid, PortfolioLimits.defaults(), 2),
                Progress.SILENT)
            .result();
    SweepReport plain =
        backtests
            .sweep(
                new SweepRequest(
                    Universes.load("demo_small"),
                    RANGE,
                    "sma-cross",
                    grid,
                    PortfolioLimits.defaults(),
                    2),
                Progress.SILENT)
            .result();

    assertThat(sweep.ranked()).extracting(SweepReport.Ranked::strategy).hasSameElementsAs(grid);
    for (SweepReport.Ranked ranked : sweep.ranked()) {
      BacktestMetrics alone =
          backtests
              .run(
                  BacktestRequest.pointInTime(
                      pit, RANGE, ranked.strategy(), PortfolioLimits.defaults(), Optional.empty()),
                  Progress.SILENT)
              .result()
              .result()
              .metrics();
      assertThat(ranked.metrics()).as(ranked.strategy().toString()).isEqualTo(alone);
    }
    assertThat(sweep.ranked())
        .extracting(SweepReport.Ranked::metrics)
        .as("the membership changes the results")
        .isNotEqualTo(plain.ranked().stream().map(SweepReport.Ranked::metrics).toList());
  }
}
