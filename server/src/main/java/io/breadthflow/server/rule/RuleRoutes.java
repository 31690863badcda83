package io.breadthflow.server.rule;

import io.breadthflow.app.rules.RuleJson;
import io.breadthflow.app.rules.RuleService;
import io.breadthflow.app.rules.RuleTestReport;
import io.breadthflow.server.api.Params;
import io.breadthflow.server.api.Route;
import io.breadthflow.server.auth.AuthRoutes;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The caller's personal alert rules (token required): the schema forms are built from, create,
 * read, replace, delete and test. Bodies are rule JSON ({@link RuleJson}); every call passes the
 * caller's user id, so another user's rule id is a 404.
 */
public final class RuleRoutes {
  private final RuleService rules;
  private final AuthRoutes auth;

  public RuleRoutes(RuleService rules, AuthRoutes auth) {
    this.rules = rules;
    this.auth = auth;
  }

  public List<Route> routes() {
    return List.of(
        Route.get(
            "/api/rules/schema",
            "Condition kinds with their parameters, targets, intervals, channels and limits",
            ctx -> {
              auth.principal(ctx);
              ctx.json(rules.schema());
            }),
        Route.get("/api/rules", "The caller's rules, oldest first", this::list),
        Route.post("/api/rules", "Create a rule (rule JSON); 201", this::create),
        Route.get("/api/rules/{id}", "One of the caller's rules", this::get),
        Route.put("/api/rules/{id}", "Replace a rule (rule JSON)", this::update),
        Route.delete("/api/rules/{id}", "Delete a rule", this::delete),
        Route.post(
            "/api/rules/{id}/test",
            "Send one test notification of the rule on each of its channels",
            this::test));
  }

  private long user(Context ctx) {
    return auth.principal(ctx).userId();
  }

  private static long id(Context ctx) {
    return Params.id(ctx, "id", "rule id");
  }

  private void list(Context ctx) {
    ctx.json(Map.of("rules", rules.list(user(ctx)).stream().map(RuleJson::write).toList()));
  }

  private void create(Context ctx) {
    long user = user(ctx);
    ctx.status(201).json(RuleJson.write(rules.create(user, RuleJson.read(ctx.body()))));
  }

  private void get(Context ctx) {
    ctx.json(RuleJson.write(rules.get(user(ctx), id(ctx))));
  }

  private void update(Context ctx) {
    long user = user(ctx);
    long id = id(ctx);
    ctx.json(RuleJson.write(rules.update(user, id, RuleJson.read(ctx.body()))));
  }

  private void delete(Context ctx) {
    rules.delete(user(ctx), id(ctx));
    ctx.status(204);
  }

  private void test(Context ctx) {
    long user = user(ctx);
    RuleTestReport report = rules.test(user, id(ctx));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("message", report.firing().message());
    answer.put("firing_key", report.firing().key());
    answer.put("notifications", report.notifications());
    ctx.json(answer);
  }
}
