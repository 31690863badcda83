package io.breadthflow.ingest.finnhub;

import io.javalin.Javalin;
import io.javalin.websocket.WsContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real WebSocket server (Javalin on 127.0.0.1) speaking Finnhub's trade protocol. */
final class FakeFinnhub implements AutoCloseable {
  final List<WsContext> sessions = new CopyOnWriteArrayList<>();
  final List<String> received = new CopyOnWriteArrayList<>();
  final List<String> tokens = new CopyOnWriteArrayList<>();
  private final Javalin app;

  FakeFinnhub() {
    app =
        Javalin.create(
                config ->
                    config.routes.ws(
                        "/",
                        ws -> {
                          ws.onConnect(
                              ctx -> {
                                tokens.add(ctx.queryParam("token"));
                                sessions.add(ctx);
                              });
                          ws.onMessage(ctx -> received.add(ctx.message()));
                          ws.onClose(ctx -> sessions.remove(ctx));
                        }))
            .start("127.0.0.1", 0);
  }

  String url() {
    return "ws://127.0.0.1:" + app.port() + "/";
  }

  /** Sends a trade message with one trade to the newest session. */
  void trade(String symbol, double price, long millis, double volume) {
    latest().send(tradeJson(symbol, price, millis, volume));
  }

  static String tradeJson(String symbol, double price, long millis, double volume) {
    return "{\"type\":\"trade\",\"data\":[{\"p\":"
        + price
        + ",\"s\":\""
        + symbol
        + "\",\"t\":"
        + millis
        + ",\"v\":"
        + volume
        + ",\"c\":[\"1\",\"12\"]}]}";
  }

  WsContext latest() {
    return sessions.get(sessions.size() - 1);
  }

  long subscriptions(String symbol) {
    return received.stream()
        .filter(m -> m.equals("{\"type\":\"subscribe\",\"symbol\":\"" + symbol + "\"}"))
        .count();
  }

  @Override
  public void close() {
    app.stop();
  }
}
