package io.breadthflow.core.forecast.arima;

import java.util.Optional;

/**
 * One model tried by the order search: its specification, its criterion value ({@code +∞} when it
 * was rejected) and the fitted model when the fit itself succeeded.
 *
 * @param <M> the fitted model's type
 */
record Candidate<M>(ArimaSpec spec, double criterion, Optional<M> model) {

  Candidate {
    if (Double.isNaN(criterion)) {
      throw new IllegalArgumentException("criterion of " + spec.description() + " is NaN");
    }
  }

  /** A fit that failed outright: no model, criterion {@code +∞}. */
  static <M> Candidate<M> failed(ArimaSpec spec) {
    return new Candidate<>(spec, Double.POSITIVE_INFINITY, Optional.empty());
  }

  boolean acceptable() {
    return criterion < Double.POSITIVE_INFINITY;
  }
}
