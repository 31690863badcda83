package io.breadthflow.app.rules;

import io.breadthflow.core.rule.AlertRule;
import io.breadthflow.core.rule.ResolvedRule;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.store.MarketStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The active rules with their targets resolved to symbols: a symbol is itself, a watchlist its
 * symbols as stored now, a universe its members. A universe that cannot be loaded (a file removed
 * since the rule was made) stands for no symbols. Not thread-safe (one per read).
 */
public final class RuleBook {
  private final MarketStore store;
  private final Map<String, List<String>> universes = new HashMap<>();

  public RuleBook(MarketStore store) {
    this.store = store;
  }

  /** Every user's active rules, resolved. */
  public List<ResolvedRule> active() {
    return resolve(store.rules().active());
  }

  /** {@code rules}, resolved. */
  public List<ResolvedRule> resolve(List<AlertRule> rules) {
    List<ResolvedRule> resolved = new ArrayList<>(rules.size());
    for (AlertRule rule : rules) {
      resolved.add(new ResolvedRule(rule, symbolsOf(rule)));
    }
    return resolved;
  }

  /** The symbols {@code rule}'s target stands for now. */
  public List<String> symbolsOf(AlertRule rule) {
    return switch (rule.target().kind()) {
      case SYMBOL -> List.of(rule.target().value());
      case WATCHLIST -> store.watchlists().symbolsOf(rule.target().watchlistId());
      case UNIVERSE -> universe(rule.target().value());
    };
  }

  private List<String> universe(String name) {
    return universes.computeIfAbsent(
        name,
        n -> {
          try {
            return Universes.load(n).symbols();
          } catch (RuntimeException e) {
            return List.of();
          }
        });
  }
}
