package io.breadthflow.app.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.Failure;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.support.EngineApplication;
import io.breadthflow.store.Role;
import io.breadthflow.store.UserProfile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** Users' own profiles on both engines. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"duckdb", "postgresql"})
class ProfileServiceTest {
  @Parameter String engine;
  @TempDir Path dir;
  private EngineApplication app;
  private ProfileService profiles;
  private long alice;
  private long bob;

  @BeforeEach
  void open() throws Exception {
    app = new EngineApplication(engine, dir, Clock.systemUTC());
    profiles = app.application().profiles();
    alice = app.application().store().users().create("alice", "h", Role.USER).id();
    bob = app.application().store().users().create("bob", "h", Role.USER).id();
  }

  @AfterEach
  void close() throws Exception {
    app.close();
  }

  @Test
  void aNewUsersProfileIsTheUsernameWithoutEmailInUtc() {
    assertThat(profiles.get(alice))
        .isEqualTo(new UserProfile(alice, "alice", Optional.empty(), ZoneOffset.UTC));
  }

  @Test
  void anUpdateIsStoredStrippedAndOnlyForItsUser() {
    UserProfile saved =
        profiles.update(alice, ProfileUpdate.of("  Alice A. ", " a@example.com ", "Europe/Paris"));

    assertThat(saved)
        .isEqualTo(
            new UserProfile(
                alice, "Alice A.", Optional.of("a@example.com"), ZoneId.of("Europe/Paris")));
    assertThat(profiles.get(alice)).isEqualTo(saved);
    assertThat(profiles.get(bob).displayName()).isEqualTo("bob");
  }

  @Test
  void aBlankEmailClearsTheAddress() {
    profiles.update(alice, ProfileUpdate.of("Alice", "a@example.com", "UTC"));

    assertThat(profiles.update(alice, ProfileUpdate.of("Alice", " ", "UTC")).email()).isEmpty();
    assertThat(profiles.update(alice, ProfileUpdate.of("Alice", null, "UTC")).email()).isEmpty();
  }

  @Test
  void anUnknownUserIsNotFound() {
    assertFailure(() -> profiles.get(9_999), Failure.NOT_FOUND, "no user with id 9999");
    assertFailure(
        () -> profiles.update(9_999, ProfileUpdate.of("Ghost", null, "UTC")),
        Failure.NOT_FOUND,
        "no user with id 9999");
  }

  @Test
  void displayNamesOutsideOneToSixtyFourPrintableCharactersAreRefused() {
    assertInvalid(() -> ProfileUpdate.of("  ", null, "UTC"), "display_name must be 1 to 64");
    assertInvalid(() -> ProfileUpdate.of("x".repeat(65), null, "UTC"), "display_name");
    assertInvalid(() -> ProfileUpdate.of("a\nb", null, "UTC"), "display_name");
    assertInvalid(() -> ProfileUpdate.of("a\u2028b", null, "UTC"), "display_name");
    assertInvalid(() -> ProfileUpdate.of(null, null, "UTC"), "display_name is required");
    assertThat(ProfileUpdate.of("x".repeat(64), null, "UTC").displayName()).hasSize(64);
  }

  @Test
  void malformedEmailAddressesAreRefused() {
    for (String bad :
        new String[] {
          "alice",
          "a@b",
          "a@@b.com",
          "a b@c.com",
          "@b.com",
          "a@-b.com",
          "a..b@c.com",
          "a\u2028@b.com",
          "a\r\n@b.com"
        }) {
      assertInvalid(() -> ProfileUpdate.of("A", bad, "UTC"), "email must be an address");
    }
    assertInvalid(
        () -> ProfileUpdate.of("A", "a".repeat(60) + "@" + "b".repeat(200) + ".com", "UTC"),
        "email");
    assertInvalid(() -> ProfileUpdate.of("A", "a".repeat(65) + "@b.com", "UTC"), "email");
    assertThat(ProfileUpdate.of("A", "first.last+tag@mail.example.co.uk", "UTC").email())
        .contains("first.last+tag@mail.example.co.uk");
  }

  @Test
  void onlyIanaTimeZoneIdsAreAccepted() {
    for (String bad : new String[] {"Mars/Olympus", "+02:00", "GMT+2", "", "europe/paris"}) {
      assertInvalid(() -> ProfileUpdate.of("A", null, bad), "time_zone must be an IANA");
    }
    assertInvalid(() -> ProfileUpdate.of("A", null, null), "time_zone is required");
    assertThat(ProfileUpdate.of("A", null, "America/New_York").zone())
        .isEqualTo(ZoneId.of("America/New_York"));
  }

  private static void assertInvalid(Runnable action, String message) {
    assertFailure(action, Failure.INVALID_REQUEST, message);
  }

  private static void assertFailure(Runnable action, Failure failure, String message) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            UseCaseException.class, e -> assertThat(e.failure()).isEqualTo(failure))
        .hasMessageContaining(message);
  }
}
