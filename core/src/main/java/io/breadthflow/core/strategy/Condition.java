package io.breadthflow.core.strategy;

import java.io.Serializable;
import java.util.List;

/**
 * A node of a strategy's condition tree, judged for one symbol at one session's close. Leaves
 * compare a per-symbol series ({@link SymbolTest}) or a breadth series of a scope ({@link
 * BreadthTest}); {@link All} and {@link Any} combine them. Every node is checked when built.
 */
public sealed interface Condition extends Serializable {

  /**
   * Holds when every one of {@code of} holds.
   *
   * @param of one to {@value #MAX_CHILDREN} conditions
   */
  record All(List<Condition> of) implements Condition {
    public All {
      of = checked(of, "all");
    }
  }

  /**
   * Holds when at least one of {@code of} holds.
   *
   * @param of one to {@value #MAX_CHILDREN} conditions
   */
  record Any(List<Condition> of) implements Condition {
    public Any {
      of = checked(of, "any");
    }
  }

  /**
   * A per-symbol series compared with another series of the same symbol or a number.
   *
   * @param series the left-hand side
   * @param comparison how
   * @param reference the right-hand side
   */
  record SymbolTest(Operand.Series series, Comparison comparison, Operand reference)
      implements Condition {
    public SymbolTest {
      if (series == null || comparison == null || reference == null) {
        throw new IllegalArgumentException(
            "a symbol condition needs a series, a comparison and a reference");
      }
    }
  }

  /**
   * A breadth series of a scope compared with a level.
   *
   * @param measure the breadth series
   * @param scope whose stocks it counts
   * @param comparison how
   * @param level the level, within the measure's range
   */
  record BreadthTest(BreadthMeasure measure, Scope scope, Comparison comparison, double level)
      implements Condition {
    public BreadthTest {
      if (measure == null || scope == null || comparison == null) {
        throw new IllegalArgumentException(
            "a breadth condition needs an indicator, a scope and a comparison");
      }
      if (!(level >= measure.min() && level <= measure.max())) {
        throw new IllegalArgumentException(
            measure.code()
                + " level must be "
                + format(measure.min())
                + " to "
                + format(measure.max())
                + ", got "
                + level);
      }
    }
  }

  /** Most children of one {@code all} or {@code any}. */
  int MAX_CHILDREN = 32;

  private static List<Condition> checked(List<Condition> of, String what) {
    if (of == null || of.isEmpty() || of.size() > MAX_CHILDREN) {
      throw new IllegalArgumentException(
          what
              + " needs 1 to "
              + MAX_CHILDREN
              + " conditions, got "
              + (of == null ? 0 : of.size()));
    }
    return List.copyOf(of);
  }

  private static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
