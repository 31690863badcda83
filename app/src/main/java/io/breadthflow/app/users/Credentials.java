package io.breadthflow.app.users;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Rules for usernames and passwords, and BCrypt hashing. */
public final class Credentials {
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9_.-]{3,32}");

  private Credentials() {}

  /**
   * Checks a new username and password.
   *
   * @throws IllegalArgumentException naming the rule broken
   */
  public static void validate(String username, String password) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "username must be 3-32 characters of a-z, 0-9, '_', '.', '-'");
    }
    if (password == null
        || password.length() < 8
        || password.getBytes(StandardCharsets.UTF_8).length > 72) {
      throw new IllegalArgumentException("password must have 8 to 72 bytes");
    }
  }

  /** The BCrypt hash of {@code password} at {@code cost}. */
  public static String hash(String password, int cost) {
    return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
  }

  /** True when {@code password} matches {@code hash}. */
  public static boolean matches(String password, String hash) {
    return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
  }
}
