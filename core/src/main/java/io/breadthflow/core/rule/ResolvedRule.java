package io.breadthflow.core.rule;

import java.io.Serializable;
import java.util.List;

/**
 * An active rule with the symbols its target stands for when it was read (a watchlist's symbols, a
 * universe's members); market-wide rules ignore them.
 */
public record ResolvedRule(AlertRule rule, List<String> symbols) implements Serializable {
  public ResolvedRule {
    java.util.Objects.requireNonNull(rule, "rule");
    symbols = List.copyOf(symbols);
  }
}
