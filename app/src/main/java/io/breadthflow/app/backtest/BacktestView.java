package io.breadthflow.app.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.store.RunStatus;
import java.util.Optional;

/**
 * A backtest run as the API and the dashboard show it.
 *
 * @param id the run id
 * @param status its lifecycle state
 * @param error why it failed, empty otherwise
 * @param request its parameters (strategy, universe, dates…)
 * @param result the stored {@link BacktestJson} once it succeeded
 */
public record BacktestView(
    long id, RunStatus status, String error, JsonNode request, Optional<JsonNode> result) {}
