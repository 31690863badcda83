package io.breadthflow.server.auth;

import io.breadthflow.app.Failure;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.config.ReadAccess;
import io.breadthflow.app.users.AccountService;
import io.breadthflow.app.users.Principal;
import java.util.Optional;

/**
 * The one authorisation rule of HTTP and WebSocket alike: who the caller is (from a bearer access
 * token), whether they may read market data (everyone, or with {@link ReadAccess#PRIVATE} only
 * callers with a token), and what only administrators may see (the {@code runs} channel and run
 * output).
 */
public final class AccessRule {
  /** The live channel that carries command output. */
  public static final String RUNS_CHANNEL = "runs";

  private final AccountService accounts;
  private final ReadAccess reads;

  public AccessRule(AccountService accounts, ReadAccess reads) {
    this.accounts = accounts;
    this.reads = reads;
  }

  /**
   * The caller a token names; empty without a token.
   *
   * @throws UseCaseException ({@link Failure#UNAUTHENTICATED}) for an invalid or expired token
   */
  public Optional<Principal> caller(String accessToken) {
    if (accessToken == null || accessToken.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(accounts.verify(accessToken.strip()));
  }

  /**
   * Checks that {@code caller} may read market data.
   *
   * @throws UseCaseException ({@link Failure#UNAUTHENTICATED}) when reads are private and there is
   *     no caller
   */
  public void requireRead(Optional<Principal> caller) {
    if (reads == ReadAccess.PRIVATE && caller.isEmpty()) {
      throw new UseCaseException(
          Failure.UNAUTHENTICATED, "missing access token (Authorization: Bearer …)");
    }
  }

  /** Whether {@code caller} may follow {@code channel} (once allowed to read). */
  public boolean mayFollow(String channel, Optional<Principal> caller) {
    return !channel.equals(RUNS_CHANNEL) || isAdmin(caller);
  }

  /** Whether {@code caller} may see what commands printed. */
  public boolean seesRunOutput(Optional<Principal> caller) {
    return isAdmin(caller);
  }

  private static boolean isAdmin(Optional<Principal> caller) {
    return caller.map(Principal::isAdmin).orElse(false);
  }
}
