package io.breadthflow.app.users;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.breadthflow.app.Failure;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.shared.SharedState;
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
 * presenting one a second time is a reuse and revokes the whole login family. Failed logins and
 * revoked families are kept in {@link SharedState}, so that several servers throttle and revoke as
 * one.
 */
public final class AccountService {
  public static final Duration ACCESS_LIFETIME = Duration.ofMinutes(15);
  public static final Duration REFRESH_LIFETIME = Duration.ofDays(14);

  /** Failed logins an account may have within {@link #FAILURE_WINDOW} before it is throttled. */
  public static final int MAX_FAILED_LOGINS = 5;

  /** How long failed logins count against an account. */
  public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

  private static final String ISSUER = "breadthflow";

  /** The shared failure log's key of an account: {@code login:NAME}. */
  private static final String FAILURES = "login:";

  private final UserStore users;
  private final Algorithm algorithm;
  private final JWTVerifier verifier;
  private final Clock clock;
  private final int bcryptCost;
  private final SecureRandom random = new SecureRandom();
  private final String dummyHash;
  private final SharedState shared;

  /**
   * @param users the accounts
   * @param secret HMAC key, at least 32 bytes
   * @param clock stamps and checks tokens
   * @param bcryptCost BCrypt cost (12 in production)
   * @param shared failed logins and revoked families, shared with the other servers
   */
  public AccountService(
      UserStore users, byte[] secret, Clock clock, int bcryptCost, SharedState shared) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("the JWT secret must have at least 32 bytes");
    }
    this.users = users;
    this.algorithm = Algorithm.HMAC256(secret);
    this.verifier =
        ((JWTVerifier.BaseVerification) JWT.require(algorithm).withIssuer(ISSUER)).build(clock);
    this.clock = clock;
    this.bcryptCost = bcryptCost;
    this.shared = shared;
    this.dummyHash = Credentials.hash(UUID.randomUUID().toString(), bcryptCost);
  }

  /** Creates an administrator (the API registers plain users only). */
  public UserAccount createAdmin(String username, String password) {
    return register(username, password, Role.ADMIN);
  }

  /**
   * Gives the administrator {@code username} this password, creating the account if needed.
   *
   * @throws UseCaseException ({@link Failure#CONFLICT}) when that user exists and is no admin
   */
  public UserAccount ensureAdmin(String username, String password) {
    try {
      Credentials.validate(username, password);
    } catch (IllegalArgumentException e) {
      throw UseCaseException.invalid(e.getMessage());
    }
    String hash = Credentials.hash(password, bcryptCost);
    UserAccount existing = users.byUsername(username).orElse(null);
    if (existing == null) {
      return users.create(username, hash, Role.ADMIN);
    }
    if (existing.role() != Role.ADMIN) {
      throw UseCaseException.conflict(
          "user '" + username + "' exists in this store and is not an admin");
    }
    users.changePassword(existing.id(), hash);
    return existing;
  }

  /** Creates a user with a validated name and password. */
  public UserAccount register(String username, String password, Role role) {
    try {
      Credentials.validate(username, password);
    } catch (IllegalArgumentException e) {
      throw UseCaseException.invalid(e.getMessage());
    }
    try {
      return users.create(username, Credentials.hash(password, bcryptCost), role);
    } catch (IllegalStateException e) {
      throw UseCaseException.conflict("username '" + username + "' is taken");
    }
  }

  /**
   * Tokens for a correct username and password; 401 otherwise (without saying which), 429 once an
   * account has had {@value #MAX_FAILED_LOGINS} failed logins within {@link #FAILURE_WINDOW}.
   */
  public Tokens login(String username, String password) {
    String account = username == null ? "" : username.toLowerCase(java.util.Locale.ROOT);
    refuseWhileThrottled(account);
    UserAccount user = users.byUsername(username == null ? "" : username).orElse(null);
    // An unknown user costs one BCrypt check too, so that timing does not tell who exists.
    String hash = user != null ? user.passwordHash() : dummyHash;
    boolean matches = Credentials.matches(password == null ? "" : password, hash);
    boolean ok = user != null && password != null && matches;
    if (!ok) {
      recordFailure(account);
      throw unauthenticated("wrong username or password");
    }
    shared.clearFailures(FAILURES + account);
    return issue(user, UUID.randomUUID().toString());
  }

  /** New tokens for a valid refresh token, which is used up; a reused one revokes its family. */
  public Tokens refresh(String refreshToken) {
    RefreshToken stored =
        users
            .refreshToken(hash(refreshToken))
            .orElseThrow(() -> unauthenticated("unknown refresh token"));
    if (stored.revoked()
        || stored.expires().isBefore(clock.instant())
        || shared.isRevoked(stored.family())) {
      throw unauthenticated("refresh token expired or revoked");
    }
    if (!users.markUsed(stored.tokenHash())) {
      revoke(stored.family());
      throw unauthenticated("refresh token reuse detected; this login is revoked");
    }
    UserAccount user =
        users.byId(stored.userId()).orElseThrow(() -> unauthenticated("user is gone"));
    return issue(user, stored.family());
  }

  /** Revokes the login the refresh token belongs to. */
  public void logout(String refreshToken) {
    users.refreshToken(hash(refreshToken)).ifPresent(t -> revoke(t.family()));
  }

  private void revoke(String family) {
    users.revokeFamily(family);
    shared.revoke(family, REFRESH_LIFETIME);
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
      throw unauthenticated("invalid or expired access token");
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

  private void recordFailure(String account) {
    shared.recordFailure(FAILURES + account, clock.instant(), MAX_FAILED_LOGINS, FAILURE_WINDOW);
  }

  private void refuseWhileThrottled(String account) {
    Duration wait =
        shared.failureWait(FAILURES + account, clock.instant(), MAX_FAILED_LOGINS, FAILURE_WINDOW);
    if (!wait.isZero()) {
      throw UseCaseException.tooMany(
          "too many failed logins for this account; retry in " + wait.toSeconds() + " s", wait);
    }
  }

  private static UseCaseException unauthenticated(String message) {
    return new UseCaseException(Failure.UNAUTHENTICATED, message);
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
