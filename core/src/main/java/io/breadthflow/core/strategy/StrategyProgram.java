package io.breadthflow.core.strategy;

import io.breadthflow.core.strategy.Condition.All;
import io.breadthflow.core.strategy.Condition.Any;
import io.breadthflow.core.strategy.Condition.BreadthTest;
import io.breadthflow.core.strategy.Condition.SymbolTest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A long/flat strategy of the strategy language (docs/STRATEGY-LANGUAGE.md), judged per symbol on
 * each session's close: flat → long when {@code entry} holds; long → flat when {@code exit} holds,
 * or, without an exit, when {@code entry} no longer holds. When both hold, a flat symbol stays flat
 * and a long one exits.
 *
 * @param name the strategy's name, 1 to {@value #MAX_NAME} characters
 * @param sector only symbols of this GICS sector are traded; empty: every member. Breadth still
 *     counts the whole universe (scope {@code universe}) or the symbol's sector
 * @param entry when a flat symbol goes long
 * @param exit when a long symbol goes flat; {@code null} for "when the entry no longer holds"
 */
public record StrategyProgram(String name, String sector, Condition entry, Condition exit)
    implements Serializable {
  /** Longest name. */
  public static final int MAX_NAME = 80;

  /** Most leaves (series and breadth comparisons) in one strategy. */
  public static final int MAX_LEAVES = 64;

  public StrategyProgram {
    if (name == null || name.isBlank() || name.length() > MAX_NAME) {
      throw new IllegalArgumentException("name must be 1 to " + MAX_NAME + " characters");
    }
    sector = sector == null ? "" : sector;
    if (entry == null) {
      throw new IllegalArgumentException("long (the entry conditions) is required");
    }
    int leaves = leaves(entry).size() + (exit == null ? 0 : leaves(exit).size());
    if (leaves > MAX_LEAVES) {
      throw new IllegalArgumentException(
          "a strategy has at most " + MAX_LEAVES + " conditions, got " + leaves);
    }
  }

  /** The exit, if the strategy has its own. */
  public Optional<Condition> ownExit() {
    return Optional.ofNullable(exit);
  }

  /** The distinct per-symbol series the conditions read, in order of appearance. */
  public List<Operand.Series> series() {
    Set<Operand.Series> series = new LinkedHashSet<>();
    for (Condition leaf : allLeaves()) {
      if (leaf instanceof SymbolTest test) {
        series.add(test.series());
        if (test.reference() instanceof Operand.Series reference) {
          series.add(reference);
        }
      }
    }
    return List.copyOf(series);
  }

  /** Whether any condition reads breadth of {@code scope}. */
  public boolean reads(Scope scope) {
    return allLeaves().stream()
        .anyMatch(leaf -> leaf instanceof BreadthTest test && test.scope() == scope);
  }

  private List<Condition> allLeaves() {
    List<Condition> all = new ArrayList<>(leaves(entry));
    if (exit != null) {
      all.addAll(leaves(exit));
    }
    return all;
  }

  private static List<Condition> leaves(Condition condition) {
    List<Condition> out = new ArrayList<>();
    collect(condition, out);
    return out;
  }

  private static void collect(Condition condition, List<Condition> out) {
    if (condition instanceof All all) {
      all.of().forEach(c -> collect(c, out));
    } else if (condition instanceof Any any) {
      any.of().forEach(c -> collect(c, out));
    } else {
      out.add(condition);
    }
  }
}
