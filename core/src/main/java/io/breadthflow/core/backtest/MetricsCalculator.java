package io.breadthflow.core.backtest;

import java.util.List;

/**
 * Computes {@link BacktestMetrics} from an equity curve, its trades and exposures (public so that a
 * curve stitched from several backtests, such as a walk-forward's out-of-sample windows, is
 * measured by the same formulas).
 */
public final class MetricsCalculator {
  /** Sessions per year used to annualise. */
  public static final double SESSIONS_PER_YEAR = 252;

  private MetricsCalculator() {}

  /**
   * The metrics of {@code equity} (at least two points) against {@code benchmark} (same length).
   *
   * @param grossExposureSum sum over sessions of gross position value / equity at the close
   * @param tradedNotional notional bought and sold over the curve
   * @param riskFreeRate annual risk-free rate
   */
  public static BacktestMetrics compute(
      double[] equity,
      double[] benchmark,
      List<RoundTrip> trades,
      double grossExposureSum,
      double tradedNotional,
      double riskFreeRate) {
    int n = equity.length - 1;
    double initial = equity[0];
    double last = equity[n];
    double[] r = returns(equity);
    double[] rb = returns(benchmark);
    double meanR = mean(r);
    double sigma = sampleDeviation(r, meanR);
    double dailyRf = riskFreeRate / SESSIONS_PER_YEAR;
    double annual = Math.sqrt(SESSIONS_PER_YEAR);
    double downside = 0;
    for (double x : r) {
      double shortfall = Math.min(0, x - dailyRf);
      downside += shortfall * shortfall;
    }
    downside = n == 0 ? Double.NaN : Math.sqrt(downside / n);
    double cagr = n == 0 ? Double.NaN : Math.pow(last / initial, SESSIONS_PER_YEAR / n) - 1;
    Drawdown drawdown = Drawdown.of(equity);
    double meanEquity = mean(equity);
    double meanRb = mean(rb);
    double beta = covariance(r, meanR, rb, meanRb) / covariance(rb, meanRb, rb, meanRb);
    return new BacktestMetrics(
        last / initial - 1,
        cagr,
        sigma * annual,
        ratio(meanR - dailyRf, sigma) * annual,
        ratio(meanR - dailyRf, downside) * annual,
        drawdown.depth(),
        drawdown.sessions(),
        ratio(cagr, drawdown.depth()),
        closedShare(trades),
        profitFactor(trades),
        averageClosedReturn(trades),
        grossExposureSum / equity.length,
        n == 0 ? Double.NaN : tradedNotional / meanEquity * SESSIONS_PER_YEAR / n,
        trades.size(),
        benchmark[n] / benchmark[0] - 1,
        (meanR - beta * meanRb) * SESSIONS_PER_YEAR,
        beta);
  }

  static double[] returns(double[] curve) {
    double[] r = new double[Math.max(0, curve.length - 1)];
    for (int i = 0; i < r.length; i++) {
      r[i] = curve[i + 1] / curve[i] - 1;
    }
    return r;
  }

  private static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return x.length == 0 ? Double.NaN : sum / x.length;
  }

  private static double sampleDeviation(double[] x, double mean) {
    return Math.sqrt(covariance(x, mean, x, mean));
  }

  private static double covariance(double[] x, double meanX, double[] y, double meanY) {
    if (x.length < 2) {
      return Double.NaN;
    }
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += (x[i] - meanX) * (y[i] - meanY);
    }
    return sum / (x.length - 1);
  }

  private static double ratio(double numerator, double denominator) {
    return denominator == 0 ? Double.NaN : numerator / denominator;
  }

  private static double closedShare(List<RoundTrip> trades) {
    long closed = trades.stream().filter(t -> !t.open()).count();
    long wins = trades.stream().filter(t -> !t.open() && t.pnl() > 0).count();
    return closed == 0 ? Double.NaN : (double) wins / closed;
  }

  private static double profitFactor(List<RoundTrip> trades) {
    double profit = 0;
    double loss = 0;
    for (RoundTrip t : trades) {
      if (!t.open()) {
        profit += Math.max(0, t.pnl());
        loss += Math.max(0, -t.pnl());
      }
    }
    return ratio(profit, loss);
  }

  private static double averageClosedReturn(List<RoundTrip> trades) {
    return trades.stream()
        .filter(t -> !t.open())
        .mapToDouble(RoundTrip::returnFraction)
        .average()
        .orElse(Double.NaN);
  }

  /** The deepest drawdown of a curve and its length in sessions. */
  record Drawdown(double depth, int sessions) {
    static Drawdown of(double[] equity) {
      double peak = equity[0];
      int peakAt = 0;
      double depth = 0;
      int depthPeakAt = 0;
      for (int t = 1; t < equity.length; t++) {
        if (equity[t] >= peak) {
          peak = equity[t];
          peakAt = t;
        } else if (1 - equity[t] / peak > depth) {
          depth = 1 - equity[t] / peak;
          depthPeakAt = peakAt;
        }
      }
      if (depth == 0) {
        return new Drawdown(0, 0);
      }
      int recovered = equity.length - 1;
      for (int t = depthPeakAt + 1; t < equity.length; t++) {
        if (equity[t] >= equity[depthPeakAt]) {
          recovered = t;
          break;
        }
      }
      return new Drawdown(depth, recovered - depthPeakAt);
    }
  }
}
