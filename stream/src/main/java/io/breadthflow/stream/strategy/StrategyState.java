package io.breadthflow.stream.strategy;

import io.breadthflow.core.strategy.StrategyEvaluator;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * The keyed state of {@link StrategyFunction} for one interval: the evaluator, the directions it
 * decided on the latest final period and those announced as alerts (all flat until the first output
 * period), and the closes of the periods not yet final.
 */
final class StrategyState {
  final StrategyEvaluator evaluator;
  final int[] decided;
  final int[] announced;
  final TreeMap<Long, double[]> pending = new TreeMap<>();
  long lastFinalStart = Long.MIN_VALUE;

  StrategyState(StrategySource source, List<String> universe) {
    evaluator = new StrategyEvaluator(source.program(), universe, source.sectorOf());
    decided = new int[universe.size()];
    announced = new int[universe.size()];
  }

  /** The closes of the period, created full of NaN. */
  double[] period(long start, int symbols) {
    return pending.computeIfAbsent(
        start,
        s -> {
          double[] closes = new double[symbols];
          Arrays.fill(closes, Double.NaN);
          return closes;
        });
  }
}
