package io.breadthflow.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.app.Application;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.config.ServerConfig;
import io.breadthflow.app.json.Json;
import io.breadthflow.app.notify.NotificationDispatcher;
import io.breadthflow.app.shared.SharedState;
import io.breadthflow.app.stream.ClusterJobService;
import io.breadthflow.app.users.AccountService;
import io.breadthflow.core.live.PipelineCounters;
import io.breadthflow.server.alert.AlertRoutes;
import io.breadthflow.server.api.ApiException;
import io.breadthflow.server.api.OpenApiDocument;
import io.breadthflow.server.api.RateLimiter;
import io.breadthflow.server.api.Route;
import io.breadthflow.server.auth.AccessRule;
import io.breadthflow.server.auth.AuthRoutes;
import io.breadthflow.server.backtest.BacktestRoutes;
import io.breadthflow.server.command.CommandRoutes;
import io.breadthflow.server.command.RunOutputs;
import io.breadthflow.server.dashboard.DashboardAssets;
import io.breadthflow.server.forecast.ForecastRoutes;
import io.breadthflow.server.health.ComponentHealth;
import io.breadthflow.server.health.FlinkCheck;
import io.breadthflow.server.health.HealthCheck;
import io.breadthflow.server.health.HealthRoutes;
import io.breadthflow.server.health.KafkaCheck;
import io.breadthflow.server.live.LivePush;
import io.breadthflow.server.live.PeerRoutes;
import io.breadthflow.server.live.TopicFeed;
import io.breadthflow.server.market.BreadthRoutes;
import io.breadthflow.server.market.MarketRoutes;
import io.breadthflow.server.market.RunRoutes;
import io.breadthflow.server.market.SnapshotRoutes;
import io.breadthflow.server.metrics.Metrics;
import io.breadthflow.server.metrics.PipelineRoutes;
import io.breadthflow.server.notify.NotificationRoutes;
import io.breadthflow.server.profile.ProfileRoutes;
import io.breadthflow.server.rule.RuleRoutes;
import io.breadthflow.server.universe.UniverseRoutes;
import io.breadthflow.server.watchlist.WatchlistRoutes;
import io.breadthflow.store.MarketStore;
import io.breadthflow.stream.cluster.FlinkRest;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: one port for the API, health, metrics and the OpenAPI document. Errors are JSON
 * ({@code {"error": reason, "detail": message, "status": code}}, never a stack trace); responses
 * carry security headers; every client is rate limited (429 with {@code Retry-After}); bodies are
 * size-limited (413).
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private final Javalin app;
  private final List<Route> routes = new ArrayList<>();

  /** Backtests of every user: two at a time, a bounded queue (429 beyond it). */
  private final ExecutorService workers = boundedPool(2, 64);

  /** The command API's work, apart from the users' backtests. */
  private final ExecutorService admin = boundedPool(1, 16);

  private final LivePush live;
  private final PipelineCounters pipeline = new PipelineCounters();
  private final HealthRoutes health;
  private final SharedState shared;
  private final Optional<KafkaCheck> kafka;
  private final Optional<FlinkCheck> flink;
  private Optional<TopicFeed> feed = Optional.empty();
  private Optional<NotificationDispatcher> dispatcher = Optional.empty();

  private ApiServer(Application application, ServerConfig settings, SharedState shared) {
    MarketStore store = application.store();
    Clock clock = application.clock();
    ObjectMapper mapper = Json.create();
    this.shared = shared;
    AccountService accounts =
        application.accounts(settings.jwtSecret(), settings.bcryptCost(), shared);
    AccessRule access = new AccessRule(accounts, settings.readAccess());
    this.live = new LivePush(mapper, access);
    this.health = new HealthRoutes(store);
    this.kafka = settings.cluster().kafkaBootstrap().map(KafkaCheck::new);
    kafka.ifPresent(check -> health.register("kafka", check));
    this.flink =
        settings
            .cluster()
            .flink()
            .map(
                address ->
                    new FlinkCheck(
                        new FlinkRest(address.host(), address.port()),
                        ClusterJobService.JOB_NAME,
                        clock));
    flink.ifPresent(check -> health.register("flink", check));
    if (settings.cluster().redis().isPresent()) {
      health.register("redis", this::redisHealth);
    }
    Metrics metrics = new Metrics(store, live, pipeline, clock.instant());
    AuthRoutes auth = new AuthRoutes(accounts, access);
    routes.addAll(health.routes());
    routes.addAll(auth.routes());
    routes.addAll(metrics.routes());
    routes.addAll(new MarketRoutes(store, clock).routes());
    routes.addAll(
        new BreadthRoutes(application.breadth(), application.membership(), clock).routes());
    routes.addAll(new SnapshotRoutes(store, clock).routes());
    routes.addAll(new UniverseRoutes(application.membership()).routes());
    routes.addAll(new ForecastRoutes(application.forecasts(), clock).routes());
    RunOutputs outputs = new RunOutputs();
    routes.addAll(new RunRoutes(store, outputs, auth).routes());
    routes.addAll(new CommandRoutes(application, auth, admin, outputs, live).routes());
    routes.addAll(
        new BacktestRoutes(application.backtests(), auth, workers, application.membership())
            .routes());
    routes.addAll(new AlertRoutes(store.alerts(), application.alerts(), auth).routes());
    routes.addAll(new ProfileRoutes(application.profiles(), auth).routes());
    routes.addAll(new WatchlistRoutes(application.watchlists(), auth).routes());
    routes.addAll(new RuleRoutes(application.rules(), auth).routes());
    routes.addAll(new NotificationRoutes(application.notifications(), auth).routes());
    routes.addAll(new PipelineRoutes(pipeline, live).routes());
    PeerRoutes peers = new PeerRoutes(settings.cluster().peers());
    routes.addAll(peers.routes());
    String policy = contentSecurityPolicy(peers.webSocketOrigins());
    routes.add(Route.get("/openapi.json", "This document", this::openApi));
    RateLimiter limiter = new RateLimiter(shared, settings.requestsPerMinute());
    this.app =
        Javalin.create(
            config -> {
              config.jsonMapper(new JavalinJackson(mapper, false));
              config.http.maxRequestSize = settings.maxRequestBytes();
              config.startup.showJavalinBanner = false;
              config.staticFiles.add(DashboardAssets::configure);
              config.routes.before(RequestIds::start);
              config.routes.before(metrics::start);
              config.routes.before(ctx -> limit(limiter, ctx));
              config.routes.before(ctx -> limitSize(ctx, settings.maxRequestBytes()));
              config.routes.before("/api/*", ctx -> requireRead(auth, ctx));
              // A WebSocket upgrade is a request like any other: rate limited, and counted.
              config.routes.wsBeforeUpgrade(
                  ctx -> {
                    limit(limiter, ctx);
                    live.admit(ctx.ip());
                  });
              config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
              if (!settings.corsOrigins().isEmpty()) {
                config.bundledPlugins.enableCors(
                    cors ->
                        cors.addRule(
                            rule ->
                                settings.corsOrigins().forEach(origin -> rule.allowHost(origin))));
              }
              config.routes.after(metrics::finish);
              config.routes.after(ctx -> securityHeaders(ctx, policy));
              config.routes.after(RequestIds::finish);
              for (Route route : routes) {
                Handler named =
                    ctx -> {
                      Metrics.route(ctx, route.path());
                      route.handler().handle(ctx);
                    };
                switch (route.method()) {
                  case GET -> config.routes.get(route.path(), named);
                  case POST -> config.routes.post(route.path(), named);
                  case PUT -> config.routes.put(route.path(), named);
                  case DELETE -> config.routes.delete(route.path(), named);
                }
              }
              live.register(config.routes);
              config.routes.exception(
                  ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
              config.routes.exception(
                  UseCaseException.class,
                  (e, ctx) -> {
                    if (!e.retryAfter().isZero()) {
                      ctx.header("Retry-After", Long.toString(e.retryAfter().toSeconds()));
                    }
                    error(ctx, e.failure().httpStatus(), e.getMessage());
                  });
              config.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                    error(ctx, 500, "internal error");
                  });
              config.routes.error(
                  404,
                  ctx -> {
                    if (Metrics.routeOf(ctx) == null) {
                      error(ctx, 404, "no such resource: " + ctx.path());
                    }
                  });
            });
  }

  /**
   * Starts a server on {@code settings.port()}, its limits in the Redis of {@code
   * settings.cluster()} (keys {@code bf:…}) or, without one, in this process; with Kafka there, it
   * pushes what the output topics carry. It delivers the notification outbox (in-app ones on its
   * live push) until it is closed.
   *
   * @throws PortInUseException when another process listens there
   */
  public static ApiServer start(Application application, ServerConfig settings) {
    return start(application, settings, SharedState.open(settings.cluster().redis(), "bf:"));
  }

  /**
   * As {@link #start(Application, ServerConfig)} with its limits in {@code shared}, which the
   * server closes.
   *
   * @throws PortInUseException when another process listens there
   */
  public static ApiServer start(
      Application application, ServerConfig settings, SharedState shared) {
    ApiServer server = new ApiServer(application, settings, shared);
    try {
      server.app.start(settings.host(), settings.port());
    } catch (JavalinBindException e) {
      server.close();
      throw new PortInUseException(settings.port(), e);
    }
    server.dispatcher = Optional.of(application.startNotifications(server.live));
    settings
        .cluster()
        .kafkaBootstrap()
        .ifPresent(
            bootstrap ->
                server.feed =
                    Optional.of(TopicFeed.start(bootstrap, server.consumerGroup(), server.live)));
    return server;
  }

  /** This server's consumer group of the output topics: {@code bf-api-HOST-PORT}. */
  private String consumerGroup() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    return "bf-api-" + host + "-" + port();
  }

  private ComponentHealth redisHealth() {
    SharedState.Health state = shared.health();
    return state.reach() == SharedState.Reach.UP
        ? ComponentHealth.up(state.detail())
        : ComponentHealth.down(state.detail());
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** The live hub feeding {@code /ws/live}. */
  public LivePush live() {
    return live;
  }

  /** The feed from the output topics, when the server has Kafka. */
  public Optional<TopicFeed> topicFeed() {
    return feed;
  }

  /** The counters a pipeline running in this process reports to {@code /metrics}. */
  public PipelineCounters pipeline() {
    return pipeline;
  }

  /** Reports {@code component} in {@code /health} (the stream job of this process). */
  public void health(String component, HealthCheck check) {
    health.register(component, check);
  }

  /** The registered routes, as documented in {@code /openapi.json}. */
  public List<Route> routes() {
    return List.copyOf(routes);
  }

  @Override
  public void close() {
    feed.ifPresent(TopicFeed::close);
    dispatcher.ifPresent(NotificationDispatcher::close);
    app.stop();
    live.close();
    workers.shutdownNow();
    admin.shutdownNow();
    kafka.ifPresent(KafkaCheck::close);
    flink.ifPresent(FlinkCheck::close);
    shared.close();
  }

  private void openApi(Context ctx) {
    ctx.json(OpenApiDocument.of(routes, "0.1.0"));
  }

  private static void limit(RateLimiter limiter, Context ctx) {
    if (DashboardAssets.isAsset(ctx.path())) {
      return;
    }
    long wait = limiter.secondsToWait(ctx.ip());
    if (wait > 0) {
      ctx.header("Retry-After", Long.toString(wait));
      throw new ApiException(429, "rate limit exceeded; retry in " + wait + " s");
    }
  }

  /** Every {@code /api} route but the account ones and the server list reads under the rule. */
  private static void requireRead(AuthRoutes auth, Context ctx) {
    if (ctx.method() != HandlerType.OPTIONS
        && !ctx.path().startsWith("/api/users/")
        && !ctx.path().equals(PeerRoutes.PATH)) {
      auth.access().requireRead(auth.caller(ctx));
    }
  }

  private static void securityHeaders(Context ctx, String contentSecurityPolicy) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Content-Security-Policy", contentSecurityPolicy);
  }

  /**
   * Scripts only from this origin (the charting library sets element styles inline); connections to
   * this origin and to the live push of {@code peerWebSockets}, where the dashboard fails over.
   */
  private static String contentSecurityPolicy(String peerWebSockets) {
    String policy = "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
    return peerWebSockets.isEmpty() ? policy : policy + "; connect-src 'self' " + peerWebSockets;
  }

  private static ExecutorService boundedPool(int threads, int queued) {
    return new ThreadPoolExecutor(
        threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queued));
  }

  private static void limitSize(Context ctx, long max) {
    if (ctx.contentLength() > max) {
      throw new ApiException(413, "request body larger than " + max + " bytes");
    }
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status)
        .json(
            Map.of(
                "error",
                HttpStatus.forStatus(status).getMessage(),
                "detail",
                message,
                "status",
                status));
  }
}
