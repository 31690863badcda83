package io.breadthflow.server.market;

import io.breadthflow.app.indicators.Convention;
import io.breadthflow.app.indicators.StableFrom;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.indicator.DailyIndicatorSet;
import io.breadthflow.core.indicator.Seeding;
import io.breadthflow.core.indicator.WarmUp;
import io.breadthflow.server.api.ApiException;
import io.breadthflow.server.api.Params;
import io.breadthflow.server.api.Route;
import io.breadthflow.store.MarketStore;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derived views of the stored daily bars: a symbol's indicators, the latest session's movers and
 * the symbols trading unusually much (trending).
 */
public final class SnapshotRoutes {
  private static final ZoneId NEW_YORK = io.breadthflow.core.calendar.NyseCalendar.ZONE;
  private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);
  private static final int VOLUME_WINDOW = 20;

  private final MarketStore store;
  private final Clock clock;

  public SnapshotRoutes(MarketStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public List<Route> routes() {
    return List.of(
        Route.get(
            "/api/stocks/{symbol}/indicators",
            "Indicators of the symbol's bars of an interval (SMA, EMA, RSI, MACD, Bollinger, ATR,"
                + " ADX, …; default daily), computed over the whole stored history, with each"
                + " column's first stable session (stable_from) under the convention ta-lib"
                + " (default) or tradingview",
            this::indicators,
            "from",
            "to",
            "interval",
            "convention"),
        Route.get(
            "/api/stocks/movers",
            "Top gainers and losers of the latest session",
            this::movers,
            "limit"),
        Route.get(
            "/api/stocks/trending",
            "Symbols whose latest volume is highest against their 20-session average",
            this::trending,
            "limit"));
  }

  private void indicators(Context ctx) {
    String symbol = Params.symbol(ctx);
    LocalDate to = Params.date(ctx, "to", LocalDate.now(clock.withZone(NEW_YORK)));
    LocalDate from = Params.date(ctx, "from", to.minusYears(1));
    Params.range(from, to);
    Interval interval = Params.interval(ctx, Interval.ONE_DAY);
    Seeding seeding = Convention.parse(ctx.queryParam("convention"));
    List<Bar> bars =
        store.bars(
            symbol,
            interval,
            BEGINNING.atStartOfDay(NEW_YORK).toInstant(),
            to.plusDays(1).atStartOfDay(NEW_YORK).toInstant());
    if (bars.isEmpty()) {
      throw ApiException.notFound("no stored bars for " + symbol);
    }
    DailyIndicatorSet set = new DailyIndicatorSet(seeding);
    double[] values = new double[DailyIndicatorSet.width()];
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Bar bar : bars) {
      set.update(bar.high(), bar.low(), bar.close(), bar.volume(), values);
      if (!bar.sessionDate().isBefore(from)) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("date", bar.sessionDate());
        row.put("time", bar.start());
        row.put("close", bar.close());
        for (int i = 0; i < values.length; i++) {
          row.put(DailyIndicatorSet.COLUMNS.get(i), values[i]);
        }
        rows.add(row);
      }
    }
    StableFrom<Instant> stable =
        StableFrom.of(
            DailyIndicatorSet.COLUMNS,
            set.warmUps(WarmUp.DEFAULT_TOLERANCE),
            bars.stream().map(Bar::start).toList());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("symbol", symbol);
    body.put("interval", interval.code());
    body.put("convention", Convention.code(seeding));
    body.put("tolerance", stable.tolerance());
    body.put("stable_from", stable.stableFrom());
    body.put("cumulative", stable.cumulative());
    body.put("rows", rows);
    ctx.json(body);
  }

  private void movers(Context ctx) {
    int limit = Params.count(ctx, "limit", 10, 100);
    List<Change> changes = latestChanges(2);
    Comparator<Change> byChange = Comparator.comparingDouble(Change::value);
    List<Change> gainers = changes.stream().sorted(byChange.reversed()).limit(limit).toList();
    List<Change> losers = changes.stream().sorted(byChange).limit(limit).toList();
    ctx.json(
        Map.of(
            "session", changes.isEmpty() ? "" : changes.get(0).session().toString(),
            "gainers", gainers,
            "losers", losers));
  }

  private void trending(Context ctx) {
    int limit = Params.count(ctx, "limit", 10, 100);
    ctx.json(
        Map.of(
            "trending",
            latestChanges(VOLUME_WINDOW + 1).stream()
                .filter(c -> !Double.isNaN(c.volumeRatio()))
                .sorted(Comparator.comparingDouble(Change::volumeRatio).reversed())
                .limit(limit)
                .toList()));
  }

  /** A symbol's latest session against the sessions before it. */
  record Change(String symbol, LocalDate session, double close, double value, double volumeRatio) {}

  private List<Change> latestChanges(int sessions) {
    List<Bar> latest = store.latestBars(Interval.ONE_DAY);
    LocalDate last =
        latest.stream().map(Bar::sessionDate).max(Comparator.naturalOrder()).orElse(null);
    if (last == null) {
      return List.of();
    }
    DailyPanel panel = store.dailyPanel(List.of(), last.minusDays(sessions * 2L + 10), last);
    int t = panel.sessions().length - 1;
    List<Change> changes = new ArrayList<>();
    for (int s = 0; s < panel.symbols().size(); s++) {
      double[] close = panel.close()[s];
      double[] volume = panel.volume()[s];
      if (!panel.has(s, t) || t < 1 || !panel.has(s, t - 1)) {
        continue;
      }
      double sum = 0;
      int n = 0;
      for (int k = Math.max(0, t - VOLUME_WINDOW); k < t; k++) {
        if (panel.has(s, k)) {
          sum += volume[k];
          n++;
        }
      }
      double ratio = n == 0 || sum == 0 ? Double.NaN : volume[t] / (sum / n);
      changes.add(
          new Change(
              panel.symbols().get(s),
              panel.sessions()[t],
              close[t],
              close[t] / close[t - 1] - 1,
              ratio));
    }
    return changes;
  }
}
