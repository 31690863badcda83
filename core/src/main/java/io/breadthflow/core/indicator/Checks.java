package io.breadthflow.core.indicator;

/** Parameter validation shared by the indicators; failures name the parameter and the rule. */
final class Checks {
  private Checks() {}

  static int atLeast(String name, int value, int minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(
          name + " must be at least " + minimum + " but was " + value);
    }
    return value;
  }

  static double positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          name + " must be a positive finite number but was " + value);
    }
    return value;
  }

  static void sameLength(double[]... series) {
    for (double[] s : series) {
      if (s.length != series[0].length) {
        throw new IllegalArgumentException(
            "input series must have the same length but had "
                + series[0].length
                + " and "
                + s.length);
      }
    }
  }
}
