package io.breadthflow.core.indicator;

/**
 * Bollinger Bands (John Bollinger; TA-Lib {@code TA_BBANDS} with a simple moving average;
 * StockCharts ChartSchool "Bollinger Bands").
 *
 * <p>middle = SMA<sub>n</sub>; upper = middle + k·σ; lower = middle − k·σ, where σ is the
 * <b>population</b> standard deviation (divisor n) of the same n prices. Lookback {@code n − 1}.
 */
public final class BollingerBands {
  private final Sma middleAverage;
  private final StdDev deviation;
  private final int period;
  private double upper = Double.NaN;
  private double middle = Double.NaN;
  private double lower = Double.NaN;

  /**
   * @param period window length, at least 2 (20 is Bollinger's)
   * @param multiplier band width in standard deviations (2 is Bollinger's)
   */
  public BollingerBands(int period, double multiplier) {
    this.period = Checks.atLeast("period", period, 2);
    this.middleAverage = new Sma(period);
    this.deviation = new StdDev(period, multiplier);
  }

  /** Bollinger's own setting: 20 periods, 2 standard deviations. */
  public static BollingerBands standard() {
    return new BollingerBands(20, 2.0);
  }

  /** Feeds one price; returns the middle band, {@code NaN} during the warm-up. */
  public double update(double price) {
    double mid = middleAverage.update(price);
    double width = deviation.update(price);
    if (Double.isNaN(mid)) {
      return Double.NaN;
    }
    middle = mid;
    upper = mid + width;
    lower = mid - width;
    return middle;
  }

  /** Upper band. */
  public double upper() {
    return upper;
  }

  /** Middle band (the SMA). */
  public double middle() {
    return middle;
  }

  /** Lower band. */
  public double lower() {
    return lower;
  }

  /** Prices consumed before the first output: n − 1. */
  public int lookback() {
    return period - 1;
  }

  /** A finite window: stable from its first value. */
  public WarmUp warmUp(double tolerance) {
    return WarmUp.exact(lookback(), tolerance);
  }

  /** Forgets everything seen. */
  public void reset() {
    middleAverage.reset();
    deviation.reset();
    upper = Double.NaN;
    middle = Double.NaN;
    lower = Double.NaN;
  }

  /** Batch form over {@code prices}. */
  public static Series compute(double[] prices, int period, double multiplier) {
    BollingerBands bands = new BollingerBands(period, multiplier);
    Series out =
        new Series(new double[prices.length], new double[prices.length], new double[prices.length]);
    for (int i = 0; i < prices.length; i++) {
      out.middle[i] = bands.update(prices[i]);
      out.upper[i] = bands.upper;
      out.lower[i] = bands.lower;
    }
    return out;
  }

  /**
   * The three bands over a series, aligned with the input ({@code NaN} during the warm-up).
   *
   * @param upper upper band
   * @param middle middle band
   * @param lower lower band
   */
  public record Series(double[] upper, double[] middle, double[] lower) {}
}
