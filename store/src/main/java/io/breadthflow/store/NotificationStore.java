package io.breadthflow.store;

import io.breadthflow.core.rule.RuleFiring;
import java.util.List;

/** The notification outbox and delivery log. Implementations are thread-safe. */
public interface NotificationStore {
  /**
   * Records rule firings and, in the same transaction, one pending notification per firing and
   * channel. A firing already recorded (same {@link RuleFiring#key()}) adds nothing, so a job that
   * sees a bar again after a restart delivers nothing twice.
   *
   * @return number of notifications added
   */
  long enqueue(List<RuleFiring> firings);
}
