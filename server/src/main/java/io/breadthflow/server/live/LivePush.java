package io.breadthflow.server.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.core.live.LiveHub;
import io.javalin.config.RoutesConfig;
import io.javalin.websocket.WsContext;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /ws/live}: clients send {@code {"action":"subscribe","channels":[…],"symbols":[…]}}
 * (no symbols = all) and receive {@code {"type": channel, "symbol", "data"}} messages as the
 * pipeline publishes them. Each event is serialised once; slow clients are dropped.
 */
public final class LivePush implements LiveHub {
  /** Messages a client may have waiting before it is dropped. */
  static final int CLIENT_QUEUE = 256;

  private final ObjectMapper json;
  private final Map<String, LiveClient> clients = new ConcurrentHashMap<>();

  public LivePush(ObjectMapper json) {
    this.json = json;
  }

  /** Registers the WebSocket route. */
  public void register(RoutesConfig routes) {
    routes.ws(
        "/ws/live",
        ws -> {
          ws.onConnect(
              ctx -> {
                ctx.enableAutomaticPings();
                clients.put(ctx.sessionId(), new LiveClient(ctx, CLIENT_QUEUE));
              });
          ws.onMessage(ctx -> onMessage(ctx, ctx.message()));
          ws.onClose(ctx -> clients.remove(ctx.sessionId()));
          ws.onError(ctx -> clients.remove(ctx.sessionId()));
        });
  }

  /** Connected clients. */
  public int clientCount() {
    return clients.size();
  }

  @Override
  public void publish(LiveEvent event) {
    if (clients.isEmpty()) {
      return;
    }
    String message;
    try {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", event.channel());
      body.put("symbol", event.symbol());
      body.put("data", event.data());
      message = json.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalArgumentException("event not serialisable: " + e.getMessage(), e);
    }
    clients.forEach(
        (id, client) -> {
          if (client.wants(event.channel(), event.symbol()) && !client.offer(message)) {
            clients.remove(id);
          }
        });
  }

  private void onMessage(WsContext ctx, String text) {
    LiveClient client = clients.get(ctx.sessionId());
    if (client == null) {
      return;
    }
    try {
      JsonNode request = json.readTree(text);
      String action = request.path("action").asText("");
      if (!action.equals("subscribe") && !action.equals("unsubscribe")) {
        throw new IllegalArgumentException("action must be subscribe or unsubscribe");
      }
      Set<String> channels = new LinkedHashSet<>();
      request.path("channels").forEach(c -> channels.add(c.asText()));
      for (String channel : channels) {
        if (!LiveEvent.CHANNELS.contains(channel)) {
          throw new IllegalArgumentException("unknown channel '" + channel + "'");
        }
      }
      Set<String> symbols = new LinkedHashSet<>();
      request.path("symbols").forEach(s -> symbols.add(s.asText().toUpperCase(Locale.ROOT)));
      if (action.equals("unsubscribe")) {
        channels.clear();
        symbols.clear();
      }
      client.subscribe(channels, symbols);
      client.offer(
          json.writeValueAsString(
              Map.of("type", action + "d", "channels", channels, "symbols", symbols)));
    } catch (Exception e) {
      client.offer("{\"type\":\"error\",\"error\":" + quoted(e.getMessage()) + "}");
    }
  }

  private String quoted(String text) {
    try {
      return json.writeValueAsString(String.valueOf(text));
    } catch (Exception e) {
      return "\"bad request\"";
    }
  }
}
