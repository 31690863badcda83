package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.store.MarketStore;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /ws/live} with a real WebSocket client. */
class LivePushTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private TestStore testStore;
  private MarketStore store;
  private ApiServer server;

  @BeforeEach
  void start() throws Exception {
    testStore = new TestStore("duckdb", dir);
    store = testStore.store();
    server = testStore.serve(1_000);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    testStore.close();
  }

  @Test
  void clientsReceiveOnlyTheChannelsAndSymbolsTheySubscribedTo() throws Exception {
    List<String> received = new CopyOnWriteArrayList<>();
    WebSocket socket = connect(received, true);
    socket.sendText(
        "{\"action\":\"subscribe\",\"channels\":[\"bars\",\"breadth\"],\"symbols\":[\"aapl\"]}",
        true);
    await().until(() -> received.stream().anyMatch(m -> m.contains("\"subscribed\"")));

    server.live().publish(new LiveEvent("bars", "AAPL", Map.of("close", 190.5)));
    server.live().publish(new LiveEvent("bars", "MSFT", Map.of("close", 410.0)));
    server.live().publish(new LiveEvent("signals", "AAPL", Map.of("action", "BUY")));
    server.live().publish(new LiveEvent("breadth", "", Map.of("advancers", 60)));

    await().until(() -> messages(received).size() == 3);
    List<JsonNode> messages = messages(received);
    assertThat(messages.get(1).toString())
        .isEqualTo("{\"type\":\"bars\",\"symbol\":\"AAPL\",\"data\":{\"close\":190.5}}");
    assertThat(messages.get(2).get("type").asText()).isEqualTo("breadth");
    assertThat(messages.get(2).at("/data/advancers").asInt()).isEqualTo(60);
  }

  @Test
  void symbolFiltersDoNotHideTheUsersOwnNotifications() throws Exception {
    String token = TestUsers.accessToken(server.port(), "trader");
    long id = TestUsers.get(server.port(), "/api/users/me", token).get("id").asLong();
    List<String> received = new CopyOnWriteArrayList<>();
    WebSocket socket = connect(received, true);
    socket.sendText(
        "{\"action\":\"subscribe\",\"channels\":[\"notifications\"],\"symbols\":[\"AAPL\"],"
            + "\"token\":\""
            + token
            + "\"}",
        true);
    await().until(() -> received.stream().anyMatch(m -> m.contains("\"subscribed\"")));

    server.live().publish(LiveEvent.forUser(id + 1, Map.of("n", 1)));
    server.live().publish(LiveEvent.forUser(id, Map.of("n", 2)));

    await().until(() -> messages(received).size() == 2);
    assertThat(messages(received).get(1).toString())
        .isEqualTo(
            "{\"type\":\"notifications\",\"symbol\":\"user:" + id + "\",\"data\":{\"n\":2}}");
  }

  @Test
  void badSubscriptionsGetAnErrorMessage() throws Exception {
    List<String> received = new CopyOnWriteArrayList<>();
    WebSocket socket = connect(received, true);

    socket.sendText("{\"action\":\"subscribe\",\"channels\":[\"gossip\"]}", true).join();
    socket.sendText("not json", true).join();

    await().until(() -> messages(received).size() == 2);
    List<JsonNode> messages = messages(received);
    assertThat(messages.get(0).get("type").asText()).isEqualTo("error");
    assertThat(messages.get(0).get("error").asText()).contains("unknown channel 'gossip'");
    assertThat(messages.get(1).get("type").asText()).isEqualTo("error");
  }

  @Test
  void aClientThatStopsReadingIsDroppedWithoutSlowingThePublisher() throws Exception {
    List<String> received = new CopyOnWriteArrayList<>();
    WebSocket slow = connect(received, false);
    slow.sendText("{\"action\":\"subscribe\",\"channels\":[\"bars\"]}", true).join();
    await().until(() -> received.size() == 1);
    String big = "x".repeat(64 * 1024);

    long start = System.nanoTime();
    for (int i = 0; i < 4_000 && server.live().clientCount() > 0; i++) {
      server.live().publish(new LiveEvent("bars", "AAPL", Map.of("i", i, "pad", big)));
    }
    long millis = (System.nanoTime() - start) / 1_000_000;

    await().until(() -> server.live().clientCount() == 0);
    assertThat(millis).as("publishing never waits for a client").isLessThan(10_000);
  }

  private static List<JsonNode> messages(List<String> frames) throws Exception {
    return TestSockets.messages(frames);
  }

  private WebSocket connect(List<String> received, boolean keepReading) {
    return TestSockets.connect(server.port(), received, keepReading);
  }
}
