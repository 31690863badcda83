package io.breadthflow.ingest.sim;

import io.breadthflow.core.domain.Trade;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded stream of trade prints for a universe at a given average rate (trades per second of
 * event time): Poisson arrivals, a random symbol per trade, each symbol's price a random walk with
 * a market-wide component (so that the universe moves together, as breadth needs), lognormal sizes.
 * Deterministic for a seed; not thread-safe.
 */
public final class SimulatedTrades {
  private final List<String> symbols;
  private final double meanGapNanos;
  private final SplittableRandom random;
  private final double[] logPrice;
  private long clockNanos;
  private final Instant start;

  /**
   * @param symbols the universe
   * @param startPrices each symbol's first price
   * @param ratePerSecond average trades per second of event time, positive
   * @param start event time of the stream's beginning
   * @param seed random seed
   */
  public SimulatedTrades(
      List<String> symbols, double[] startPrices, double ratePerSecond, Instant start, long seed) {
    if (symbols.isEmpty() || startPrices.length != symbols.size()) {
      throw new IllegalArgumentException("one start price per symbol, at least one symbol");
    }
    if (!(ratePerSecond > 0)) {
      throw new IllegalArgumentException("rate must be positive: " + ratePerSecond);
    }
    this.symbols = List.copyOf(symbols);
    this.meanGapNanos = 1e9 / ratePerSecond;
    this.random = new SplittableRandom(seed);
    this.logPrice = new double[startPrices.length];
    for (int s = 0; s < startPrices.length; s++) {
      logPrice[s] = Math.log(startPrices[s]);
    }
    this.start = start;
  }

  /** The next trade, later than (or at the same nanosecond as) the previous one. */
  public Trade next() {
    clockNanos += (long) (-meanGapNanos * Math.log(1 - random.nextDouble()));
    double marketMove = 0.0002 * random.nextGaussian();
    int s = random.nextInt(symbols.size());
    logPrice[s] += marketMove * symbols.size() / 4 + 0.0005 * random.nextGaussian();
    double price = Math.rint(Math.exp(logPrice[s]) * 100) / 100;
    double size = Math.max(1, Math.rint(Math.exp(4 + 1.2 * random.nextGaussian())));
    return new Trade(symbols.get(s), start.plusNanos(clockNanos), price, size, "SIM", "");
  }
}
