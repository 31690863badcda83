package io.breadthflow.server.alert;

import io.breadthflow.app.alerts.AlertService;
import io.breadthflow.server.api.ApiException;
import io.breadthflow.server.api.Params;
import io.breadthflow.server.api.Route;
import io.breadthflow.server.auth.AuthRoutes;
import io.breadthflow.store.AlertStore;
import io.breadthflow.store.StoredAlert;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Alerts the pipeline raised: the newest first, and acknowledging one (token required). */
public final class AlertRoutes {
  private final AlertStore alerts;
  private final AlertService acknowledgements;
  private final AuthRoutes auth;

  public AlertRoutes(AlertStore alerts, AlertService acknowledgements, AuthRoutes auth) {
    this.alerts = alerts;
    this.acknowledgements = acknowledgements;
    this.auth = auth;
  }

  public List<Route> routes() {
    return List.of(
        Route.get(
            "/api/alerts",
            "Stored alerts, newest first (unacknowledged=true: only those not yet acknowledged)",
            this::recent,
            "limit",
            "unacknowledged"),
        Route.post(
            "/api/alerts/{id}/acknowledge",
            "Acknowledge an alert (token required)",
            this::acknowledge));
  }

  private void recent(Context ctx) {
    int limit = Params.count(ctx, "limit", 100, 1_000);
    String unacknowledged = ctx.queryParam("unacknowledged");
    if (unacknowledged != null
        && !unacknowledged.equals("true")
        && !unacknowledged.equals("false")) {
      throw ApiException.badRequest("unacknowledged must be true or false");
    }
    ctx.json(
        Map.of(
            "alerts",
            alerts.recent(limit, "true".equals(unacknowledged)).stream()
                .map(AlertRoutes::view)
                .toList()));
  }

  private void acknowledge(Context ctx) {
    auth.principal(ctx);
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("alert id must be a number");
    }
    acknowledgements.acknowledge(id);
    ctx.json(view(alerts.byId(id).orElseThrow()));
  }

  private static Map<String, Object> view(StoredAlert stored) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", stored.id());
    view.put("acknowledged", stored.acknowledged());
    view.put("symbol", stored.alert().symbol());
    view.put("interval", stored.alert().interval());
    view.put("time", stored.alert().time());
    view.put("rule", stored.alert().rule());
    view.put("severity", stored.alert().severity());
    view.put("message", stored.alert().message());
    view.put("value", stored.alert().value());
    return view;
  }
}
