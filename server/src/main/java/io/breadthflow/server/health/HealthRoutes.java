package io.breadthflow.server.health;

import io.breadthflow.server.api.Route;
import io.breadthflow.store.MarketStore;
import io.javalin.http.Context;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health}: the store, the stream job and, when configured, Kafka and Redis, each up,
 * degraded, down or idle with a detail. Overall {@code up}; {@code degraded} (200) when a component
 * other than the store is down or degraded; {@code down} (503) when the store is.
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
    Map<String, ComponentHealth> components = new LinkedHashMap<>();
    ComponentHealth store = storeHealth();
    components.put("store", store);
    checks.keySet().stream()
        .sorted()
        .forEach(name -> components.put(name, safely(checks.get(name))));
    ctx.status(store.status().equals("down") ? 503 : 200)
        .json(Map.of("status", overall(store, components.values()), "components", components));
  }

  /**
   * {@code down} when the store is (nothing can be served), {@code degraded} when another component
   * is down or degraded (the API still serves what the store holds), else {@code up}.
   */
  private static String overall(ComponentHealth store, Collection<ComponentHealth> components) {
    if (store.status().equals("down")) {
      return "down";
    }
    boolean impaired =
        components.stream()
            .anyMatch(c -> c.status().equals("down") || c.status().equals("degraded"));
    return impaired ? "degraded" : "up";
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
