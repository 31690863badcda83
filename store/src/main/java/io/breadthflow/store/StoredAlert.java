package io.breadthflow.store;

import io.breadthflow.core.alert.Alert;

/**
 * An alert as stored.
 *
 * @param id its id
 * @param alert the alert
 * @param acknowledged whether someone acknowledged it
 */
public record StoredAlert(long id, Alert alert, boolean acknowledged) {}
