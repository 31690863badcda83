package io.breadthflow.bench;

import java.util.SplittableRandom;

/** A seeded geometric random walk of daily bars, as primitive columns, for benchmarks. */
final class SyntheticSeries {
  final double[] high;
  final double[] low;
  final double[] close;
  final double[] volume;

  SyntheticSeries(int bars, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    high = new double[bars];
    low = new double[bars];
    close = new double[bars];
    volume = new double[bars];
    double price = 100;
    for (int i = 0; i < bars; i++) {
      double open = price;
      price = Math.max(1, price * Math.exp(0.0002 + 0.015 * random.nextGaussian()));
      close[i] = price;
      high[i] = Math.max(open, price) * (1 + 0.005 * Math.abs(random.nextGaussian()));
      low[i] = Math.min(open, price) * (1 - 0.005 * Math.abs(random.nextGaussian()));
      volume[i] = Math.round(1e6 * Math.exp(0.3 * random.nextGaussian()));
    }
  }
}
