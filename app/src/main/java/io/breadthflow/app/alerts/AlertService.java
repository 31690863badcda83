package io.breadthflow.app.alerts;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.store.AlertStore;

/** The pipeline's stored alerts: acknowledging one (for everyone). */
public final class AlertService {
  private final AlertStore alerts;

  public AlertService(AlertStore alerts) {
    this.alerts = alerts;
  }

  /**
   * Marks alert {@code id} acknowledged.
   *
   * @throws UseCaseException ({@link io.breadthflow.app.Failure#NOT_FOUND}) when there is none
   */
  public void acknowledge(long id) {
    if (!alerts.acknowledge(id)) {
      throw UseCaseException.notFound("no alert with id " + id);
    }
  }
}
