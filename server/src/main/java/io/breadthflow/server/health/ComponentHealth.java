package io.breadthflow.server.health;

/**
 * One component's health.
 *
 * @param status {@code up}, {@code degraded} (working, but with a part missing), {@code down}, or
 *     {@code idle} (not running here, which is no fault)
 * @param detail one line for people
 */
public record ComponentHealth(String status, String detail) {
  public static ComponentHealth up(String detail) {
    return new ComponentHealth("up", detail);
  }

  public static ComponentHealth degraded(String detail) {
    return new ComponentHealth("degraded", detail);
  }

  public static ComponentHealth down(String detail) {
    return new ComponentHealth("down", detail);
  }

  public static ComponentHealth idle(String detail) {
    return new ComponentHealth("idle", detail);
  }
}
