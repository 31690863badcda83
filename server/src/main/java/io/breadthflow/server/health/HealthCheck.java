package io.breadthflow.server.health;

/** Reports a component's health; called on every {@code GET /health}, so it must be quick. */
@FunctionalInterface
public interface HealthCheck {
  ComponentHealth check();
}
