package io.breadthflow.core.strategy;

import java.io.Serializable;

/** The right-hand side of a per-symbol comparison: another series of the symbol, or a number. */
public sealed interface Operand extends Serializable {

  /**
   * A series of the symbol's closes.
   *
   * @param kind which series
   * @param period its period, within the kind's range ({@code 0} for {@code close})
   */
  record Series(SeriesKind kind, int period) implements Operand {
    public Series {
      if (kind == null) {
        throw new IllegalArgumentException("indicator is required");
      }
      if (kind == SeriesKind.CLOSE && period != 0) {
        throw new IllegalArgumentException("close takes no period");
      }
      if (kind != SeriesKind.CLOSE && (period < kind.minPeriod() || period > kind.maxPeriod())) {
        throw new IllegalArgumentException(
            kind.code()
                + " period must be "
                + kind.minPeriod()
                + " to "
                + kind.maxPeriod()
                + ", got "
                + period);
      }
    }

    /** The close. */
    public static Series close() {
      return new Series(SeriesKind.CLOSE, 0);
    }

    @Override
    public String toString() {
      return kind == SeriesKind.CLOSE ? kind.code() : kind.code() + "(" + period + ")";
    }
  }

  /**
   * A constant.
   *
   * @param value a finite number
   */
  record Level(double value) implements Operand {
    public Level {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("a level must be a finite number, got " + value);
      }
    }

    @Override
    public String toString() {
      return Double.toString(value);
    }
  }
}
