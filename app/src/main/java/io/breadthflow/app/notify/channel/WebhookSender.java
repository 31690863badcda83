package io.breadthflow.app.notify.channel;

import io.breadthflow.store.NotificationPreferences;
import io.breadthflow.store.StoredNotification;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook channel: a POST of the user's template rendered for the firing ({@link
 * MessageTemplate}), sent as {@code application/json} when it parses as JSON and {@code text/plain}
 * otherwise (as TradingView does), with
 *
 * <ul>
 *   <li>{@code X-BreadthFlow-Signature: sha256=<hex HMAC-SHA256 of the body with the user's
 *       secret>}
 *   <li>{@code X-BreadthFlow-Timestamp: <epoch seconds of sending>}
 *   <li>{@code Idempotency-Key: <firing key>}, the same on every attempt, so that a receiver drops
 *       the repeat of a delivery whose answer was lost (the sender died after sending)
 * </ul>
 *
 * The target is checked against {@link WebhookTargets} before each send; redirects are not
 * followed. Thread-safe.
 */
public final class WebhookSender implements Sender {
  /** The signature header. */
  public static final String SIGNATURE = "X-BreadthFlow-Signature";

  /** The timestamp header. */
  public static final String TIMESTAMP = "X-BreadthFlow-Timestamp";

  /** The idempotency header. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final HttpClient client;
  private final WebhookTargets targets;
  private final Clock clock;
  private final Duration timeout;

  public WebhookSender(WebhookTargets targets, Clock clock, Duration timeout) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.targets = targets;
    this.clock = clock;
    this.timeout = timeout;
  }

  @Override
  public Outcome send(Outgoing outgoing) {
    NotificationPreferences preferences = outgoing.preferences();
    Optional<String> url = preferences.webhookUrl();
    if (url.isEmpty()) {
      return Outcome.skipped("no webhook URL is set");
    }
    Optional<String> refusal = targets.refusal(url.get());
    if (refusal.isPresent()) {
      return Outcome.permanent(refusal.get());
    }
    StoredNotification n = outgoing.notification();
    Instant now = clock.instant();
    MessageTemplate template =
        preferences.webhookTemplate().map(MessageTemplate::parse).orElse(MessageTemplate.DEFAULT);
    String body = template.render(n.firing(), outgoing.message(), n.firingKey(), now);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url.get()))
            .timeout(timeout)
            .header("Content-Type", isJson(body) ? "application/json" : "text/plain; charset=utf-8")
            .header("User-Agent", "BreadthFlow-Webhook/1")
            .header(IDEMPOTENCY_KEY, n.firingKey())
            .header(TIMESTAMP, Long.toString(now.getEpochSecond()))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    preferences
        .webhookSecret()
        .ifPresent(secret -> request.header(SIGNATURE, "sha256=" + sign(body, secret)));
    try {
      HttpResponse<Void> response =
          client.send(request.build(), HttpResponse.BodyHandlers.discarding());
      int status = response.statusCode();
      return status >= 200 && status < 300
          ? Outcome.sent()
          : Outcome.retry("HTTP " + status + " from the webhook");
    } catch (HttpTimeoutException e) {
      return Outcome.retry("the webhook did not answer within " + timeout.toSeconds() + " s");
    } catch (ConnectException e) {
      return Outcome.retry("the webhook refused the connection");
    } catch (IOException e) {
      return Outcome.retry("the webhook could not be reached");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.retry("sending was interrupted");
    }
  }

  /** The hex HMAC-SHA256 of {@code body} (UTF-8) with {@code secret} (UTF-8). */
  public static String sign(String body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static boolean isJson(String body) {
    try {
      io.breadthflow.app.json.Json.MAPPER.readTree(body);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
