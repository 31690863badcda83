package io.breadthflow.stream.market;

import io.breadthflow.core.breadth.BreadthEngine;
import io.breadthflow.core.signal.SignalEngine;
import io.breadthflow.core.signal.SignalWeights;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * The keyed state of {@link MarketFunction} for one interval: breadth and signal engines over the
 * universe, and the closes and volumes of the periods not yet final.
 */
final class MarketState {
  final BreadthEngine breadth;
  final SignalEngine signals;
  final TreeMap<Long, double[][]> pending = new TreeMap<>();
  long lastFinalStart = Long.MIN_VALUE;
  boolean output;

  MarketState(List<String> universe, SignalWeights weights) {
    breadth = new BreadthEngine(universe.size());
    signals = new SignalEngine(universe, weights);
  }

  /** The close (row 0) and volume (row 1) arrays of the period, created full of NaN. */
  double[][] period(long start, int symbols) {
    return pending.computeIfAbsent(
        start,
        s -> {
          double[][] values = new double[2][symbols];
          Arrays.fill(values[0], Double.NaN);
          Arrays.fill(values[1], Double.NaN);
          return values;
        });
  }
}
