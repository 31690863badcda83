package io.breadthflow.core.indicator;

/**
 * Annualised historical volatility: the sample standard deviation (divisor n−1) of the last {@code
 * n} log returns ln(p<sub>t</sub>/p<sub>t−1</sub>), times √(periods per year) — √252 for daily bars
 * (Hull, <i>Options, Futures, and Other Derivatives</i>, "Estimating volatility from historical
 * data"). Lookback {@code n}: n returns need n+1 prices. Prices must be positive.
 */
public final class Volatility implements SeriesIndicator {
  /** Trading sessions per year used to annualise daily volatility. */
  public static final double TRADING_DAYS_PER_YEAR = 252;

  private final RollingMoments moments;
  private final int period;
  private final double annualisation;
  private boolean hasPrevious;
  private double previous;
  private double value = Double.NaN;

  /**
   * @param period number of returns, at least 2
   * @param periodsPerYear observations per year (252 for daily bars)
   */
  public Volatility(int period, double periodsPerYear) {
    this.period = Checks.atLeast("period", period, 2);
    this.annualisation = Math.sqrt(Checks.positive("periodsPerYear", periodsPerYear));
    this.moments = new RollingMoments(period);
  }

  /** Daily volatility over {@code period} returns, annualised with √252. */
  public static Volatility daily(int period) {
    return new Volatility(period, TRADING_DAYS_PER_YEAR);
  }

  /**
   * @throws IllegalArgumentException when {@code price} is not positive
   */
  @Override
  public double update(double price) {
    if (!(price > 0)) {
      throw new IllegalArgumentException("price must be positive but was " + price);
    }
    if (!hasPrevious) {
      hasPrevious = true;
      previous = price;
      return Double.NaN;
    }
    moments.add(Math.log(price / previous));
    previous = price;
    if (!moments.isFull()) {
      return Double.NaN;
    }
    value = Math.sqrt(moments.sampleVariance()) * annualisation;
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

  @Override
  public WarmUp warmUp(double tolerance) {
    return WarmUp.exact(lookback(), tolerance);
  }

  @Override
  public void reset() {
    moments.reset();
    hasPrevious = false;
    previous = 0;
    value = Double.NaN;
  }

  /** Batch form over daily prices: annualised volatility, {@code NaN} for the first n entries. */
  public static double[] computeDaily(double[] prices, int period) {
    Volatility indicator = daily(period);
    double[] out = new double[prices.length];
    for (int i = 0; i < prices.length; i++) {
      out[i] = indicator.update(prices[i]);
    }
    return out;
  }
}
