package io.breadthflow.app.users;

import io.breadthflow.store.Role;

/**
 * Who a request acts for, from a verified access token.
 *
 * @param userId the user
 * @param username the login name
 * @param role what the user may do
 */
public record Principal(long userId, String username, Role role) {
  /** True for an administrator. */
  public boolean isAdmin() {
    return role == Role.ADMIN;
  }
}
