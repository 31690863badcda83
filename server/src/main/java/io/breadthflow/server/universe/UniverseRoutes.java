package io.breadthflow.server.universe;

import io.breadthflow.app.universe.MembersRequest;
import io.breadthflow.app.universe.MembershipService;
import io.breadthflow.app.universe.UniverseCatalogue;
import io.breadthflow.app.universe.UniverseMembers;
import io.breadthflow.server.api.ApiException;
import io.breadthflow.server.api.Params;
import io.breadthflow.server.api.Route;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Universes: the built-in and stored point-in-time ones with their sectors, and the members of a
 * stored one on a date.
 */
public final class UniverseRoutes {
  private final MembershipService membership;

  public UniverseRoutes(MembershipService membership) {
    this.membership = membership;
  }

  public List<Route> routes() {
    return List.of(
        Route.get(
            "/api/universes",
            "The built-in universes (today's members) and the stored point-in-time ones, with their"
                + " sectors",
            this::universes),
        Route.get(
            "/api/universes/{name}/members",
            "The members of a stored point-in-time universe on a date, with their sectors then",
            this::members,
            "date"));
  }

  private void universes(Context ctx) {
    UniverseCatalogue catalogue = membership.catalogue();
    List<Map<String, Object>> universes = new ArrayList<>();
    catalogue
        .builtIn()
        .forEach(
            u ->
                universes.add(
                    Map.of(
                        "name", u.name(),
                        "kind", u.kind().label(),
                        "symbols", u.members().size(),
                        "sectors", u.sectors(),
                        "members", u.members())));
    catalogue
        .pointInTime()
        .forEach(
            u ->
                universes.add(
                    Map.of(
                        "name", u.universe().name(),
                        "kind", u.kind().label(),
                        "intervals", u.universe().intervals(),
                        "symbols", u.universe().symbols(),
                        "first_date", u.universe().firstDate().toString(),
                        "last_change", u.universe().lastChange().toString(),
                        "sectors", u.sectors())));
    ctx.json(Map.of("universes", universes));
  }

  private void members(Context ctx) {
    LocalDate date = Params.date(ctx, "date", null);
    if (date == null) {
      throw ApiException.badRequest("date is required, YYYY-MM-DD");
    }
    UniverseMembers members = membership.members(new MembersRequest(ctx.pathParam("name"), date));
    ctx.json(
        Map.of(
            "universe",
            members.name(),
            "date",
            members.date().toString(),
            "size",
            members.members().size(),
            "members",
            members.members().stream()
                .map(
                    m ->
                        Map.of(
                            "symbol",
                            m.symbol(),
                            "sector",
                            m.sector(),
                            "since",
                            m.since().toString()))
                .toList()));
  }
}
