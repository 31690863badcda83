package io.breadthflow.core.indicator;

/**
 * Relative Strength Index with Wilder's smoothing (J. Welles Wilder, <i>New Concepts in Technical
 * Trading Systems</i>, 1978; TA-Lib {@code TA_RSI}; StockCharts ChartSchool "RSI").
 *
 * <p>The first average gain and loss are the simple means of the first {@code n} changes; after
 * that avg = (avg<sub>prev</sub>·(n−1) + current)/n. RSI = 100·avgGain/(avgGain + avgLoss), which
 * equals 100 − 100/(1+RS). With no gain and no loss in the window (constant prices) RSI is 0, as in
 * TA-Lib; with gains and no loss it is 100. Lookback {@code n}: the first value needs n changes, so
 * n+1 prices.
 *
 * <p>TradingView's {@code ta.rsi} (rma of gains and losses, rma seeded with the SMA of the first n
 * changes) is the same series, so RSI takes no {@link Seeding}.
 */
public final class Rsi implements SeriesIndicator {
  private final int period;
  private boolean hasPrevious;
  private double previous;
  private int changes;
  private double avgGain;
  private double avgLoss;
  private double value = Double.NaN;

  /**
   * @param period smoothing period, at least 2 (14 is Wilder's)
   */
  public Rsi(int period) {
    this.period = Checks.atLeast("period", period, 2);
  }

  @Override
  public double update(double x) {
    if (!hasPrevious) {
      hasPrevious = true;
      previous = x;
      return Double.NaN;
    }
    double change = x - previous;
    previous = x;
    if (changes < period) {
      if (change < 0) {
        avgLoss -= change;
      } else {
        avgGain += change;
      }
      if (++changes < period) {
        return Double.NaN;
      }
    } else {
      avgLoss *= period - 1;
      avgGain *= period - 1;
      avgLoss -= Math.min(change, 0.0);
      avgGain += Math.max(change, 0.0);
    }
    avgLoss /= period;
    avgGain /= period;
    double total = avgGain + avgLoss;
    value = total == 0 ? 0 : 100.0 * (avgGain / total);
    return value;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public int lookback() {
    return period;
  }

  /**
   * Wilder's averages (α = 1/n) are seeded at index n: stable k bars later, (1−1/n)<sup>k</sup> ≤
   * tolerance (201 for n = 14 at 1e-6).
   */
  @Override
  public WarmUp warmUp(double tolerance) {
    return new WarmUp(period, SeedDecay.stableFrom(period, 1.0 / period, tolerance), tolerance);
  }

  @Override
  public void reset() {
    hasPrevious = false;
    previous = 0;
    changes = 0;
    avgGain = 0;
    avgLoss = 0;
    value = Double.NaN;
  }

  /** Batch form: RSI of {@code in}, {@code NaN} for the first {@code period} entries. */
  public static double[] compute(double[] in, int period) {
    Rsi indicator = new Rsi(period);
    double[] out = new double[in.length];
    for (int i = 0; i < in.length; i++) {
      out[i] = indicator.update(in[i]);
    }
    return out;
  }
}
