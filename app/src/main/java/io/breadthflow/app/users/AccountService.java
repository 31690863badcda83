package io.breadthflow.server.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.breadthflow.server.api.ApiException;
import io.breadthflow.store.RefreshToken;
import io.breadthflow.store.Role;
import io.breadthflow.store.UserAccount;
import io.breadthflow.store.UserStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Accounts and tokens: BCrypt password hashes; HS256 JWT access tokens (15 minutes) naming the user
 * and role; opaque refresh tokens (14 days, stored as SHA-256 hashes) that rotate on every use —
 * presenting one a second time is a reuse and revokes the whole login family.
 */
public final class AuthService {
  static final Duration ACCESS_LIFETIME = Duration.ofMinutes(15);
  static final Duration REFRESH_LIFETIME = Duration.ofDays(14);
  private static final String ISSUER = "breadthflow";

  private final UserStore users;
  private final Algorithm algorithm;
  private final JWTVerifier verifier;
  private final Clock clock;
  private final int bcryptCost;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param secret HMAC key, at least 32 bytes
   * @param bcryptCost BCrypt cost (12 in production)
   */
  public AuthService(UserStore users, byte[] secret, Clock clock, int bcryptCost) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("the JWT secret must have at least 32 bytes");
    }
    this.users = users;
    this.algorithm = Algorithm.HMAC256(secret);
    this.verifier =
        ((JWTVerifier.BaseVerification) JWT.require(algorithm).withIssuer(ISSUER)).build(clock);
    this.clock = clock;
    this.bcryptCost = bcryptCost;
  }

  /** Creates a user with a validated name and password. */
  public UserAccount register(String username, String password, Role role) {
    try {
      Credentials.validate(username, password);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    try {
      return users.create(username, Credentials.hash(password, bcryptCost), role);
    } catch (IllegalStateException e) {
      throw new ApiException(409, "username '" + username + "' is taken");
    }
  }

  /** Tokens for a correct username and password; 401 otherwise (without saying which). */
  public Tokens login(String username, String password) {
    UserAccount user = users.byUsername(username == null ? "" : username).orElse(null);
    boolean ok =
        user != null && password != null && Credentials.matches(password, user.passwordHash());
    if (!ok) {
      throw new ApiException(401, "wrong username or password");
    }
    return issue(user, UUID.randomUUID().toString());
  }

  /** New tokens for a valid refresh token, which is used up; a reused one revokes its family. */
  public Tokens refresh(String refreshToken) {
    RefreshToken stored =
        users
            .refreshToken(hash(refreshToken))
            .orElseThrow(() -> new ApiException(401, "unknown refresh token"));
    if (stored.revoked() || stored.expires().isBefore(clock.instant())) {
      throw new ApiException(401, "refresh token expired or revoked");
    }
    if (!users.markUsed(stored.tokenHash())) {
      users.revokeFamily(stored.family());
      throw new ApiException(401, "refresh token reuse detected; this login is revoked");
    }
    UserAccount user =
        users.byId(stored.userId()).orElseThrow(() -> new ApiException(401, "user is gone"));
    return issue(user, stored.family());
  }

  /** Revokes the login the refresh token belongs to. */
  public void logout(String refreshToken) {
    users.refreshToken(hash(refreshToken)).ifPresent(t -> users.revokeFamily(t.family()));
  }

  /** The principal of a valid access token; 401 otherwise. */
  public Principal verify(String accessToken) {
    try {
      DecodedJWT jwt = verifier.verify(accessToken);
      return new Principal(
          Long.parseLong(jwt.getSubject()),
          jwt.getClaim("name").asString(),
          Role.of(jwt.getClaim("role").asString()));
    } catch (JWTVerificationException | IllegalArgumentException | NullPointerException e) {
      throw new ApiException(401, "invalid or expired access token");
    }
  }

  private Tokens issue(UserAccount user, String family) {
    Instant now = clock.instant();
    String access =
        JWT.create()
            .withIssuer(ISSUER)
            .withSubject(Long.toString(user.id()))
            .withClaim("name", user.username())
            .withClaim("role", user.role().code())
            .withIssuedAt(now)
            .withExpiresAt(now.plus(ACCESS_LIFETIME))
            .sign(algorithm);
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    users.saveRefreshToken(
        new RefreshToken(
            hash(refresh), user.id(), family, now.plus(REFRESH_LIFETIME), false, false));
    return new Tokens(access, refresh, ACCESS_LIFETIME.toSeconds(), "Bearer");
  }

  private static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(String.valueOf(token).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
