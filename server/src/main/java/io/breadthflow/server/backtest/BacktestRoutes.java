package io.breadthflow.server.backtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.core.backtest.BacktestResult;
import io.breadthflow.core.backtest.Backtester;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.server.api.ApiException;
import io.breadthflow.server.api.RequestBodies;
import io.breadthflow.server.api.Route;
import io.breadthflow.server.auth.AuthRoutes;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.PipelineRun;
import io.breadthflow.store.RunStatus;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.stream.IntStream;

/**
 * {@code POST /api/backtests} (token required) starts a backtest in the background and answers 202
 * with its run id; {@code GET /api/backtests/{id}} reports its status and, once done, its metrics,
 * equity curve and trades.
 */
public final class BacktestRoutes {
  private static final String COMMAND = "backtest";
  private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

  private final MarketStore store;
  private final AuthRoutes auth;
  private final ExecutorService workers;
  private final ObjectMapper json;

  public BacktestRoutes(
      MarketStore store, AuthRoutes auth, ExecutorService workers, ObjectMapper json) {
    this.store = store;
    this.auth = auth;
    this.workers = workers;
    this.json = json;
  }

  public List<Route> routes() {
    return List.of(
        Route.post(
            "/api/backtests", "Start a backtest (token required); 202 with its id", this::start),
        Route.get("/api/backtests/{id}", "Status and result of a backtest", this::result));
  }

  private void start(Context ctx) {
    auth.principal(ctx);
    long run = start(BacktestRequest.parse(RequestBodies.object(ctx)), ctx.body());
    ctx.status(202).json(Map.of("id", run, "status", RunStatus.RUNNING.name()));
  }

  /** Starts a backtest from a request body of the route's shape; returns its id. */
  public long submit(String requestJson) {
    try {
      return start(BacktestRequest.parse(json.readTree(requestJson)), requestJson);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("backtest request is not JSON: " + e.getMessage(), e);
    }
  }

  private long start(BacktestRequest request, String body) {
    long run = store.startRun(COMMAND, body);
    workers.execute(() -> execute(run, request));
    return run;
  }

  private void execute(long run, BacktestRequest request) {
    try {
      DailyPanel panel = store.dailyPanel(request.symbols(), BEGINNING, request.end());
      if (panel.sessions().length == 0) {
        throw new IllegalArgumentException(
            "no stored daily bars for the symbols up to " + request.end());
      }
      int[] all = IntStream.range(0, panel.symbols().size()).toArray();
      BacktestResult result =
          Backtester.run(panel, request.start(), request.create(), request.config(), all);
      long id = store.saveBacktest(request.strategy(), "", json.writeValueAsString(view(result)));
      store.finishRun(run, RunStatus.SUCCEEDED, "", "{\"backtest\":" + id + "}");
    } catch (Exception e) {
      store.finishRun(run, RunStatus.FAILED, String.valueOf(e.getMessage()), "");
    }
  }

  private void result(Context ctx) throws Exception {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("backtest id must be a number");
    }
    PipelineRun run;
    try {
      run = store.run(id);
    } catch (IllegalArgumentException e) {
      throw ApiException.notFound("no backtest with id " + id);
    }
    if (!run.command().equals(COMMAND)) {
      throw ApiException.notFound("no backtest with id " + id);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id);
    body.put("status", run.status().name());
    body.put("error", run.error());
    if (run.status() == RunStatus.SUCCEEDED) {
      long stored = json.readTree(run.counts()).get("backtest").asLong();
      body.put("result", json.readTree(store.backtest(stored).orElseThrow().resultJson()));
    }
    ctx.json(body);
  }

  private static Map<String, Object> view(BacktestResult result) {
    List<Map<String, Object>> curve = new ArrayList<>();
    for (int t = 0; t < result.equity().length; t++) {
      Map<String, Object> point = new LinkedHashMap<>();
      point.put("date", result.sessions().get(t));
      point.put("equity", result.equity()[t]);
      point.put("benchmark", result.benchmark()[t]);
      curve.add(point);
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("metrics", result.metrics());
    view.put("equity_curve", curve);
    view.put("trades", result.trades());
    return view;
  }
}
