package io.breadthflow.core.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Metrics of a hand-made equity curve, each worked out by hand in the comments. */
class MetricsCalculatorTest {
  private static final LocalDate D = LocalDate.of(2024, 1, 2);

  @Test
  void metricsOfAHandMadeCurve() {
    double[] equity = {100, 110, 99, 121, 110};
    double[] benchmark = {100, 105, 100, 110, 110};
    List<RoundTrip> trades =
        List.of(
            trade(20, 0.2, false),
            trade(-10, -0.1, false),
            trade(5, 0.05, false),
            trade(3, 0.03, true));

    BacktestMetrics m = MetricsCalculator.compute(equity, benchmark, trades, 4.0, 500, 0.0252);

    // r = 0.1, -0.1, 0.2222.., -0.0909..; n = 4
    double[] r = {0.1, -0.1, 121.0 / 99 - 1, 110.0 / 121 - 1};
    double mean = (r[0] + r[1] + r[2] + r[3]) / 4;
    double var = 0;
    for (double x : r) {
      var += (x - mean) * (x - mean);
    }
    double sd = Math.sqrt(var / 3);
    double rf = 0.0252 / 252;
    assertThat(m.totalReturn()).isCloseTo(0.1, within(1e-12));
    assertThat(m.cagr()).isCloseTo(Math.pow(1.1, 252.0 / 4) - 1, within(1e-9));
    assertThat(m.volatility()).isCloseTo(sd * Math.sqrt(252), within(1e-12));
    assertThat(m.sharpe()).isCloseTo((mean - rf) / sd * Math.sqrt(252), within(1e-12));
    double down = 0;
    for (double x : r) {
      down += Math.pow(Math.min(0, x - rf), 2);
    }
    assertThat(m.sortino())
        .isCloseTo((mean - rf) / Math.sqrt(down / 4) * Math.sqrt(252), within(1e-12));
    // peak 110 -> trough 99: 10 %; recovered at 121 two sessions after the peak
    assertThat(m.maxDrawdown()).isCloseTo(0.1, within(1e-12));
    assertThat(m.maxDrawdownDays()).isEqualTo(2);
    assertThat(m.calmar()).isCloseTo(m.cagr() / 0.1, within(1e-9));
    assertThat(m.winRate()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(m.profitFactor()).isCloseTo(25.0 / 10, within(1e-12));
    assertThat(m.avgTrade()).isCloseTo((0.2 - 0.1 + 0.05) / 3, within(1e-12));
    assertThat(m.exposure()).isCloseTo(4.0 / 5, within(1e-12));
    assertThat(m.turnover()).isCloseTo(500 / 108.0 * 252 / 4, within(1e-12));
    assertThat(m.trades()).isEqualTo(4);
    assertThat(m.benchmarkReturn()).isCloseTo(0.1, within(1e-12));
  }

  @Test
  void unrecoveredDrawdownLastsToTheEndAndFlatCurveHasNoSharpe() {
    BacktestMetrics falling =
        MetricsCalculator.compute(
            new double[] {100, 120, 90, 100}, new double[] {1, 2, 1, 2}, List.of(), 0, 0, 0);
    assertThat(falling.maxDrawdown()).isCloseTo(0.25, within(1e-12));
    assertThat(falling.maxDrawdownDays()).isEqualTo(2);

    BacktestMetrics flat =
        MetricsCalculator.compute(
            new double[] {100, 100, 100}, new double[] {1, 2, 1}, List.of(), 0, 0, 0);
    assertThat(flat.sharpe()).isNaN();
    assertThat(flat.maxDrawdown()).isZero();
    assertThat(flat.winRate()).isNaN();
  }

  private static RoundTrip trade(double pnl, double ret, boolean open) {
    return new RoundTrip("X", 1, 1, D, 1, D, 1, pnl, ret, open);
  }
}
