package io.breadthflow.server.live;

import io.breadthflow.app.config.PeerServers;
import io.breadthflow.server.api.Route;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code GET /api/servers}: the base URLs of the deployment's API servers ({@code BF_API_SERVERS}),
 * a JSON list of strings, public like the dashboard itself: a dashboard whose server stops
 * answering opens its live connection to the next one ({@code ws://peer/ws/live}).
 */
public final class PeerRoutes {
  /** The route, outside the read rule of {@code /api}: a dashboard asks before anyone logs in. */
  public static final String PATH = "/api/servers";

  private final List<String> urls;
  private final String webSockets;

  public PeerRoutes(PeerServers peers) {
    this.urls = peers.urls().stream().map(URI::toString).toList();
    this.webSockets =
        peers.urls().stream().map(PeerRoutes::webSocketOrigin).collect(Collectors.joining(" "));
  }

  public List<Route> routes() {
    return List.of(
        Route.get(
            PATH,
            "The base URLs of the API servers of this deployment (BF_API_SERVERS)",
            ctx -> ctx.json(urls)));
  }

  /**
   * The WebSocket origins of the peers, space-separated, for the {@code connect-src} of the
   * dashboard's content security policy; empty without peers.
   */
  public String webSocketOrigins() {
    return webSockets;
  }

  private static String webSocketOrigin(URI url) {
    return (url.getScheme().equals("https") ? "wss://" : "ws://") + url.getRawAuthority();
  }
}
