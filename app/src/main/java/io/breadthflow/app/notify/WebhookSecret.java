package io.breadthflow.app.notify;

/**
 * A new webhook signing secret, shown this once: webhook bodies carry {@code
 * X-BreadthFlow-Signature: sha256=<hex HMAC-SHA256 of the body with this secret>}.
 *
 * @param secret the secret (64 hex digits)
 */
public record WebhookSecret(String secret) {
  @Override
  public String toString() {
    return "WebhookSecret[***]";
  }
}
