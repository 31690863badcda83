package io.breadthflow.stream.rule;

import io.breadthflow.core.rule.ResolvedRule;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * Where the job's rule operators get the users' active rules from: a fixed list (tests, replays) or
 * a source read again every {@link #refreshEvery()} (the store, so rules users create while the job
 * runs take effect). Serialised into the job graph; {@link #load()} runs on the task managers.
 */
public interface RuleSource extends Serializable {
  /** No rules at all. */
  RuleSource NONE = fixed(List.of());

  /** The active rules with their targets resolved to symbols. */
  List<ResolvedRule> load();

  /** How often {@link #load()} is called again; {@link Duration#ZERO}: never. */
  Duration refreshEvery();

  /** Always {@code rules}. */
  static RuleSource fixed(List<ResolvedRule> rules) {
    return new FixedRules(rules);
  }

  /** A fixed list of rules. */
  record FixedRules(List<ResolvedRule> rules) implements RuleSource {
    public FixedRules {
      rules = List.copyOf(rules);
    }

    @Override
    public List<ResolvedRule> load() {
      return rules;
    }

    @Override
    public Duration refreshEvery() {
      return Duration.ZERO;
    }
  }
}
