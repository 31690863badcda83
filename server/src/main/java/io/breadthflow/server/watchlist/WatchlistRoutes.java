package io.breadthflow.server.watchlist;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.app.watchlists.ExportedList;
import io.breadthflow.app.watchlists.ImportMode;
import io.breadthflow.app.watchlists.ImportReport;
import io.breadthflow.app.watchlists.ListFormat;
import io.breadthflow.app.watchlists.ListOrder;
import io.breadthflow.app.watchlists.SymbolOrder;
import io.breadthflow.app.watchlists.WatchlistImport;
import io.breadthflow.app.watchlists.WatchlistName;
import io.breadthflow.app.watchlists.WatchlistRow;
import io.breadthflow.app.watchlists.WatchlistService;
import io.breadthflow.app.watchlists.WatchlistSymbol;
import io.breadthflow.server.api.ApiException;
import io.breadthflow.server.api.BodyFields;
import io.breadthflow.server.api.Params;
import io.breadthflow.server.api.RequestBodies;
import io.breadthflow.server.api.Route;
import io.breadthflow.server.auth.AuthRoutes;
import io.breadthflow.store.Watchlist;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The caller's watchlists (token required on every route): the seed's single list under {@code
 * /api/users/watchlist} (the user's default list), and named lists under {@code /api/watchlists}.
 * Each call passes the caller's user id to the service, so another user's list id is a 404.
 */
public final class WatchlistRoutes {
  private final WatchlistService watchlists;
  private final AuthRoutes auth;

  public WatchlistRoutes(WatchlistService watchlists, AuthRoutes auth) {
    this.watchlists = watchlists;
    this.auth = auth;
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/api/users/watchlist", "The caller's default watchlist", this::defaultList),
        Route.post(
            "/api/users/watchlist/{symbol}",
            "Add a symbol to the caller's default watchlist",
            this::addToDefault),
        Route.delete(
            "/api/users/watchlist/{symbol}",
            "Remove a symbol from the caller's default watchlist",
            this::removeFromDefault),
        Route.get("/api/watchlists", "The caller's watchlists in their order", this::lists),
        Route.post("/api/watchlists", "Create a watchlist {name}; 201", this::create),
        Route.put(
            "/api/watchlists/order", "Order the caller's watchlists {ids: [...]}", this::order),
        Route.post(
            "/api/watchlists/import",
            "Import symbols {format: txt|csv, text, mode: append|replace} into a new list {name}"
                + " or a list {watchlist_id}",
            this::importList),
        Route.get("/api/watchlists/{id}", "One of the caller's watchlists", this::list),
        Route.put("/api/watchlists/{id}", "Rename a watchlist {name}", this::rename),
        Route.delete("/api/watchlists/{id}", "Delete a watchlist", this::delete),
        Route.post("/api/watchlists/{id}/symbols", "Add a symbol {symbol}", this::addSymbol),
        Route.put(
            "/api/watchlists/{id}/symbols",
            "Order the list's symbols {symbols: [...]}",
            this::reorderSymbols),
        Route.delete(
            "/api/watchlists/{id}/symbols/{symbol}", "Remove a symbol", this::removeSymbol),
        Route.get(
            "/api/watchlists/{id}/rows",
            "Latest close, change, signal, confidence, RSI(14) and recent closes per symbol",
            this::rows),
        Route.get(
            "/api/watchlists/{id}/export",
            "The list as a file (format=txt or csv)",
            this::export,
            "format"));
  }

  private long user(Context ctx) {
    return auth.principal(ctx).userId();
  }

  private static long id(Context ctx) {
    return Params.id(ctx, "id", "watchlist id");
  }

  private void defaultList(Context ctx) {
    ctx.json(view(watchlists.defaultList(user(ctx))));
  }

  private void addToDefault(Context ctx) {
    long user = user(ctx);
    ctx.json(view(watchlists.addToDefault(user, new WatchlistSymbol(ctx.pathParam("symbol")))));
  }

  private void removeFromDefault(Context ctx) {
    long user = user(ctx);
    watchlists.removeFromDefault(user, new WatchlistSymbol(ctx.pathParam("symbol")));
    ctx.status(204);
  }

  private void lists(Context ctx) {
    ctx.json(Map.of("watchlists", views(watchlists.lists(user(ctx)))));
  }

  private void create(Context ctx) {
    long user = user(ctx);
    JsonNode body = RequestBodies.object(ctx);
    BodyFields.only(body, Set.of("name"));
    ctx.status(201).json(view(watchlists.create(user, name(body))));
  }

  private void order(Context ctx) {
    long user = user(ctx);
    JsonNode body = RequestBodies.object(ctx);
    BodyFields.only(body, Set.of("ids"));
    ListOrder order = new ListOrder(BodyFields.wholes(body, "ids"));
    ctx.json(Map.of("watchlists", views(watchlists.reorder(user, order))));
  }

  private void list(Context ctx) {
    ctx.json(view(watchlists.list(user(ctx), id(ctx))));
  }

  private void rename(Context ctx) {
    long user = user(ctx);
    long id = id(ctx);
    JsonNode body = RequestBodies.object(ctx);
    BodyFields.only(body, Set.of("name"));
    ctx.json(view(watchlists.rename(user, id, name(body))));
  }

  private void delete(Context ctx) {
    watchlists.delete(user(ctx), id(ctx));
    ctx.status(204);
  }

  private void addSymbol(Context ctx) {
    long user = user(ctx);
    long id = id(ctx);
    JsonNode body = RequestBodies.object(ctx);
    BodyFields.only(body, Set.of("symbol"));
    WatchlistSymbol symbol =
        new WatchlistSymbol(
            BodyFields.text(body, "symbol")
                .orElseThrow(() -> ApiException.badRequest("symbol is required")));
    ctx.json(view(watchlists.addSymbol(user, id, symbol)));
  }

  private void reorderSymbols(Context ctx) {
    long user = user(ctx);
    long id = id(ctx);
    JsonNode body = RequestBodies.object(ctx);
    BodyFields.only(body, Set.of("symbols"));
    SymbolOrder order = SymbolOrder.of(BodyFields.texts(body, "symbols"));
    ctx.json(view(watchlists.reorderSymbols(user, id, order)));
  }

  private void removeSymbol(Context ctx) {
    long user = user(ctx);
    long id = id(ctx);
    watchlists.removeSymbol(user, id, new WatchlistSymbol(ctx.pathParam("symbol")));
    ctx.status(204);
  }

  private void rows(Context ctx) {
    long user = user(ctx);
    long id = id(ctx);
    ctx.json(
        Map.of(
            "watchlist_id",
            id,
            "rows",
            watchlists.rows(user, id).stream().map(WatchlistRoutes::row).toList()));
  }

  private void export(Context ctx) {
    long user = user(ctx);
    long id = id(ctx);
    String format = ctx.queryParam("format");
    ExportedList exported =
        watchlists.export(user, id, ListFormat.parse(format == null ? "txt" : format));
    ctx.header("Content-Disposition", "attachment; filename=\"" + exported.fileName() + "\"");
    ctx.contentType(exported.contentType() + "; charset=utf-8").result(exported.text());
  }

  /** Imports into the list {@code watchlist_id}, or into a new list {@code name}. */
  private void importList(Context ctx) {
    long user = user(ctx);
    JsonNode body = RequestBodies.object(ctx);
    BodyFields.only(body, Set.of("name", "watchlist_id", "format", "mode", "text"));
    WatchlistImport request =
        new WatchlistImport(
            ListFormat.parse(BodyFields.text(body, "format").orElse(null)),
            ImportMode.parse(BodyFields.text(body, "mode").orElse("append")),
            BodyFields.text(body, "text").orElse(null));
    var existing = BodyFields.whole(body, "watchlist_id");
    if (existing.isPresent() == body.hasNonNull("name")) {
      throw ApiException.badRequest("give either name (a new list) or watchlist_id");
    }
    ImportReport report =
        existing.isPresent()
            ? watchlists.importSymbols(user, existing.get(), request)
            : watchlists.importAsNewList(user, name(body), request);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("watchlist", view(report.watchlist()));
    answer.put("added", report.added());
    answer.put("duplicates", report.duplicates());
    answer.put("removed", report.removed());
    answer.put("rejected", report.rejected());
    ctx.status(existing.isPresent() ? 200 : 201).json(answer);
  }

  private static WatchlistName name(JsonNode body) {
    return new WatchlistName(BodyFields.text(body, "name").orElse(null));
  }

  private static List<Map<String, Object>> views(List<Watchlist> lists) {
    return lists.stream().map(WatchlistRoutes::view).toList();
  }

  private static Map<String, Object> view(Watchlist list) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", list.id());
    view.put("name", list.name());
    view.put("position", list.position());
    view.put("symbols", list.symbols());
    return view;
  }

  private static Map<String, Object> row(WatchlistRow row) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("symbol", row.symbol());
    view.put("as_of", row.asOf());
    view.put("close", row.close());
    view.put("previous_close", row.close() - row.change());
    view.put("change", row.change());
    view.put("change_percent", row.changePercent());
    view.put("signal", row.signal());
    view.put("confidence", row.confidence());
    view.put("signal_date", row.signalDate());
    view.put("rsi_14", row.rsi14());
    view.put("closes", row.closes());
    return view;
  }
}
