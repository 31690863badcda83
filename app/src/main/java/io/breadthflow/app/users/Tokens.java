package io.breadthflow.app.users;

/**
 * What login and refresh return.
 *
 * @param accessToken short-lived JWT for the {@code Authorization: Bearer} header
 * @param refreshToken single-use token for {@code /api/users/refresh-token}
 * @param expiresIn seconds the access token is valid
 * @param tokenType always {@code Bearer}
 */
public record Tokens(String accessToken, String refreshToken, long expiresIn, String tokenType) {}
