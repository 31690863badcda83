package io.breadthflow.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.app.users.AccountService;
import io.breadthflow.app.users.Principal;
import io.breadthflow.server.api.ApiException;
import io.breadthflow.server.api.RequestBodies;
import io.breadthflow.server.api.Route;
import io.breadthflow.store.Role;
import io.breadthflow.store.UserAccount;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/users/register|login|refresh-token|logout|me}. A request's principal comes from its
 * {@code Authorization: Bearer} access token.
 */
public final class AuthRoutes {
  private final AccountService auth;
  private final AccessRule access;

  public AuthRoutes(AccountService auth, AccessRule access) {
    this.auth = auth;
    this.access = access;
  }

  /** The rule every route and the WebSocket apply. */
  public AccessRule access() {
    return access;
  }

  /** The caller if the request carries a valid token, empty without one; 401 for a bad one. */
  public Optional<Principal> caller(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null) {
      return Optional.empty();
    }
    if (!header.startsWith("Bearer ")) {
      throw new ApiException(401, "the Authorization header must be 'Bearer TOKEN'");
    }
    return access.caller(header.substring("Bearer ".length()));
  }

  public List<Route> routes() {
    return List.of(
        Route.post("/api/users/register", "Create an account (role user)", this::register),
        Route.post(
            "/api/users/login",
            "Access and refresh tokens for a username and password",
            this::login),
        Route.post("/api/users/refresh-token", "Rotate a refresh token", this::refresh),
        Route.post("/api/users/logout", "Revoke the login of a refresh token", this::logout),
        Route.get("/api/users/me", "The caller's account (token required)", this::me));
  }

  /** The caller; 401 without a valid access token. */
  public Principal principal(Context ctx) {
    return caller(ctx)
        .orElseThrow(() -> new ApiException(401, "missing access token (Authorization: Bearer …)"));
  }

  /** The caller, who must have {@code role}; 401 without a token, 403 with another role. */
  public Principal require(Context ctx, Role role) {
    Principal principal = principal(ctx);
    if (principal.role() != role) {
      throw new ApiException(403, role.code() + " role required");
    }
    return principal;
  }

  private void register(Context ctx) {
    JsonNode body = RequestBodies.object(ctx);
    UserAccount user = auth.register(text(body, "username"), text(body, "password"), Role.USER);
    ctx.status(201)
        .json(Map.of("id", user.id(), "username", user.username(), "role", user.role().code()));
  }

  private void login(Context ctx) {
    JsonNode body = RequestBodies.object(ctx);
    ctx.json(auth.login(text(body, "username"), text(body, "password")));
  }

  private void refresh(Context ctx) {
    ctx.json(auth.refresh(required(RequestBodies.object(ctx), "refresh_token")));
  }

  private void logout(Context ctx) {
    auth.logout(required(RequestBodies.object(ctx), "refresh_token"));
    ctx.status(204);
  }

  private void me(Context ctx) {
    Principal p = principal(ctx);
    ctx.json(Map.of("id", p.userId(), "username", p.username(), "role", p.role().code()));
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  private static String required(JsonNode body, String field) {
    String value = text(body, field);
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest(field + " is required");
    }
    return value;
  }
}
