package io.breadthflow.store;

import java.time.Instant;

/**
 * A refresh token as stored: only its hash, the login family it belongs to, and its state.
 *
 * @param tokenHash SHA-256 of the token, hex
 * @param userId the user
 * @param family all tokens rotated from one login share it
 * @param expires when it stops being accepted
 * @param used true once exchanged for a new one (a second use is a reuse)
 * @param revoked true after logout or reuse detection
 */
public record RefreshToken(
    String tokenHash, long userId, String family, Instant expires, boolean used, boolean revoked) {}
