package io.breadthflow.core.indicator;

/** Runs a {@link SeriesIndicator} over a whole array: the batch form of every series indicator. */
final class SeriesIndicators {
  private SeriesIndicators() {}

  static double[] run(SeriesIndicator indicator, double[] in) {
    double[] out = new double[in.length];
    for (int i = 0; i < in.length; i++) {
      out[i] = indicator.update(in[i]);
    }
    return out;
  }
}
