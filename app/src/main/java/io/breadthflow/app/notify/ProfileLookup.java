package io.breadthflow.app.notify;

import io.breadthflow.store.UserProfile;
import java.util.Optional;

/** Finds a user's profile (e-mail address, time zone); the store's profiles in production. */
@FunctionalInterface
public interface ProfileLookup {
  /** The profile of {@code userId}, empty when there is no such user. */
  Optional<UserProfile> profile(long userId);
}
