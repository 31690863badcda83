package io.breadthflow.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** WebSocket clients of {@code /ws/live} for tests: every frame received is kept. */
final class TestSockets {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestSockets() {}

  /**
   * Connects to the server at {@code port}, adding each received frame to {@code received}; a
   * client that does not keep reading stops after its first frame.
   */
  static WebSocket connect(int port, List<String> received, boolean keepReading) {
    return HttpClient.newHttpClient()
        .newWebSocketBuilder()
        .buildAsync(
            URI.create("ws://127.0.0.1:" + port + "/ws/live"),
            new WebSocket.Listener() {
              private final StringBuilder partial = new StringBuilder();

              @Override
              public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                  received.add(partial.toString());
                  partial.setLength(0);
                }
                if (keepReading || received.isEmpty()) {
                  ws.request(1);
                }
                return null;
              }
            })
        .join();
  }

  /** The messages of every frame received so far (a frame is a JSON array of messages). */
  static List<JsonNode> messages(List<String> frames) throws Exception {
    List<JsonNode> messages = new ArrayList<>();
    for (String frame : List.copyOf(frames)) {
      JsonNode node = JSON.readTree(frame);
      if (node.isArray()) {
        node.forEach(messages::add);
      } else {
        messages.add(node);
      }
    }
    return messages;
  }
}
