package io.breadthflow.server.market;

import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.signal.SignalAction;
import io.breadthflow.server.api.ApiException;
import io.breadthflow.server.api.Params;
import io.breadthflow.server.api.Route;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.SignalFilter;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Read-only market data: bars, latest bars, signals (breadth: {@link BreadthRoutes}, universes:
 * {@link io.breadthflow.server.universe.UniverseRoutes}).
 */
public final class MarketRoutes {
  private static final ZoneId NEW_YORK = NyseCalendar.ZONE;

  /** How stale a latest bar may be: one store read a second serves every latest request. */
  private static final Duration LATEST_MAX_AGE = Duration.ofSeconds(1);

  private final MarketStore store;
  private final Clock clock;
  private final LatestBars latestBars;

  public MarketRoutes(MarketStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
    this.latestBars = new LatestBars(store, LATEST_MAX_AGE, System::nanoTime);
  }

  public List<Route> routes() {
    return List.of(
        Route.get("/api/stocks/{symbol}/latest", "The symbol's latest daily bar", this::latest),
        Route.get(
            "/api/stocks/{symbol}/history",
            "Bars of the symbol in a range (default: the last year, daily)",
            this::history,
            "from",
            "to",
            "interval"),
        Route.get(
            "/api/signals",
            "Stored composite signals",
            this::signals,
            "symbol",
            "from",
            "to",
            "action",
            "limit"));
  }

  private void latest(Context ctx) {
    String symbol = Params.symbol(ctx);
    ctx.json(
        latestBars
            .of(symbol)
            .orElseThrow(() -> ApiException.notFound("no stored bars for " + symbol)));
  }

  private void history(Context ctx) {
    String symbol = Params.symbol(ctx);
    LocalDate to = Params.date(ctx, "to", today());
    LocalDate from = Params.date(ctx, "from", to.minusYears(1));
    Params.range(from, to);
    Interval interval = Params.interval(ctx, Interval.ONE_DAY);
    List<Bar> bars =
        store.bars(
            symbol,
            interval,
            from.atStartOfDay(NEW_YORK).toInstant(),
            to.plusDays(1).atStartOfDay(NEW_YORK).toInstant());
    ctx.json(
        Map.of(
            "symbol", symbol,
            "interval", interval.code(),
            "bars", bars.stream().map(BarView::of).toList()));
  }

  private void signals(Context ctx) {
    String symbol = ctx.queryParam("symbol");
    if (symbol != null
        && !io.breadthflow.core.domain.Symbols.isValid(symbol.toUpperCase(Locale.ROOT))) {
      throw ApiException.badRequest("invalid symbol '" + symbol + "'");
    }
    SignalAction action = null;
    String actionText = ctx.queryParam("action");
    if (actionText != null) {
      try {
        action = SignalAction.valueOf(actionText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("action must be BUY, SELL or HOLD");
      }
    }
    LocalDate from = Params.date(ctx, "from", null);
    LocalDate to = Params.date(ctx, "to", null);
    if (from != null && to != null) {
      Params.range(from, to);
    }
    int limit = Params.count(ctx, "limit", 500, 5_000);
    ctx.json(
        Map.of(
            "signals",
            store.signals(
                new SignalFilter(
                    null,
                    symbol == null ? null : symbol.toUpperCase(Locale.ROOT),
                    from,
                    to,
                    action,
                    limit))));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(NEW_YORK));
  }
}
