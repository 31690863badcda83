package io.breadthflow.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.app.Failure;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.shared.SharedState;
import io.breadthflow.app.shared.TestRedis;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.Role;
import io.breadthflow.store.StoreConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** Accounts with their limits in this process and in Redis. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"in-process", "redis"})
class AccountServiceTest {
  private static final byte[] SECRET =
      "account-service-test-secret-32-bytes".getBytes(StandardCharsets.UTF_8);

  @Parameter String kind;
  @TempDir Path dir;
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-03-02T10:00:00Z"));
  private MarketStore store;
  private SharedState shared;
  private AccountService accounts;

  @BeforeEach
  void open() {
    Clock clock =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now.get();
          }
        };
    store = MarketStores.open(new StoreConfig("jdbc:duckdb:" + dir.resolve("a.duckdb"), "", ""));
    shared = kind.equals("redis") ? TestRedis.connect(TestRedis.prefix()) : SharedState.inProcess();
    accounts = new AccountService(store.users(), SECRET, clock, 4, shared);
    accounts.register("alice", "right-password", Role.USER);
  }

  @AfterEach
  void close() {
    shared.close();
    store.close();
  }

  @Test
  void fiveFailedLoginsThrottleTheAccountEvenForTheRightPasswordUntilTheWindowPasses() {
    for (int i = 0; i < AccountService.MAX_FAILED_LOGINS; i++) {
      assertFailure(() -> accounts.login("alice", "wrong"), Failure.UNAUTHENTICATED);
    }

    UseCaseException throttled =
        assertFailure(() -> accounts.login("alice", "right-password"), Failure.TOO_MANY);
    assertThat(throttled.getMessage()).startsWith("too many failed logins for this account");
    assertThat(throttled.retryAfter()).isEqualTo(AccountService.FAILURE_WINDOW);
    assertFailure(() -> accounts.login("bob", "x"), Failure.UNAUTHENTICATED);
  }

  @Test
  void anAccountIsFreeAgainOnceItsFailuresAreOlderThanTheWindow() {
    for (int i = 0; i < AccountService.MAX_FAILED_LOGINS; i++) {
      assertFailure(() -> accounts.login("Alice", "wrong"), Failure.UNAUTHENTICATED);
    }
    now.set(now.get().plus(AccountService.FAILURE_WINDOW).plus(Duration.ofSeconds(1)));

    assertThat(accounts.login("alice", "right-password").accessToken()).isNotBlank();
  }

  @Test
  void aLoggedOutLoginsRefreshTokenIsRefused() {
    Tokens tokens = accounts.login("alice", "right-password");

    accounts.logout(tokens.refreshToken());

    assertFailure(() -> accounts.refresh(tokens.refreshToken()), Failure.UNAUTHENTICATED);
  }

  @Test
  void anUnknownUserIsRefusedLikeAWrongPassword() {
    UseCaseException unknown =
        assertFailure(() -> accounts.login("nobody", "whatever-password"), Failure.UNAUTHENTICATED);
    UseCaseException wrong =
        assertFailure(() -> accounts.login("alice", "whatever-password"), Failure.UNAUTHENTICATED);

    assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
  }

  private static UseCaseException assertFailure(Runnable call, Failure failure) {
    try {
      call.run();
    } catch (UseCaseException e) {
      assertThat(e.failure()).isEqualTo(failure);
      return e;
    }
    throw new AssertionError("expected " + failure);
  }
}
