package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.app.config.ReadAccess;
import io.breadthflow.app.users.Credentials;
import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.store.Role;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP and the WebSocket share one authorisation rule: private reads cover {@code /ws/live}, the
 * {@code runs} channel and run output are for administrators, upgrades are counted and capped.
 */
class LiveAccessTest {
  @TempDir Path dir;
  private TestStore testStore;
  private ApiServer server;

  private void start(ReadAccess reads) throws Exception {
    testStore = new TestStore("duckdb", dir);
    testStore.store().users().create("root", Credentials.hash("admin-password", 4), Role.ADMIN);
    server =
        ApiServer.start(
            testStore.application(), TestStore.config(1_000, 1 << 20).withAccess(List.of(), reads));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    testStore.close();
  }

  @Test
  void withPrivateReadsAnAnonymousSubscriptionIsRefusedAndReceivesNothing() throws Exception {
    start(ReadAccess.PRIVATE);
    List<String> anonymous = new CopyOnWriteArrayList<>();
    List<String> reader = new CopyOnWriteArrayList<>();
    WebSocket stranger = TestSockets.connect(server.port(), anonymous, true);
    WebSocket user = TestSockets.connect(server.port(), reader, true);
    String token = TestUsers.accessToken(server.port(), "reader");

    stranger.sendText("{\"action\":\"subscribe\",\"channels\":[\"bars\"]}", true).join();
    user.sendText(
            "{\"action\":\"subscribe\",\"channels\":[\"bars\"],\"token\":\"" + token + "\"}", true)
        .join();
    await().until(() -> hasType(anonymous, "error") && hasType(reader, "subscribed"));
    server.live().publish(new LiveEvent("bars", "AAPL", Map.of("close", 1)));

    await().until(() -> hasType(reader, "bars"));
    assertThat(TestSockets.messages(anonymous))
        .extracting(m -> m.path("type").asText())
        .containsExactly("error");
    assertThat(TestSockets.messages(anonymous).get(0).get("error").asText())
        .startsWith("missing access token");
  }

  @Test
  void onlyAdministratorsFollowTheRunsChannelAndSeeRunOutput() throws Exception {
    start(ReadAccess.PUBLIC);
    List<String> anonymous = new CopyOnWriteArrayList<>();
    List<String> admin = new CopyOnWriteArrayList<>();
    WebSocket stranger = TestSockets.connect(server.port(), anonymous, true);
    WebSocket root = TestSockets.connect(server.port(), admin, true);
    String adminToken = TestUsers.login(server.port(), "root", "admin-password");

    stranger.sendText("{\"action\":\"subscribe\",\"channels\":[\"runs\",\"alerts\"]}", true).join();
    root.sendText(
        "{\"action\":\"subscribe\",\"channels\":[\"runs\"],\"token\":\"" + adminToken + "\"}",
        true);
    await().until(() -> hasType(anonymous, "subscribed") && hasType(admin, "subscribed"));
    server.live().publish(new LiveEvent("runs", "", Map.of("id", 1, "line", "$ secret")));

    await().until(() -> hasType(admin, "runs"));
    JsonNode granted = TestSockets.messages(anonymous).get(0).get("channels");
    assertThat(granted).extracting(JsonNode::asText).containsExactly("alerts");
    assertThat(TestSockets.messages(anonymous))
        .noneMatch(m -> m.path("type").asText().equals("runs"));

    long run = testStore.application().summary().summary().runId();
    testStore.application().runs().saveOutput(run, "printed at /home/someone/data");
    assertThat(TestUsers.get(server.port(), "/api/runs/" + run, null).get("output").asText())
        .isEmpty();
    assertThat(TestUsers.get(server.port(), "/api/runs", null).at("/runs/0/output").asText())
        .isEmpty();
    assertThat(TestUsers.get(server.port(), "/api/runs/" + run, adminToken).get("output").asText())
        .isEqualTo("printed at /home/someone/data");
  }

  @Test
  void aUsersNotificationReachesThatUserAloneWhateverTheOthersSubscribed() throws Exception {
    start(ReadAccess.PUBLIC);
    String ana = TestUsers.accessToken(server.port(), "ana");
    String bob = TestUsers.accessToken(server.port(), "bob");
    long anaId = TestUsers.get(server.port(), "/api/users/me", ana).get("id").asLong();
    List<String> anaFrames = new CopyOnWriteArrayList<>();
    List<String> bobFrames = new CopyOnWriteArrayList<>();
    List<String> anonymousFrames = new CopyOnWriteArrayList<>();
    String subscription =
        "{\"action\":\"subscribe\",\"channels\":[\"notifications\",\"alerts\"],"
            + "\"symbols\":[\"AAPL\",\"user:"
            + anaId
            + "\"]";
    TestSockets.connect(server.port(), anaFrames, true)
        .sendText(subscription + ",\"token\":\"" + ana + "\"}", true)
        .join();
    TestSockets.connect(server.port(), bobFrames, true)
        .sendText(subscription + ",\"token\":\"" + bob + "\"}", true)
        .join();
    TestSockets.connect(server.port(), anonymousFrames, true)
        .sendText(subscription + "}", true)
        .join();
    await()
        .until(
            () ->
                hasType(anaFrames, "subscribed")
                    && hasType(bobFrames, "subscribed")
                    && hasType(anonymousFrames, "subscribed"));

    server.live().publish(LiveEvent.forUser(anaId, Map.of("message", "AAPL RSI below 30")));
    server.live().publish(new LiveEvent("alerts", "AAPL", Map.of("rule", "after")));

    await().until(() -> hasType(bobFrames, "alerts") && hasType(anonymousFrames, "alerts"));
    await().until(() -> hasType(anaFrames, "notifications"));
    JsonNode received =
        TestSockets.messages(anaFrames).stream()
            .filter(m -> m.path("type").asText().equals("notifications"))
            .findFirst()
            .orElseThrow();
    assertThat(received.at("/data/message").asText()).isEqualTo("AAPL RSI below 30");
    assertThat(TestSockets.messages(bobFrames))
        .noneMatch(m -> m.path("type").asText().equals("notifications"));
    assertThat(TestSockets.messages(anonymousFrames))
        .noneMatch(m -> m.path("type").asText().equals("notifications"));
    assertThat(TestSockets.messages(anonymousFrames).get(0).get("channels"))
        .extracting(JsonNode::asText)
        .as("an anonymous client cannot follow notifications")
        .containsExactly("alerts");
  }

  @Test
  void oneClientHoldsAtMostSixteenLiveConnections() throws Exception {
    start(ReadAccess.PUBLIC);
    List<WebSocket> sockets = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      sockets.add(TestSockets.connect(server.port(), new CopyOnWriteArrayList<>(), true));
    }
    await().until(() -> server.live().clientCount() == 16);

    CompletionException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            CompletionException.class,
            () -> TestSockets.connect(server.port(), new CopyOnWriteArrayList<>(), true));

    assertThat(refused.getCause()).isInstanceOf(WebSocketHandshakeException.class);
    assertThat(((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode())
        .isEqualTo(429);
    sockets.forEach(s -> s.abort());
  }

  @Test
  void jettysOwnErrorsAreJsonWithTheSecurityHeaders() throws Exception {
    start(ReadAccess.PUBLIC);
    String answer;
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /api/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(answer).startsWith("HTTP/1.1 400");
    assertThat(answer).containsIgnoringCase("content-type: application/json");
    assertThat(answer).containsIgnoringCase("x-content-type-options: nosniff");
    assertThat(answer).contains("\"status\":400").doesNotContain("<html");
  }

  private static boolean hasType(List<String> frames, String type) throws Exception {
    return TestSockets.messages(frames).stream()
        .anyMatch(m -> m.path("type").asText().equals(type));
  }
}
