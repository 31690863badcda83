package io.breadthflow.store;

import io.breadthflow.core.rule.AlertRule;
import java.util.List;
import java.util.Optional;

/**
 * Users' personal alert rules. Every lookup and change is made with the owner's user id: another
 * user's rule id finds nothing and changes nothing. Implementations are thread-safe.
 */
public interface RuleStore {
  /** Stores a new rule of {@link AlertRule#userId()} and returns it with its id. */
  AlertRule create(AlertRule rule);

  /**
   * Replaces rule {@link AlertRule#id()} of {@code ownerId} with {@code rule}.
   *
   * @return the stored rule; empty when the owner has no such rule
   */
  Optional<AlertRule> update(long ownerId, AlertRule rule);

  /** Deletes rule {@code ruleId} of {@code ownerId}; false when the owner has no such rule. */
  boolean delete(long ownerId, long ruleId);

  /** The rules of {@code ownerId}, oldest first. */
  List<AlertRule> list(long ownerId);

  /** Rule {@code ruleId} of {@code ownerId}; empty for another user's id or a missing one. */
  Optional<AlertRule> byId(long ownerId, long ruleId);

  /** How many rules {@code ownerId} has. */
  int count(long ownerId);

  /** Every user's active rules, by id: what the streaming job and the daily path evaluate. */
  List<AlertRule> active();
}
