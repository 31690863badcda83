package io.breadthflow.core.indicator;

/**
 * Mean and sum of squared deviations over a sliding window, numerically stable.
 *
 * <p>Uses Welford's update while the window fills and its sliding-window form afterwards; every
 * {@value #RECOMPUTE_INTERVAL} updates (or every window, if longer) mean and squared deviations are
 * recomputed exactly from the window with two passes, so rounding cannot accumulate over a long
 * series (amortised O(1) per update). Constant inputs give a variance of exactly 0.
 */
final class RollingMoments {
  static final int RECOMPUTE_INTERVAL = 1024;

  private final int period;
  private final double inversePeriod;
  private final int recomputeInterval;
  private int sinceRecompute;
  private final double[] window;
  private int next;
  private int count;
  private double mean;
  private double squaredDeviations;

  RollingMoments(int period) {
    this.period = Checks.atLeast("period", period, 1);
    this.window = new double[period];
    this.inversePeriod = 1.0 / period;
    this.recomputeInterval = Math.max(period, RECOMPUTE_INTERVAL);
  }

  void add(double x) {
    if (count < period) {
      window[next] = x;
      next = next + 1 == period ? 0 : next + 1;
      count++;
      double delta = x - mean;
      mean += delta / count;
      squaredDeviations += delta * (x - mean);
      return;
    }
    double old = window[next];
    window[next] = x;
    next = next + 1 == period ? 0 : next + 1;
    if (++sinceRecompute == recomputeInterval) {
      sinceRecompute = 0;
      recompute();
      return;
    }
    double oldMean = mean;
    mean += (x - old) * inversePeriod;
    squaredDeviations += (x - old) * (x - mean + old - oldMean);
    if (squaredDeviations < 0) {
      squaredDeviations = 0;
    }
  }

  private void recompute() {
    double sum = 0;
    for (double v : window) {
      sum += v;
    }
    mean = sum / period;
    double squares = 0;
    for (double v : window) {
      double d = v - mean;
      squares += d * d;
    }
    squaredDeviations = squares;
  }

  boolean isFull() {
    return count == period;
  }

  /** Population variance, divisor n. */
  double populationVariance() {
    return squaredDeviations / period;
  }

  /** Sample variance, divisor n − 1. */
  double sampleVariance() {
    return squaredDeviations / (period - 1);
  }

  void reset() {
    next = 0;
    sinceRecompute = 0;
    count = 0;
    mean = 0;
    squaredDeviations = 0;
  }
}
