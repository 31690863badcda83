package io.breadthflow.store;

import java.time.Instant;

/**
 * A stored user.
 *
 * @param id user id
 * @param username unique login name
 * @param passwordHash BCrypt hash
 * @param role what the user may do
 * @param created when the account was made
 */
public record UserAccount(
    long id, String username, String passwordHash, Role role, Instant created) {}
