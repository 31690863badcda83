package io.breadthflow.server.market;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.breadth.BreadthEvents;
import io.breadthflow.app.breadth.BreadthIndicator;
import io.breadthflow.app.breadth.BreadthIndicators;
import io.breadthflow.app.breadth.BreadthReport;
import io.breadthflow.app.breadth.BreadthRequest;
import io.breadthflow.app.breadth.BreadthService;
import io.breadthflow.app.run.Progress;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.app.universe.MembershipService;
import io.breadthflow.app.universe.Selection;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.breadth.CatalogueRow;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.ingest.membership.PointInTimeUniverse;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.server.api.Params;
import io.breadthflow.server.api.Route;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Market breadth of a built-in or a stored point-in-time universe, or of its sectors, per session:
 * today's columns or any of the catalogue's, with the sessions' events; and the catalogue's
 * descriptions, from which the dashboard builds its menus.
 */
public final class BreadthRoutes {
  private static final String DEFAULT_UNIVERSE = "sp100";

  private final BreadthService breadth;
  private final MembershipService membership;
  private final Clock clock;

  public BreadthRoutes(BreadthService breadth, MembershipService membership, Clock clock) {
    this.breadth = breadth;
    this.membership = membership;
    this.clock = clock;
  }

  public List<Route> routes() {
    return List.of(
        Route.get(
            "/api/breadth",
            "Market breadth of a built-in universe or its sectors per session, with its events",
            this::breadth,
            "universe",
            "point_in_time",
            "from",
            "to",
            "indicators",
            "columns",
            "grouping",
            "sector"),
        Route.get(
            "/api/breadth/catalogue",
            "Every breadth column: key, name, definition, source and kind",
            this::catalogue));
  }

  private void catalogue(Context ctx) {
    ctx.json(
        Map.of("indicators", BreadthIndicators.ALL.stream().map(BreadthRoutes::describe).toList()));
  }

  private void breadth(Context ctx) {
    String stored = ctx.queryParam("point_in_time");
    if (stored != null && ctx.queryParam("universe") != null) {
      throw UseCaseException.invalid("give universe or point_in_time, not both");
    }
    Optional<PointInTimeUniverse> pointInTime =
        Optional.ofNullable(stored).map(membership::pointInTime);
    String name =
        pointInTime
            .map(PointInTimeUniverse::name)
            .orElse(
                ctx.queryParam("universe") == null ? DEFAULT_UNIVERSE : ctx.queryParam("universe"));
    Universe universe =
        pointInTime.map(PointInTimeUniverse::everMembers).orElseGet(() -> Selection.builtIn(name));
    LocalDate to = Params.date(ctx, "to", LocalDate.now(clock.withZone(NyseCalendar.ZONE)));
    LocalDate from = Params.date(ctx, "from", to.minusYears(1));
    Params.range(from, to);
    List<BreadthIndicator> indicators = indicators(ctx);
    String sector =
        sector(
            ctx,
            pointInTime
                .<Set<String>>map(PointInTimeUniverse::sectors)
                .orElseGet(() -> universe.symbolsBySector().keySet()));
    BreadthRequest.Grouping grouping = grouping(ctx, sector);
    DateRange range = new DateRange(from, to);
    BreadthRequest request =
        pointInTime
            .map(p -> BreadthRequest.pointInTime(p, range, grouping, BreadthRequest.Columns.ALL))
            .orElseGet(
                () -> new BreadthRequest(universe, range, grouping, BreadthRequest.Columns.ALL));
    ctx.json(answer(breadth.compute(request, Progress.SILENT), name, sector, indicators));
  }

  /** The report as the API answers it: one group's rows and events, or every sector's. */
  private static Map<String, Object> answer(
      BreadthReport report, String name, String sector, List<BreadthIndicator> indicators) {
    BreadthRequest request = report.request();
    BreadthRequest.Grouping grouping = request.grouping();
    LocalDate from = request.range().start();
    LocalDate to = request.range().end();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("universe", name);
    body.put("point_in_time", request.pointInTime().isPresent());
    body.put("grouping", grouping == BreadthRequest.Grouping.UNIVERSE ? "universe" : "sector");
    body.put("from", from);
    body.put("to", to);
    body.put("symbols", report.symbols());
    List<String> keys = indicators.stream().map(BreadthIndicator::key).toList();
    body.put("columns", keys);
    Map<String, LocalDate> stableFrom = new LinkedHashMap<>();
    report
        .stableFrom()
        .stableFrom()
        .forEach(
            (column, date) -> {
              if (keys.contains(column)) {
                stableFrom.put(column, date);
              }
            });
    body.put("stable_from", stableFrom);
    body.put(
        "cumulative", report.stableFrom().cumulative().stream().filter(keys::contains).toList());
    body.put("tolerance", report.stableFrom().tolerance());
    if (grouping == BreadthRequest.Grouping.UNIVERSE) {
      body.putAll(group(report, report.groups().keySet().iterator().next(), indicators));
    } else if (sector != null) {
      body.put("sector", sector);
      body.putAll(group(report, sector, indicators));
    } else {
      List<Map<String, Object>> sectors = new ArrayList<>();
      for (String each : report.groups().keySet()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("sector", each);
        entry.putAll(group(report, each, indicators));
        sectors.add(entry);
      }
      body.put("sectors", sectors);
    }
    return body;
  }

  /** {@code columns=a,b} or {@code indicators=standard|all} (default: today's columns). */
  private static List<BreadthIndicator> indicators(Context ctx) {
    String columns = ctx.queryParam("columns");
    String set = ctx.queryParam("indicators");
    if (columns != null && set != null) {
      throw UseCaseException.invalid("give indicators or columns, not both");
    }
    if (columns != null) {
      return BreadthIndicators.select(Arrays.asList(columns.split(",", -1)));
    }
    String chosen = set == null ? "standard" : set.strip().toLowerCase(Locale.ROOT);
    return switch (chosen) {
      case "standard" ->
          BreadthIndicators.ALL.stream()
              .filter(i -> i.columns() == BreadthRequest.Columns.STANDARD)
              .toList();
      case "all" -> BreadthIndicators.ALL;
      default -> throw UseCaseException.invalid("indicators must be standard or all");
    };
  }

  /** The {@code sector} parameter, spelled as {@code sectors} spell it; null when absent. */
  private static String sector(Context ctx, Set<String> sectors) {
    String given = ctx.queryParam("sector");
    if (given == null) {
      return null;
    }
    return sectors.stream()
        .filter(s -> s.equalsIgnoreCase(given.strip()))
        .findFirst()
        .orElseThrow(() -> UseCaseException.invalid("sector must be one of " + sectors));
  }

  private static BreadthRequest.Grouping grouping(Context ctx, String sector) {
    String given = ctx.queryParam("grouping");
    String chosen =
        given == null
            ? (sector == null ? "universe" : "sector")
            : given.strip().toLowerCase(Locale.ROOT);
    BreadthRequest.Grouping grouping =
        switch (chosen) {
          case "universe" -> BreadthRequest.Grouping.UNIVERSE;
          case "sector" -> BreadthRequest.Grouping.BY_SECTOR;
          default -> throw UseCaseException.invalid("grouping must be universe or sector");
        };
    if (sector != null && grouping == BreadthRequest.Grouping.UNIVERSE) {
      throw UseCaseException.invalid("sector needs grouping=sector");
    }
    return grouping;
  }

  /** A group's rows of the chosen columns and its events. */
  private static Map<String, Object> group(
      BreadthReport report, String group, List<BreadthIndicator> indicators) {
    List<BreadthRow> rows = report.groups().get(group);
    List<CatalogueRow> catalogue = report.catalogue().get(group);
    List<Map<String, Object>> shown = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      shown.add(row(rows.get(i), catalogue.get(i), indicators));
    }
    return Map.of(
        "rows",
        shown,
        "events",
        BreadthEvents.of(rows, catalogue).stream()
            .map(e -> Map.of("date", e.date(), "kind", e.kind().code()))
            .toList());
  }

  private static Map<String, Object> row(
      BreadthRow row, CatalogueRow catalogue, List<BreadthIndicator> indicators) {
    List<Object> today = row.values();
    List<Object> all = catalogue.values();
    Map<String, Object> shown = new LinkedHashMap<>();
    shown.put("date", row.date());
    for (BreadthIndicator indicator : indicators) {
      int standard = BreadthRow.COLUMNS.indexOf(indicator.key());
      Object value =
          standard >= 0
              ? today.get(standard)
              : all.get(CatalogueRow.COLUMNS.indexOf(indicator.key()));
      shown.put(
          indicator.key(), value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : value);
    }
    return shown;
  }

  private static Map<String, Object> describe(BreadthIndicator indicator) {
    return Map.of(
        "key", indicator.key(),
        "name", indicator.name(),
        "definition", indicator.definition(),
        "source", indicator.source(),
        "kind", indicator.kind().name().toLowerCase(Locale.ROOT),
        "catalogue", indicator.columns() == BreadthRequest.Columns.ALL);
  }
}
