package io.breadthflow.core.rule;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@link RuleState}s of one symbol and interval (or of the market-wide observations of one
 * interval), aligned with the rules the index gives for it: the state of {@code rules[i]} is {@link
 * #state(int) state(i)} once {@link #align} has seen them. When the rules change (created, deleted,
 * edited), the states of rules that remain unchanged are kept and the others start fresh. Mutable;
 * not thread-safe.
 */
public final class RuleStates {
  private long[] ids;
  private int[] fingerprints;
  private RuleState[] states;

  /** No states. */
  public RuleStates() {
    this(new long[0], new int[0], new RuleState[0]);
  }

  private RuleStates(long[] ids, int[] fingerprints, RuleState[] states) {
    this.ids = ids;
    this.fingerprints = fingerprints;
    this.states = states;
  }

  /** States as they were checkpointed (the arrays are taken, not copied). */
  public static RuleStates restore(long[] ids, int[] fingerprints, RuleState[] states) {
    if (ids.length != fingerprints.length || ids.length != states.length) {
      throw new IllegalArgumentException("ids, fingerprints and states must have one length");
    }
    return new RuleStates(ids, fingerprints, states);
  }

  /**
   * Makes the states correspond to {@code rules}; allocates only when they changed.
   *
   * @return this
   */
  public RuleStates align(IndexedRule[] rules) {
    if (aligned(rules)) {
      return this;
    }
    Map<Long, Integer> previous = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      previous.put(ids[i], i);
    }
    long[] newIds = new long[rules.length];
    int[] newFingerprints = new int[rules.length];
    RuleState[] newStates = new RuleState[rules.length];
    for (int i = 0; i < rules.length; i++) {
      IndexedRule rule = rules[i];
      newIds[i] = rule.rule().id();
      newFingerprints[i] = rule.fingerprint();
      Integer old = previous.get(newIds[i]);
      newStates[i] =
          old != null && fingerprints[old] == rule.fingerprint()
              ? states[old]
              : new RuleState(rule.rule().condition().window());
    }
    ids = newIds;
    fingerprints = newFingerprints;
    states = newStates;
    return this;
  }

  private boolean aligned(IndexedRule[] rules) {
    if (rules.length != ids.length) {
      return false;
    }
    for (int i = 0; i < rules.length; i++) {
      if (ids[i] != rules[i].rule().id() || fingerprints[i] != rules[i].fingerprint()) {
        return false;
      }
    }
    return true;
  }

  /** Number of rules with a state. */
  public int size() {
    return ids.length;
  }

  /** True when no rule has a state (the holder may drop it). */
  public boolean isEmpty() {
    return ids.length == 0;
  }

  /** The id of the {@code i}-th rule. */
  public long id(int i) {
    return ids[i];
  }

  /** The fingerprint of the {@code i}-th rule. */
  public int fingerprint(int i) {
    return fingerprints[i];
  }

  /** The state of the {@code i}-th rule. */
  public RuleState state(int i) {
    return states[i];
  }
}
