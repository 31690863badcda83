package io.breadthflow.cli.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** A WebSocket client of an API server following the {@code bars} channel. */
final class LiveBars implements WebSocket.Listener, AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> received = new ArrayList<>();
  private final CompletableFuture<Void> subscribed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private WebSocket socket;

  static LiveBars connect(URI uri) throws Exception {
    LiveBars client = new LiveBars();
    client.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, client).get();
    client
        .socket
        .sendText("{\"action\":\"subscribe\",\"channels\":[\"bars\"],\"symbols\":[]}", true)
        .get(10, TimeUnit.SECONDS);
    client.subscribed.get(10, TimeUnit.SECONDS);
    return client;
  }

  /** A bar's symbol, interval and start, from a bars topic record ({@code "key json"}). */
  static String identity(String record) {
    try {
      return identityOf(JSON.readTree(record.substring(record.indexOf(' ') + 1)));
    } catch (Exception e) {
      throw new IllegalArgumentException(record, e);
    }
  }

  private static String identityOf(JsonNode bar) {
    JsonNode start = bar.path("start");
    Instant time =
        start.isNumber()
            ? Instant.ofEpochSecond(0)
                .plusNanos(start.decimalValue().movePointRight(9).longValueExact())
            : Instant.parse(start.asText());
    return bar.path("symbol").asText()
        + " "
        + bar.path("interval").asText()
        + " "
        + time
        + " "
        + bar.path("close").asDouble();
  }

  /** The bars received so far, as {@link #identity} gives them, sorted. */
  synchronized List<String> received() {
    return received.stream().sorted().toList();
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      handle(partial.toString());
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  /** A frame holds one message, or a JSON array of the messages of a burst. */
  private void handle(String text) {
    try {
      JsonNode frame = JSON.readTree(text);
      if (frame.isArray()) {
        frame.forEach(this::handleMessage);
      } else {
        handleMessage(frame);
      }
    } catch (Exception e) {
      subscribed.completeExceptionally(e);
    }
  }

  private void handleMessage(JsonNode message) {
    if (message.path("type").asText().equals("subscribed")) {
      subscribed.complete(null);
    } else if (message.path("type").asText().equals("bars")) {
      synchronized (this) {
        received.add(identityOf(message.path("data")));
      }
    }
  }

  @Override
  public void close() {
    socket.abort();
  }
}
