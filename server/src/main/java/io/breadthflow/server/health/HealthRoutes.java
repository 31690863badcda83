package io.breadthflow.server.health;

import io.breadthflow.server.api.Route;
import io.breadthflow.store.MarketStore;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health}: the store, the stream job and, when configured, Kafka, each up, down or idle
 * with a detail; 503 when any is down.
 */
public final class HealthRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);
  private final MarketStore store;
  private final Map<String, HealthCheck> checks = new ConcurrentHashMap<>();

  public HealthRoutes(MarketStore store) {
    this.store = store;
    checks.put("stream", () -> ComponentHealth.idle("no streaming job runs in this server"));
  }

  /** Adds or replaces a component's check. */
  public void register(String component, HealthCheck check) {
    checks.put(component, check);
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/health", "Health of the store and the pipeline components", this::health));
  }

  private void health(Context ctx) {
    Map<String, Object> components = new LinkedHashMap<>();
    components.put("store", storeHealth());
    checks.keySet().stream()
        .sorted()
        .forEach(name -> components.put(name, safely(checks.get(name))));
    boolean up =
        components.values().stream().noneMatch(c -> ((ComponentHealth) c).status().equals("down"));
    ctx.status(up ? 200 : 503).json(Map.of("status", up ? "up" : "down", "components", components));
  }

  private ComponentHealth storeHealth() {
    try {
      return ComponentHealth.up(store.barCount() + " bars");
    } catch (RuntimeException e) {
      LOG.warn("store health check failed", e);
      return ComponentHealth.down("the store does not answer (see the server log)");
    }
  }

  private static ComponentHealth safely(HealthCheck check) {
    try {
      return check.check();
    } catch (RuntimeException e) {
      LOG.warn("health check failed", e);
      return ComponentHealth.down("the check failed (see the server log)");
    }
  }
}
