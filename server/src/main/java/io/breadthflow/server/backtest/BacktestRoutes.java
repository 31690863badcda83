package io.breadthflow.server.backtest;

import io.breadthflow.app.backtest.BacktestParameters;
import io.breadthflow.app.backtest.BacktestService;
import io.breadthflow.app.backtest.BacktestView;
import io.breadthflow.app.backtest.StrategyCatalog;
import io.breadthflow.app.backtest.WalkForwardParameters;
import io.breadthflow.app.universe.MembershipService;
import io.breadthflow.app.users.Principal;
import io.breadthflow.server.api.ApiException;
import io.breadthflow.server.api.Params;
import io.breadthflow.server.api.PublicText;
import io.breadthflow.server.api.RequestBodies;
import io.breadthflow.server.api.Route;
import io.breadthflow.server.auth.AuthRoutes;
import io.breadthflow.store.RunStatus;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * {@code POST /api/backtests} (token required) starts a backtest in the background and answers 202
 * with its run id; {@code GET /api/backtests} lists the recent ones, whatever started them; {@code
 * GET /api/backtests/{id}} reports one's status and, once done, its result; {@code POST
 * /api/backtests/walk-forward} (token required, counted with the caller's backtests) starts a
 * walk-forward optimisation, {@code GET /api/backtests/walk-forward} lists them and {@code GET
 * /api/backtests/walk-forward/{id}} reports one; {@code GET /api/strategies} describes the
 * strategies and their parameters.
 */
public final class BacktestRoutes {
  private final BacktestService backtests;
  private final AuthRoutes auth;
  private final Executor workers;
  private final MembershipService membership;

  public BacktestRoutes(
      BacktestService backtests, AuthRoutes auth, Executor workers, MembershipService membership) {
    this.backtests = backtests;
    this.auth = auth;
    this.workers = workers;
    this.membership = membership;
  }

  public List<Route> routes() {
    return List.of(
        Route.post(
            "/api/backtests", "Start a backtest (token required); 202 with its id", this::start),
        Route.get("/api/backtests", "Recent backtests, newest first", this::recent, "limit"),
        Route.post(
            "/api/backtests/walk-forward",
            "Start a walk-forward optimisation (token required); 202 with its id",
            this::startWalkForward),
        Route.get(
            "/api/backtests/walk-forward",
            "Recent walk-forward optimisations, newest first",
            this::recentWalkForwards,
            "limit"),
        Route.get(
            "/api/backtests/walk-forward/{id}",
            "Status and result of a walk-forward optimisation",
            this::walkForward),
        Route.get("/api/backtests/{id}", "Status and result of a backtest", this::result),
        Route.get(
            "/api/strategies",
            "The backtest strategies, their parameters and the portfolio settings",
            ctx -> ctx.json(StrategyCatalog.catalog())));
  }

  private void start(Context ctx) {
    Principal caller = auth.principal(ctx);
    long run =
        backtests.submit(
            BacktestParameters.parse(RequestBodies.object(ctx), membership::pointInTime),
            workers,
            Long.toString(caller.userId()));
    ctx.status(202).json(Map.of("id", run, "status", RunStatus.RUNNING.name()));
  }

  private void startWalkForward(Context ctx) {
    Principal caller = auth.principal(ctx);
    long run =
        backtests.submitWalkForward(
            WalkForwardParameters.parse(RequestBodies.object(ctx), membership::pointInTime),
            workers,
            Long.toString(caller.userId()));
    ctx.status(202).json(Map.of("id", run, "status", RunStatus.RUNNING.name()));
  }

  private void recentWalkForwards(Context ctx) {
    int limit = Params.count(ctx, "limit", 50, 500);
    ctx.json(
        Map.of(
            "walk_forwards",
            backtests.recentWalkForwards(limit).stream().map(BacktestRoutes::view).toList()));
  }

  private void walkForward(Context ctx) {
    ctx.json(view(backtests.walkForwardView(id(ctx, "walk-forward"))));
  }

  private void recent(Context ctx) {
    int limit = Params.count(ctx, "limit", 50, 500);
    ctx.json(
        Map.of("backtests", backtests.recent(limit).stream().map(BacktestRoutes::view).toList()));
  }

  private void result(Context ctx) {
    ctx.json(view(backtests.view(id(ctx, "backtest"))));
  }

  private static long id(Context ctx, String what) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(what + " id must be a number");
    }
  }

  private static Map<String, Object> view(BacktestView backtest) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", backtest.id());
    body.put("status", backtest.status().name());
    body.put("error", PublicText.redacted(backtest.error()));
    body.put("request", backtest.request());
    backtest.result().ifPresent(result -> body.put("result", result));
    return body;
  }
}
