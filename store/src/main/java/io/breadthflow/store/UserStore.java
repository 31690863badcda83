package io.breadthflow.store;

import java.util.Optional;

/** Users and refresh tokens. Implementations are thread-safe. */
public interface UserStore {

  /**
   * Creates a user.
   *
   * @throws IllegalStateException when the username is taken
   */
  UserAccount create(String username, String passwordHash, Role role);

  /** Replaces a user's password hash; false when there is no such user. */
  boolean changePassword(long userId, String passwordHash);

  /** The user with this username. */
  Optional<UserAccount> byUsername(String username);

  /** The user with this id. */
  Optional<UserAccount> byId(long id);

  /** Number of users with {@code role}. */
  long count(Role role);

  /** Stores a new refresh token. */
  void saveRefreshToken(RefreshToken token);

  /** The refresh token with this hash. */
  Optional<RefreshToken> refreshToken(String tokenHash);

  /**
   * Marks the token used, atomically.
   *
   * @return false when it was already used (a reuse)
   */
  boolean markUsed(String tokenHash);

  /** Revokes every token of a login family. */
  void revokeFamily(String family);
}
