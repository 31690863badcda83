package io.breadthflow.server.profile;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.app.users.ProfileService;
import io.breadthflow.app.users.ProfileUpdate;
import io.breadthflow.server.api.BodyFields;
import io.breadthflow.server.api.RequestBodies;
import io.breadthflow.server.api.Route;
import io.breadthflow.server.auth.AuthRoutes;
import io.breadthflow.store.UserProfile;
import io.javalin.http.Context;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code GET/PUT /api/users/profile}: the caller's own profile (token required). */
public final class ProfileRoutes {
  private final ProfileService profiles;
  private final AuthRoutes auth;

  public ProfileRoutes(ProfileService profiles, AuthRoutes auth) {
    this.profiles = profiles;
    this.auth = auth;
  }

  public List<Route> routes() {
    return List.of(
        Route.get(
            "/api/users/profile",
            "The caller's profile: display name, e-mail, time zone",
            ctx -> ctx.json(view(profiles.get(auth.principal(ctx).userId())))),
        Route.put(
            "/api/users/profile",
            "Replace the caller's profile {display_name, email, time_zone}",
            this::update));
  }

  private void update(Context ctx) {
    long user = auth.principal(ctx).userId();
    JsonNode body = RequestBodies.object(ctx);
    BodyFields.only(body, Set.of("display_name", "email", "time_zone"));
    ProfileUpdate update =
        ProfileUpdate.of(
            BodyFields.text(body, "display_name").orElse(null),
            BodyFields.text(body, "email").orElse(null),
            BodyFields.text(body, "time_zone").orElse(null));
    ctx.json(view(profiles.update(user, update)));
  }

  private static Map<String, Object> view(UserProfile profile) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("user_id", profile.userId());
    view.put("display_name", profile.displayName());
    view.put("email", profile.email().orElse(null));
    // An IANA id, as PUT takes it: the offset zone UTC ("Z") is named "UTC".
    view.put("time_zone", profile.zone().equals(ZoneOffset.UTC) ? "UTC" : profile.zone().getId());
    return view;
  }
}
