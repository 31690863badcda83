package io.breadthflow.server.market;

import io.breadthflow.server.api.ApiException;
import io.breadthflow.server.api.Params;
import io.breadthflow.server.api.PublicText;
import io.breadthflow.server.api.Route;
import io.breadthflow.server.auth.AuthRoutes;
import io.breadthflow.server.command.RunOutputs;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.PipelineRun;
import io.breadthflow.store.RunStatus;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pipeline runs and their statistics. */
public final class RunRoutes {
  private static final int STATISTICS_WINDOW = 10_000;

  private final MarketStore store;
  private final RunOutputs outputs;
  private final AuthRoutes auth;

  public RunRoutes(MarketStore store, RunOutputs outputs, AuthRoutes auth) {
    this.store = store;
    this.outputs = outputs;
    this.auth = auth;
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/api/runs", "Recent pipeline runs, newest first", this::runs, "limit"),
        Route.get("/api/runs/{id}", "One pipeline run", this::run),
        Route.get(
            "/api/summary",
            "Pipeline metrics: total runs, success rate, average duration, recent runs",
            this::summary));
  }

  private void runs(Context ctx) {
    boolean admin = auth.access().seesRunOutput(auth.caller(ctx));
    ctx.json(
        Map.of(
            "runs",
            store.recentRuns(Params.count(ctx, "limit", 50, 1_000)).stream()
                .map(run -> admin ? run : forPublic(run))
                .toList()));
  }

  /**
   * {@code run} as anyone may see it: no output (what commands printed is for administrators) and
   * its error without file paths.
   */
  private static PipelineRun forPublic(PipelineRun run) {
    return withOutput(run, "", PublicText.redacted(run.error()));
  }

  private static PipelineRun withOutput(PipelineRun run, String output, String error) {
    return new PipelineRun(
        run.id(),
        run.command(),
        run.parameters(),
        run.status(),
        run.started(),
        run.finished(),
        run.durationMillis(),
        error,
        run.counts(),
        output,
        run.owner());
  }

  private void run(Context ctx) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("run id must be a number, got '" + ctx.pathParam("id") + "'");
    }
    boolean admin = auth.access().seesRunOutput(auth.caller(ctx));
    try {
      PipelineRun run = store.run(id);
      ctx.json(
          admin
              ? withOutput(run, outputs.current(id).orElse(run.output()), run.error())
              : forPublic(run));
    } catch (IllegalArgumentException e) {
      throw ApiException.notFound("no pipeline run with id " + id);
    }
  }

  private void summary(Context ctx) {
    List<PipelineRun> runs = store.recentRuns(STATISTICS_WINDOW);
    List<PipelineRun> finished =
        runs.stream().filter(r -> r.status() != RunStatus.RUNNING).toList();
    long succeeded = finished.stream().filter(r -> r.status() == RunStatus.SUCCEEDED).count();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total_runs", runs.size());
    body.put("success_rate", finished.isEmpty() ? null : (double) succeeded / finished.size());
    body.put(
        "average_duration_ms",
        finished.stream().mapToLong(PipelineRun::durationMillis).average().stream()
            .boxed()
            .findFirst()
            .orElse(null));
    body.put(
        "recent_runs",
        runs.subList(0, Math.min(10, runs.size())).stream().map(RunRoutes::forPublic).toList());
    ctx.json(body);
  }
}
