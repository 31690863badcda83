package io.breadthflow.server.metrics;

import io.breadthflow.server.api.Route;
import io.breadthflow.store.MarketStore;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;

/**
 * Prometheus metrics ({@code GET /metrics}): HTTP latency histograms per route and status, JVM and
 * process metrics, and pipeline gauges read from the store (bars stored, quarantined records).
 */
public final class Metrics {
  private static final String STARTED = "bf.request.started";
  private static final String ROUTE = "bf.request.route";

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  public Metrics(MarketStore store) {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    Gauge.builder("breadthflow_bars_stored", store, s -> s.barCount())
        .description("Bars in the store")
        .register(registry);
    Gauge.builder("breadthflow_quarantined_records", store, s -> s.quarantinedCount())
        .description("Records kept out of the silver layer")
        .register(registry);
  }

  public List<Route> routes() {
    return List.of(Route.get("/metrics", "Prometheus metrics", this::scrape));
  }

  /** Names the route pattern serving a request, for the latency tags. */
  public static void route(Context ctx, String pattern) {
    ctx.attribute(ROUTE, pattern);
  }

  /** The route pattern serving a request, {@code null} when none matched. */
  public static String routeOf(Context ctx) {
    return ctx.attribute(ROUTE);
  }

  /** Marks the start of a request (a before-handler). */
  public void start(Context ctx) {
    ctx.attribute(STARTED, System.nanoTime());
  }

  /** Records the request's latency under its route pattern and status (an after-handler). */
  public void finish(Context ctx) {
    Long started = ctx.attribute(STARTED);
    String route = ctx.attribute(ROUTE);
    if (started == null) {
      return;
    }
    Timer.builder("http_server_requests")
        .description("HTTP request latency")
        .tag("method", ctx.method().name())
        .tag("route", route == null ? "unmatched" : route)
        .tag("status", Integer.toString(ctx.statusCode()))
        .publishPercentileHistogram()
        .register(registry)
        .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  private void scrape(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }
}
