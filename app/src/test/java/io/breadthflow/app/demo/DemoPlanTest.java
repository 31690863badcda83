package io.breadthflow.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.app.backtest.StrategySpec;
import io.breadthflow.app.universe.DateRange;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoPlanTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  @Test
  void theCommandApisDemoFlowIsWhatBfDemoQuickLoads() {
    assertThat(DemoPlan.flow(DemoPlan.Flow.DEMO, TODAY))
        .isEqualTo(DemoPlan.session(TODAY, DemoPlan.Length.QUICK, Optional.empty()));
  }

  @Test
  void theDemoSimulatesSp100UpToTodayAndBacktestsTenSymbols() {
    DemoPlan full = DemoPlan.session(TODAY, DemoPlan.Length.FULL, Optional.empty());
    DemoPlan quick = DemoPlan.session(TODAY, DemoPlan.Length.QUICK, Optional.empty());

    assertThat(full.universe().name()).isEqualTo("sp100");
    assertThat(full.history()).isEqualTo(new DateRange(LocalDate.of(2023, 11, 20), TODAY));
    assertThat(quick.history()).isEqualTo(new DateRange(LocalDate.of(2025, 5, 20), TODAY));
    assertThat(full.strategy()).isEqualTo(new StrategySpec.SmaCross(10, 50));
    assertThat(full.backtestSymbols()).isEqualTo(10);
  }

  @Test
  void sizedFlowsRunThreeYearsOfTheirUniverseAndABreadthBacktestOfAllOfIt() {
    DemoPlan medium = DemoPlan.flow(DemoPlan.Flow.MEDIUM, TODAY);

    assertThat(medium.universe().name()).isEqualTo("demo_medium");
    assertThat(medium.history().start()).isEqualTo(LocalDate.of(2023, 11, 20));
    assertThat(medium.strategy()).isEqualTo(new StrategySpec.Breadth());
    assertThat(medium.backtestSymbols()).isZero();
  }
}
