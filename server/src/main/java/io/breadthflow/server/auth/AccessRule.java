package io.breadthflow.server.auth;

import io.breadthflow.app.Failure;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.config.ReadAccess;
import io.breadthflow.app.users.AccountService;
import io.breadthflow.app.users.Principal;
import io.breadthflow.core.live.LiveEvent;
import java.util.Optional;

/**
 * The one authorisation rule of HTTP and WebSocket alike: who the caller is (from a bearer access
 * token), whether they may read market data (everyone, or with {@link ReadAccess#PRIVATE} only
 * callers with a token), what only administrators may see (the {@code runs} channel, run output and
 * delivery health) and what only its owner may see (a user's {@link LiveEvent#NOTIFICATIONS}).
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

  /**
   * Whether {@code caller} may follow {@code channel} (once allowed to read): {@code runs} only
   * administrators, {@code notifications} only a signed-in user (who receives their own alone).
   */
  public boolean mayFollow(String channel, Optional<Principal> caller) {
    return switch (channel) {
      case RUNS_CHANNEL -> isAdmin(caller);
      case LiveEvent.NOTIFICATIONS -> caller.isPresent();
      default -> true;
    };
  }

  /**
   * Whether a client following {@code event}'s channel as {@code caller} receives it: an event on
   * {@link LiveEvent#NOTIFICATIONS} reaches only the user it names, every other event everyone.
   */
  public boolean mayReceive(LiveEvent event, Optional<Principal> caller) {
    return !event.channel().equals(LiveEvent.NOTIFICATIONS)
        || caller.map(p -> LiveEvent.userKey(p.userId()).equals(event.symbol())).orElse(false);
  }

  /** Whether {@code caller} may see delivery health (counts across users, never contents). */
  public boolean seesDeliveryHealth(Optional<Principal> caller) {
    return isAdmin(caller);
  }

  /** Whether {@code caller} may see what commands printed. */
  public boolean seesRunOutput(Optional<Principal> caller) {
    return isAdmin(caller);
  }

  private static boolean isAdmin(Optional<Principal> caller) {
    return caller.map(Principal::isAdmin).orElse(false);
  }
}
