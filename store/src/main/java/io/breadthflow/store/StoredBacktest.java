package io.breadthflow.store;

import java.time.Instant;

/**
 * A stored backtest.
 *
 * @param id its id
 * @param strategy strategy name
 * @param parameters the options it ran with
 * @param created when it was stored
 * @param resultJson metrics, equity curve and trades as JSON
 */
public record StoredBacktest(
    long id, String strategy, String parameters, Instant created, String resultJson) {}
