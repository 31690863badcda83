package io.breadthflow.app.users;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.store.ProfileStore;
import io.breadthflow.store.UserProfile;

/** Reading and changing a user's own profile. Thread-safe. */
public final class ProfileService {
  private final ProfileStore profiles;

  public ProfileService(ProfileStore profiles) {
    this.profiles = profiles;
  }

  /**
   * The profile of {@code userId}: as saved, or the default (username, no e-mail, UTC).
   *
   * @throws UseCaseException ({@link io.breadthflow.app.Failure#NOT_FOUND}) when there is no such
   *     user
   */
  public UserProfile get(long userId) {
    return profiles.profile(userId).orElseThrow(() -> noUser(userId));
  }

  /**
   * Replaces the profile of {@code userId} with {@code update}; returns the stored profile.
   *
   * @throws UseCaseException ({@link io.breadthflow.app.Failure#NOT_FOUND}) when there is no such
   *     user
   */
  public UserProfile update(long userId, ProfileUpdate update) {
    UseCaseException.required(update, "profile");
    UserProfile profile = update.profileOf(userId);
    if (!profiles.save(profile)) {
      throw noUser(userId);
    }
    return get(userId);
  }

  private static UseCaseException noUser(long userId) {
    return UseCaseException.notFound("no user with id " + userId);
  }
}
