package io.breadthflow.server.metrics;

import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.core.live.PipelineCounters;
import io.breadthflow.server.api.Route;
import io.breadthflow.server.live.LivePush;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The running totals of the pipeline in this process as JSON, for the dashboard's counters. */
public final class PipelineRoutes {
  private final PipelineCounters pipeline;
  private final LivePush live;

  public PipelineRoutes(PipelineCounters pipeline, LivePush live) {
    this.pipeline = pipeline;
    this.live = live;
  }

  public List<Route> routes() {
    return List.of(
        Route.get(
            "/api/pipeline",
            "Totals of the streaming job in this process: trades, bars, signals, alerts",
            this::totals),
        Route.get(
            "/api/live",
            "The channels of the /ws/live push",
            ctx -> ctx.json(Map.of("channels", new TreeSet<>(LiveEvent.CHANNELS)))));
  }

  private void totals(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("trades_processed", pipeline.tradesProcessed());
    body.put("trades_quarantined", pipeline.tradesQuarantined());
    body.put("late_trades", pipeline.lateTrades());
    body.put("bars_emitted", pipeline.barsEmitted());
    body.put("signals_emitted", pipeline.signalsEmitted());
    body.put("alerts_raised", pipeline.alertsRaised());
    body.put("live_clients", live.clientCount());
    ctx.json(body);
  }
}
