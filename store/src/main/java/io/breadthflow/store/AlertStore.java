package io.breadthflow.store;

import io.breadthflow.core.alert.Alert;
import java.util.List;
import java.util.Optional;

/** Stored alerts and their acknowledgement. */
public interface AlertStore {
  /**
   * Stores new alerts; an alert already stored (symbol, interval, time, rule) is left alone, so
   * storing the same alerts again after a restart adds nothing.
   *
   * @return number of alerts added
   */
  long save(List<Alert> alerts);

  /** The newest alerts first, at most {@code limit}; only unacknowledged ones when asked. */
  List<StoredAlert> recent(int limit, boolean unacknowledgedOnly);

  /** One stored alert. */
  Optional<StoredAlert> byId(long id);

  /** Marks an alert acknowledged; false when there is no such alert. */
  boolean acknowledge(long id);
}
