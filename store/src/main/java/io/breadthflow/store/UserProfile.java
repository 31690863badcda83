package io.breadthflow.store;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a user says about themselves.
 *
 * @param userId the user
 * @param displayName the name shown on the dashboard (the username until set)
 * @param email where e-mail notifications go, if given
 * @param zone the user's time zone: active hours and quiet hours are read in it
 */
public record UserProfile(long userId, String displayName, Optional<String> email, ZoneId zone) {
  public UserProfile {
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(zone, "zone");
  }
}
