package io.breadthflow.store;

import java.util.Optional;

/** Users' profiles. Implementations are thread-safe. */
public interface ProfileStore {
  /**
   * The profile of {@code userId}: as stored, or the default (the username, no e-mail, UTC) for a
   * user who has not set one; empty when there is no such user.
   */
  Optional<UserProfile> profile(long userId);

  /**
   * Stores {@code profile} as its user's, replacing the one stored.
   *
   * @return false (and nothing stored) when there is no such user
   */
  boolean save(UserProfile profile);
}
