package io.breadthflow.server.notify;

import io.breadthflow.app.notify.HistoryRequest;
import io.breadthflow.app.notify.ListRequest;
import io.breadthflow.app.notify.NotificationService;
import io.breadthflow.app.notify.NotificationView;
import io.breadthflow.app.notify.PreferencesRequest;
import io.breadthflow.app.users.Principal;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.server.api.ApiException;
import io.breadthflow.server.api.Params;
import io.breadthflow.server.api.RequestBodies;
import io.breadthflow.server.api.Route;
import io.breadthflow.server.auth.AuthRoutes;
import io.breadthflow.store.NotificationFilter.ReadState;
import io.breadthflow.store.NotificationStatus;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The caller's notifications (token required): the notification centre with its unread count, the
 * delivery log of every channel, read marks, preferences and the webhook secret; and, for admins
 * only, delivery health (counts, never contents). Another user's notification id is a 404.
 */
public final class NotificationRoutes {
  private final NotificationService notifications;
  private final AuthRoutes auth;

  public NotificationRoutes(NotificationService notifications, AuthRoutes auth) {
    this.notifications = notifications;
    this.auth = auth;
  }

  public List<Route> routes() {
    return List.of(
        Route.get(
            "/api/notifications",
            "The caller's in-app notifications, newest first, and the unread count",
            this::list,
            "limit",
            "before_id",
            "unread"),
        Route.get(
            "/api/notifications/history",
            "The caller's delivery log by firing: each channel's status, attempts and last error",
            this::history,
            "limit",
            "before_id",
            "channel",
            "status"),
        Route.post(
            "/api/notifications/read-all",
            "Mark all the caller's notifications read",
            ctx -> {
              long user = user(ctx);
              ctx.json(Map.of("marked", notifications.markAllRead(user), "unread", 0));
            }),
        Route.post(
            "/api/notifications/{id}/read",
            "Mark one of the caller's notifications read",
            this::read),
        Route.get(
            "/api/notifications/preferences",
            "The caller's channels, webhook, e-mail, quiet hours and hourly limit",
            ctx -> ctx.json(notifications.preferences(user(ctx)))),
        Route.post(
            "/api/notifications/preferences",
            "Replace the caller's notification preferences",
            this::savePreferences),
        Route.post(
            "/api/notifications/webhook-secret",
            "A new webhook signing secret, shown this once",
            this::rotateSecret),
        Route.get(
            "/api/admin/notifications/health",
            "Admins: notifications per channel and status, the oldest undelivered one's age",
            this::health));
  }

  private long user(Context ctx) {
    return auth.principal(ctx).userId();
  }

  private void list(Context ctx) {
    long user = user(ctx);
    ListRequest request =
        new ListRequest(
            Params.count(ctx, "limit", 50, 200),
            beforeId(ctx),
            flag(ctx, "unread") ? ReadState.UNREAD : ReadState.ALL);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("unread", notifications.unreadCount(user));
    answer.put(
        "notifications",
        notifications.list(user, request).stream().map(NotificationRoutes::view).toList());
    ctx.json(answer);
  }

  private void history(Context ctx) {
    long user = user(ctx);
    Optional<DeliveryChannel> channel =
        Optional.ofNullable(ctx.queryParam("channel")).map(NotificationRoutes::channel);
    Set<NotificationStatus> statuses = new LinkedHashSet<>();
    String status = ctx.queryParam("status");
    if (status != null && !status.isBlank()) {
      for (String name : status.split(",")) {
        statuses.add(status(name));
      }
    }
    HistoryRequest request =
        new HistoryRequest(Params.count(ctx, "limit", 100, 500), beforeId(ctx), channel, statuses);
    ctx.json(Map.of("firings", notifications.history(user, request)));
  }

  private void read(Context ctx) {
    long user = user(ctx);
    long id = Params.id(ctx, "id", "notification id");
    notifications.markRead(user, id);
    ctx.json(Map.of("id", id, "unread", notifications.unreadCount(user)));
  }

  private void savePreferences(Context ctx) {
    long user = user(ctx);
    PreferencesRequest request = PreferencesRequest.fromJson(RequestBodies.object(ctx));
    ctx.json(notifications.updatePreferences(user, request));
  }

  private void rotateSecret(Context ctx) {
    long user = user(ctx);
    ctx.header("Cache-Control", "no-store")
        .json(Map.of("secret", notifications.rotateWebhookSecret(user).secret()));
  }

  private void health(Context ctx) {
    Principal caller = auth.principal(ctx);
    if (!auth.access().seesDeliveryHealth(Optional.of(caller))) {
      throw new ApiException(403, "admin role required");
    }
    ctx.json(notifications.health());
  }

  private static Optional<Long> beforeId(Context ctx) {
    String text = ctx.queryParam("before_id");
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      long id = Long.parseLong(text);
      if (id > 0) {
        return Optional.of(id);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiException.badRequest("before_id must be a positive whole number");
  }

  private static boolean flag(Context ctx, String name) {
    String text = ctx.queryParam(name);
    if (text == null || text.equals("false")) {
      return false;
    }
    if (text.equals("true")) {
      return true;
    }
    throw ApiException.badRequest(name + " must be true or false");
  }

  private static DeliveryChannel channel(String code) {
    try {
      return DeliveryChannel.of(code);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  private static NotificationStatus status(String name) {
    try {
      return NotificationStatus.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "status must be one or more (comma-separated) of "
              + String.join(
                  ", ",
                  java.util.Arrays.stream(NotificationStatus.values())
                      .map(s -> s.name().toLowerCase(Locale.ROOT))
                      .toList()));
    }
  }

  private static Map<String, Object> view(NotificationView n) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", n.id());
    view.put("firing_key", n.firingKey());
    view.put("rule_id", n.ruleId());
    view.put("rule", n.rule());
    view.put("symbol", n.symbol());
    view.put("interval", n.interval());
    view.put("bar_time", n.barTime());
    view.put("close", n.close());
    view.put("value", n.value());
    view.put("message", n.message());
    view.put("status", n.status());
    view.put("created_at", n.createdAt());
    view.put("sent_at", n.sentAt());
    view.put("read", n.readAt() != null);
    view.put("read_at", n.readAt());
    return view;
  }
}
