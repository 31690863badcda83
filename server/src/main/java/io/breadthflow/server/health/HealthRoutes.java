package io.breadthflow.server.health;

import io.breadthflow.server.api.Route;
import io.breadthflow.store.MarketStore;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /health}: each component up or down with a detail; 503 when any is down. */
public final class HealthRoutes {
  private final MarketStore store;

  public HealthRoutes(MarketStore store) {
    this.store = store;
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/health", "Health of the store and the pipeline components", this::health));
  }

  private void health(Context ctx) {
    Map<String, Object> components = new LinkedHashMap<>();
    boolean up = true;
    try {
      components.put("store", Map.of("status", "up", "detail", store.barCount() + " bars"));
    } catch (RuntimeException e) {
      up = false;
      components.put("store", Map.of("status", "down", "detail", String.valueOf(e.getMessage())));
    }
    components.put(
        "stream", Map.of("status", "down", "detail", "no streaming job runs in this server"));
    ctx.status(up ? 200 : 503).json(Map.of("status", up ? "up" : "down", "components", components));
  }
}
