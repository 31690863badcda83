package io.breadthflow.server.metrics;

import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.core.live.PipelineCounters;
import io.breadthflow.server.api.Route;
import io.breadthflow.server.live.LivePush;
import io.breadthflow.store.MarketStore;
import io.javalin.http.Context;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Prometheus metrics ({@code GET /metrics}): HTTP latency histograms per route and status, JVM and
 * process metrics, store gauges (bars stored, quarantined records), the in-process pipeline's
 * counters (trades processed and quarantined, late trades, bars, alerts), live push counters, and
 * the durations of pipeline runs finished since the server started.
 */
public final class Metrics {
  private static final String STARTED = "bf.request.started";
  private static final String ROUTE = "bf.request.route";

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  private final RunDurations runDurations;
  private final List<LongSupplier> counterSources = new ArrayList<>();

  public Metrics(MarketStore store, LivePush live, PipelineCounters pipeline, Instant started) {
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
    counter(
        "breadthflow_trades_processed", "Trades the pipeline processed", pipeline::tradesProcessed);
    counter(
        "breadthflow_trades_quarantined",
        "Trades the pipeline quarantined (invalid or duplicate)",
        pipeline::tradesQuarantined);
    counter("breadthflow_late_trades", "Trades too late for their bar", pipeline::lateTrades);
    counter("breadthflow_bars_emitted", "Bars the pipeline emitted", pipeline::barsEmitted);
    counter("breadthflow_signals", "Signals the pipeline emitted", pipeline::signalsEmitted);
    counter("breadthflow_alerts", "Alerts the pipeline raised", pipeline::alertsRaised);
    for (String channel : LiveEvent.CHANNELS) {
      FunctionCounter.builder("breadthflow_live_events", live, l -> l.published(channel))
          .description("Events published to live clients")
          .tag("channel", channel)
          .register(registry);
    }
    Gauge.builder("breadthflow_live_clients", live, LivePush::clientCount)
        .description("Connected live WebSocket clients")
        .register(registry);
    counter(
        "breadthflow_live_clients_dropped",
        "Live clients dropped as too slow",
        live::droppedClients);
    this.runDurations = new RunDurations(store, registry, started);
  }

  /**
   * A counter read from {@code value}. Micrometer holds its state object weakly and nothing else
   * holds a method reference, so it is kept here: collected, the counter would read zero.
   */
  private void counter(String name, String description, LongSupplier value) {
    counterSources.add(value);
    FunctionCounter.builder(name, value, LongSupplier::getAsLong)
        .description(description)
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
    runDurations.recordFinishedRuns();
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }
}
