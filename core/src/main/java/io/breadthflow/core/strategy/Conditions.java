package io.breadthflow.core.strategy;

import io.breadthflow.core.strategy.Condition.All;
import io.breadthflow.core.strategy.Condition.Any;
import io.breadthflow.core.strategy.Condition.BreadthTest;
import io.breadthflow.core.strategy.Condition.SymbolTest;
import java.util.List;
import java.util.stream.Collectors;

/** One-line text of a condition tree, for reports: {@code close above sma(50) and …}. */
public final class Conditions {
  private Conditions() {}

  /**
   * The condition as one line, e.g. {@code close above sma(50) and sector pct_above_sma50 above
   * 60}.
   */
  public static String describe(Condition condition) {
    if (condition instanceof All all) {
      return join(all.of(), " and ");
    }
    if (condition instanceof Any any) {
      return join(any.of(), " or ");
    }
    if (condition instanceof SymbolTest test) {
      return test.series() + " " + test.comparison().code() + " " + test.reference();
    }
    BreadthTest test = (BreadthTest) condition;
    return test.scope().code()
        + " "
        + test.measure().code()
        + " "
        + test.comparison().code()
        + " "
        + new Operand.Level(test.level());
  }

  private static String join(List<Condition> of, String separator) {
    return of.stream()
        .map(
            c ->
                c instanceof SymbolTest || c instanceof BreadthTest
                    ? describe(c)
                    : "(" + describe(c) + ")")
        .collect(Collectors.joining(separator));
  }
}
