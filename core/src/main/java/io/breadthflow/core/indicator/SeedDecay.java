package io.breadthflow.core.indicator;

/**
 * The first index from which a chain of exponential recursions no longer depends on its seeds.
 *
 * <p>Stage i is seeded at index s<sub>i</sub> (its error relative to an infinitely long history is
 * then taken as 1) and afterwards updates e<sub>i</sub>(t) = (1−α<sub>i</sub>)·e<sub>i</sub>(t−1) +
 * α<sub>i</sub>·e<sub>i−1</sub>(t), which bounds how an error in its input and in its own seed
 * propagates. The bound of every stage decreases after its seed and stays above the bound of the
 * stage before it, so the chain is stable from the first index where the last stage's bound is at
 * most the tolerance. For one stage this is s + k with k the smallest integer such that
 * (1−α)<sup>k</sup> ≤ tolerance. Computed once when an indicator is built, never per tick.
 */
public final class SeedDecay {
  private SeedDecay() {}

  /** One recursion with weight {@code alpha} seeded at {@code seedIndex}. */
  public static int stableFrom(int seedIndex, double alpha, double tolerance) {
    return chain(tolerance, new int[] {seedIndex}, new double[] {alpha});
  }

  /**
   * A chain of recursions: stage i has weight {@code alphas[i]} and is seeded at {@code
   * seedIndices[i]} (non-decreasing).
   */
  public static int chain(double tolerance, int[] seedIndices, double[] alphas) {
    WarmUp.checkTolerance(tolerance);
    if (seedIndices.length == 0 || seedIndices.length != alphas.length) {
      throw new IllegalArgumentException("one seed index per alpha, at least one stage");
    }
    for (double alpha : alphas) {
      if (!(alpha > 0 && alpha <= 1)) {
        throw new IllegalArgumentException("alpha must be in (0, 1] but was " + alpha);
      }
    }
    int stages = alphas.length;
    double[] error = new double[stages];
    int t = seedIndices[0];
    error[0] = 1;
    while (true) {
      double previous = 0;
      for (int i = 0; i < stages; i++) {
        if (t < seedIndices[i]) {
          error[i] = 0;
        } else if (t == seedIndices[i]) {
          error[i] = 1;
        } else {
          error[i] = (1 - alphas[i]) * error[i] + alphas[i] * previous;
        }
        previous = error[i];
      }
      if (t >= seedIndices[stages - 1] && error[stages - 1] <= tolerance) {
        return t;
      }
      t++;
    }
  }
}
