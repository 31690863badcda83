package io.breadthflow.server.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.users.Principal;
import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.core.live.LiveHub;
import io.breadthflow.server.api.ApiException;
import io.breadthflow.server.auth.AccessRule;
import io.javalin.config.RoutesConfig;
import io.javalin.websocket.WsContext;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code GET /ws/live}: clients send {@code {"action":"subscribe","channels":[…],"symbols":[…]}}
 * (no symbols = all) and receive {@code {"type": channel, "symbol", "data"}} messages as the
 * pipeline publishes them; on {@code notifications} a signed-in client receives its own user's
 * events alone ({@link AccessRule#mayReceive}). Every frame is a JSON array of one or more
 * messages: what waited for a client goes out together. Each event is serialised once; publishing
 * only queues (the pipeline never waits for a socket); clients that fall too far behind are
 * dropped.
 */
public final class LivePush implements LiveHub, AutoCloseable {
  /** Characters of messages a client may have waiting before it is dropped. */
  static final long CLIENT_QUEUE_CHARS = 4L << 20;

  /** Connections one client address may hold at once. */
  static final int CONNECTIONS_PER_CLIENT = 16;

  /** Connections the server holds at once. */
  static final int CONNECTIONS = 2_000;

  private final ObjectMapper json;
  private final AccessRule access;
  private final Map<String, LiveClient> clients = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> published = new ConcurrentHashMap<>();
  private final LongAdder dropped = new LongAdder();
  private final ScheduledExecutorService sender =
      Executors.newScheduledThreadPool(
          2,
          task -> {
            Thread thread = new Thread(task, "live-push-sender");
            thread.setDaemon(true);
            return thread;
          });

  public LivePush(ObjectMapper json, AccessRule access) {
    this.json = json;
    this.access = access;
  }

  /**
   * Admits a WebSocket upgrade from {@code address}, or refuses it (429) when that address or the
   * server holds as many connections as allowed.
   */
  public void admit(String address) {
    if (clients.size() >= CONNECTIONS) {
      throw new ApiException(429, "too many live connections; retry later");
    }
    long held = clients.values().stream().filter(c -> c.address().equals(address)).count();
    if (held >= CONNECTIONS_PER_CLIENT) {
      throw new ApiException(
          429, "at most " + CONNECTIONS_PER_CLIENT + " live connections per client");
    }
  }

  /** Registers the WebSocket route. */
  public void register(RoutesConfig routes) {
    routes.ws(
        "/ws/live",
        ws -> {
          ws.onConnect(
              ctx -> {
                ctx.enableAutomaticPings();
                clients.put(
                    ctx.sessionId(),
                    new LiveClient(ctx, addressOf(ctx), CLIENT_QUEUE_CHARS, sender));
              });
          ws.onMessage(ctx -> onMessage(ctx, ctx.message()));
          ws.onClose(ctx -> clients.remove(ctx.sessionId()));
          ws.onError(ctx -> clients.remove(ctx.sessionId()));
        });
  }

  /** Stops the sender threads. */
  @Override
  public void close() {
    sender.shutdownNow();
  }

  /** Connected clients. */
  public int clientCount() {
    return clients.size();
  }

  /** Events published on {@code channel} since the server started. */
  public long published(String channel) {
    LongAdder count = published.get(channel);
    return count == null ? 0 : count.sum();
  }

  /** Clients disconnected for being too slow or failing. */
  public long droppedClients() {
    return dropped.sum();
  }

  @Override
  public void publish(LiveEvent event) {
    published.computeIfAbsent(event.channel(), c -> new LongAdder()).increment();
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
          if (client.wants(event.channel(), event.symbol())
              && access.mayReceive(event, client.caller())
              && !client.offer(message)) {
            clients.remove(id);
            dropped.increment();
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
      Optional<Principal> caller = access.caller(request.path("token").asText(""));
      access.requireRead(caller);
      Set<String> channels = new LinkedHashSet<>();
      request.path("channels").forEach(c -> channels.add(c.asText()));
      for (String channel : channels) {
        if (!LiveEvent.CHANNELS.contains(channel)) {
          throw new IllegalArgumentException("unknown channel '" + channel + "'");
        }
      }
      channels.removeIf(channel -> !access.mayFollow(channel, caller));
      Set<String> symbols = new LinkedHashSet<>();
      request.path("symbols").forEach(s -> symbols.add(s.asText().toUpperCase(Locale.ROOT)));
      if (action.equals("unsubscribe")) {
        channels.clear();
        symbols.clear();
      }
      client.subscribe(channels, symbols, caller);
      client.offer(
          json.writeValueAsString(
              Map.of("type", action + "d", "channels", channels, "symbols", symbols)));
    } catch (UseCaseException | IllegalArgumentException e) {
      client.subscribe(Set.of(), Set.of(), Optional.empty());
      client.offer("{\"type\":\"error\",\"error\":" + quoted(e.getMessage()) + "}");
    } catch (Exception e) {
      client.subscribe(Set.of(), Set.of(), Optional.empty());
      client.offer("{\"type\":\"error\",\"error\":\"malformed request\"}");
    }
  }

  private static String addressOf(WsContext ctx) {
    return ctx.session.getRemoteSocketAddress() instanceof InetSocketAddress socket
        ? socket.getAddress().getHostAddress()
        : String.valueOf(ctx.session.getRemoteSocketAddress());
  }

  private String quoted(String text) {
    try {
      return json.writeValueAsString(String.valueOf(text));
    } catch (Exception e) {
      return "\"bad request\"";
    }
  }
}
