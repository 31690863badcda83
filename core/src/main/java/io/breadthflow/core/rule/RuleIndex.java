package io.breadthflow.core.rule;

import io.breadthflow.core.domain.Interval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The active rules by what they look at: per input, interval and symbol ({@code ""} for market-wide
 * observations) the rules to evaluate, in rule-id order. Immutable once built; safe to share
 * between threads. Lookups allocate nothing.
 */
public final class RuleIndex {
  private static final IndexedRule[] NONE = new IndexedRule[0];

  /** An index of no rules. */
  public static final RuleIndex EMPTY = new RuleIndex(List.of());

  private final Map<RuleInput, Map<Interval, Map<String, IndexedRule[]>>> rules =
      new EnumMap<>(RuleInput.class);
  private final int size;

  /** Indexes the {@link RuleStatus#ACTIVE} rules of {@code resolved}. */
  public RuleIndex(List<ResolvedRule> resolved) {
    Map<RuleInput, Map<Interval, Map<String, List<IndexedRule>>>> lists =
        new EnumMap<>(RuleInput.class);
    int count = 0;
    for (ResolvedRule entry : resolved) {
      AlertRule rule = entry.rule();
      if (rule.status() != RuleStatus.ACTIVE) {
        continue;
      }
      count++;
      IndexedRule indexed = IndexedRule.of(rule);
      Map<String, List<IndexedRule>> bySymbol =
          lists
              .computeIfAbsent(rule.condition().input(), i -> new EnumMap<>(Interval.class))
              .computeIfAbsent(rule.interval(), i -> new HashMap<>());
      if (rule.condition().kind().marketWide()) {
        bySymbol.computeIfAbsent("", s -> new ArrayList<>()).add(indexed);
        continue;
      }
      for (String symbol : entry.symbols()) {
        bySymbol.computeIfAbsent(symbol, s -> new ArrayList<>()).add(indexed);
      }
      if (rule.condition().input() == RuleInput.ALERT
          && rule.target().kind() == TargetKind.UNIVERSE) {
        bySymbol.computeIfAbsent("", s -> new ArrayList<>()).add(indexed);
      }
    }
    Comparator<IndexedRule> byId = Comparator.comparingLong(r -> r.rule().id());
    lists.forEach(
        (input, byInterval) -> {
          Map<Interval, Map<String, IndexedRule[]>> target = new EnumMap<>(Interval.class);
          byInterval.forEach(
              (interval, bySymbol) -> {
                Map<String, IndexedRule[]> arrays = new HashMap<>();
                bySymbol.forEach(
                    (symbol, list) ->
                        arrays.put(
                            symbol,
                            list.stream().distinct().sorted(byId).toArray(IndexedRule[]::new)));
                target.put(interval, arrays);
              });
          rules.put(input, target);
        });
    this.size = count;
  }

  /** The rules looking at {@code input} of {@code symbol} on {@code interval}; never null. */
  public IndexedRule[] rulesFor(RuleInput input, Interval interval, String symbol) {
    Map<Interval, Map<String, IndexedRule[]>> byInterval = rules.get(input);
    if (byInterval == null) {
      return NONE;
    }
    Map<String, IndexedRule[]> bySymbol = byInterval.get(interval);
    if (bySymbol == null) {
      return NONE;
    }
    IndexedRule[] found = bySymbol.get(symbol);
    return found == null ? NONE : found;
  }

  /** Number of active rules. */
  public int size() {
    return size;
  }
}
