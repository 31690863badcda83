package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.app.users.Credentials;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.core.rule.RuleFiring;
import io.breadthflow.store.NotificationStore;
import io.breadthflow.store.Role;
import io.breadthflow.store.StoredNotification;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The notification centre, delivery log, preferences and webhook secret over HTTP: the caller's own
 * only (another user's notification id is a 404, never its contents), delivery health for admins
 * (403 otherwise, counts without contents).
 */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"duckdb", "postgresql"})
class NotificationApiTest {
  private static final String SECRET_MESSAGE = "AAPL RSI(14) 28.4 crossed below 30";

  @Parameter String engine;
  @TempDir Path dir;
  private TestStore testStore;
  private ApiServer server;
  private TestApi api;
  private String ana;
  private String bob;
  private long anaId;
  private long inAppId;

  @BeforeEach
  void start() throws Exception {
    testStore = new TestStore(engine, dir);
    testStore.store().users().create("root", Credentials.hash("admin-password", 4), Role.ADMIN);
    String hash = Credentials.hash(TestUsers.PASSWORD, 4);
    anaId = testStore.store().users().create("ana", hash, Role.USER).id();
    testStore.store().users().create("bob", hash, Role.USER);
    // Delivered before the server (and its dispatcher) starts, so these states are the test's.
    NotificationStore outbox = testStore.store().notifications();
    Instant bar = Instant.parse("2026-03-02T15:30:00Z");
    outbox.enqueue(
        List.of(
            new RuleFiring(
                7,
                anaId,
                "AAPL oversold",
                "AAPL",
                Interval.ONE_MINUTE,
                bar,
                187.5,
                28.4,
                SECRET_MESSAGE,
                Set.of(DeliveryChannel.IN_APP, DeliveryChannel.WEBHOOK))));
    for (StoredNotification claimed : outbox.claimDue(Instant.now(), 10, Duration.ofMinutes(1))) {
      if (claimed.channel() == DeliveryChannel.IN_APP) {
        outbox.markSent(claimed, Instant.now());
        inAppId = claimed.id();
      } else {
        outbox.markRetry(claimed, "HTTP 503", Instant.now().plusSeconds(3_600));
      }
    }
    server = testStore.serve(10_000);
    api = new TestApi(server.port());
    ana = TestUsers.login(server.port(), "ana", TestUsers.PASSWORD);
    bob = TestUsers.login(server.port(), "bob", TestUsers.PASSWORD);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    testStore.close();
  }

  @Test
  void theOwnerSeesTheirNotificationWithEachChannelsDeliveryAndMarksItRead() throws Exception {
    JsonNode centre = api.json(200, "GET", "/api/notifications", null, ana);
    assertThat(centre.get("unread").asLong()).isEqualTo(1);
    assertThat(centre.at("/notifications/0/message").asText()).isEqualTo(SECRET_MESSAGE);
    assertThat(centre.at("/notifications/0/read").asBoolean()).isFalse();

    JsonNode history = api.json(200, "GET", "/api/notifications/history", null, ana);
    JsonNode deliveries = history.at("/firings/0/deliveries");
    assertThat(deliveries)
        .extracting(d -> d.get("channel").asText())
        .containsExactly("in_app", "webhook");
    assertThat(deliveries)
        .extracting(d -> d.get("status").asText())
        .containsExactly("SENT", "RETRYING");
    assertThat(deliveries.get(1).get("last_error").asText()).isEqualTo("HTTP 503");
    assertThat(
            api.json(
                    200,
                    "GET",
                    "/api/notifications/history?channel=webhook&status=retrying",
                    null,
                    ana)
                .get("firings"))
        .hasSize(1);

    assertThat(
            api.json(200, "POST", "/api/notifications/read-all", null, bob).get("marked").asLong())
        .as("another user's read-all leaves this one unread")
        .isZero();
    JsonNode read = api.json(200, "POST", "/api/notifications/" + inAppId + "/read", null, ana);
    assertThat(read.get("unread").asLong()).isZero();
    assertThat(
            api.json(200, "GET", "/api/notifications?unread=true", null, ana).get("notifications"))
        .isEmpty();
  }

  @Test
  void theServersDispatcherDeliversANewFiringToItsOwnersLiveChannelOnly() throws Exception {
    List<String> anaFrames = new CopyOnWriteArrayList<>();
    List<String> bobFrames = new CopyOnWriteArrayList<>();
    String subscribe = "{\"action\":\"subscribe\",\"channels\":[\"notifications\"],\"token\":\"";
    TestSockets.connect(server.port(), anaFrames, true)
        .sendText(subscribe + ana + "\"}", true)
        .join();
    TestSockets.connect(server.port(), bobFrames, true)
        .sendText(subscribe + bob + "\"}", true)
        .join();
    await().until(() -> anaFrames.size() == 1 && bobFrames.size() == 1);

    testStore
        .store()
        .notifications()
        .enqueue(
            List.of(
                new RuleFiring(
                    8,
                    anaId,
                    "MSFT breakout",
                    "MSFT",
                    Interval.ONE_MINUTE,
                    Instant.parse("2026-03-02T15:31:00Z"),
                    410,
                    410,
                    "MSFT crossed above 400",
                    Set.of(DeliveryChannel.IN_APP))));

    await()
        .until(
            () ->
                TestSockets.messages(anaFrames).stream()
                    .anyMatch(m -> m.path("type").asText().equals("notifications")));
    await()
        .until(
            () ->
                api.json(200, "GET", "/api/notifications", null, ana).get("unread").asLong() == 2);
    assertThat(TestSockets.messages(bobFrames))
        .noneMatch(m -> m.path("type").asText().equals("notifications"));
  }

  @Test
  void anotherUserSeesNoneOfItAndCannotMarkItRead() throws Exception {
    HttpResponse<String> stolen =
        api.call("POST", "/api/notifications/" + inAppId + "/read", null, bob);
    assertThat(stolen.statusCode()).isEqualTo(404);
    assertThat(stolen.body()).doesNotContain(SECRET_MESSAGE);
    JsonNode centre = api.json(200, "GET", "/api/notifications", null, bob);
    assertThat(centre.get("unread").asLong()).isZero();
    assertThat(centre.get("notifications")).isEmpty();
    assertThat(api.json(200, "GET", "/api/notifications/history", null, bob).get("firings"))
        .isEmpty();
    assertThat(api.json(200, "GET", "/api/notifications", null, ana).get("unread").asLong())
        .as("still unread for its owner")
        .isEqualTo(1);
  }

  @Test
  void preferencesAreTheCallersAndTheWebhookSecretIsShownOnce() throws Exception {
    JsonNode saved =
        api.json(
            200,
            "POST",
            "/api/notifications/preferences",
            "{\"channels\":{\"email\":false},\"email\":\"ana@example.com\","
                + "\"quiet_hours\":{\"from\":\"22:00\",\"to\":\"07:00\"},\"max_per_hour\":20}",
            ana);
    assertThat(saved.at("/channels/email").asBoolean()).isFalse();
    assertThat(saved.at("/quiet_hours/from").asText()).isEqualTo("22:00:00");

    HttpResponse<String> rotated = api.call("POST", "/api/notifications/webhook-secret", null, ana);
    assertThat(rotated.statusCode()).isEqualTo(200);
    assertThat(rotated.headers().firstValue("Cache-Control")).hasValue("no-store");
    String secret = TestApi.parse(rotated.body()).get("secret").asText();
    assertThat(secret).matches("[0-9a-f]{64}");
    HttpResponse<String> shown = api.call("GET", "/api/notifications/preferences", null, ana);
    assertThat(shown.body()).doesNotContain(secret);
    assertThat(TestApi.parse(shown.body()).get("webhook_secret_set").asBoolean()).isTrue();
    JsonNode others = api.json(200, "GET", "/api/notifications/preferences", null, bob);
    assertThat(others.get("webhook_secret_set").asBoolean()).isFalse();
    assertThat(others.at("/channels/email").asBoolean()).isTrue();
    assertThat(others.get("email").isNull()).isTrue();
  }

  @Test
  void deliveryHealthIsForAdminsAndHoldsCountsNotContents() throws Exception {
    assertThat(api.call("GET", "/api/admin/notifications/health", null, ana).statusCode())
        .isEqualTo(403);
    String admin = TestUsers.login(server.port(), "root", "admin-password");

    HttpResponse<String> health = api.call("GET", "/api/admin/notifications/health", null, admin);

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).doesNotContain(SECRET_MESSAGE).doesNotContain("AAPL");
    JsonNode counts = TestApi.parse(health.body()).get("counts");
    assertThat(counts)
        .extracting(
            c ->
                c.get("channel").asText()
                    + " "
                    + c.get("status").asText()
                    + " "
                    + c.get("notifications").asLong())
        .containsExactlyInAnyOrder("in_app SENT 1", "webhook RETRYING 1");
  }

  @Test
  void everyRouteNeedsATokenAndBadInputIsAJson400() throws Exception {
    for (String[] call :
        new String[][] {
          {"GET", "/api/notifications"},
          {"GET", "/api/notifications/history"},
          {"POST", "/api/notifications/" + inAppId + "/read"},
          {"POST", "/api/notifications/read-all"},
          {"GET", "/api/notifications/preferences"},
          {"POST", "/api/notifications/preferences"},
          {"POST", "/api/notifications/webhook-secret"},
          {"GET", "/api/admin/notifications/health"}
        }) {
      assertThat(
              api.call(call[0], call[1], call[0].equals("POST") ? "{}" : null, null).statusCode())
          .as(call[0] + " " + call[1])
          .isEqualTo(401);
    }
    assertBadRequest("GET", "/api/notifications?limit=0", null, "limit must be between 1 and 200");
    assertBadRequest(
        "GET", "/api/notifications?unread=maybe", null, "unread must be true or false");
    assertBadRequest("GET", "/api/notifications?before_id=x", null, "before_id must be a positive");
    assertBadRequest(
        "GET", "/api/notifications/history?channel=fax", null, "unknown channel 'fax'");
    assertBadRequest(
        "GET", "/api/notifications/history?status=lost", null, "status must be one or more");
    assertBadRequest(
        "POST", "/api/notifications/abc/read", null, "notification id must be a positive");
    assertBadRequest(
        "POST",
        "/api/notifications/preferences",
        "{\"channels\":{\"fax\":true}}",
        "unknown channel");
    assertBadRequest(
        "POST", "/api/notifications/preferences", "{\"max_per_hour\":100000}", "max_per_hour");
    assertBadRequest(
        "POST",
        "/api/notifications/preferences",
        "{\"webhook_url\":\"ftp://x\"}",
        "webhook_url must be");
    assertBadRequest(
        "POST", "/api/notifications/preferences", "{\"webhook_url\":\"http://127.0.0.1:9/\"}", "");
  }

  private void assertBadRequest(String method, String path, String body, String message)
      throws Exception {
    HttpResponse<String> response = api.call(method, path, body, ana);
    assertThat(response.statusCode())
        .as(method + " " + path + " " + response.body())
        .isEqualTo(400);
    JsonNode error = TestApi.parse(response.body());
    assertThat(error.get("status").asInt()).isEqualTo(400);
    assertThat(error.get("detail").asText()).contains(message);
  }
}
