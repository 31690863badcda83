package io.breadthflow.app.config;

import io.breadthflow.app.UseCaseException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The HMAC key that signs access tokens: at least {@value #MIN_BYTES} bytes, configured, or
 * generated for one process ({@link Origin#GENERATED}: tokens do not survive a restart).
 */
public final class JwtSecret {
  /** The shortest secret accepted. */
  public static final int MIN_BYTES = 32;

  /** Where the secret came from. */
  public enum Origin {
    CONFIGURED,
    GENERATED
  }

  private final byte[] bytes;
  private final Origin origin;

  private JwtSecret(byte[] bytes, Origin origin) {
    this.bytes = bytes;
    this.origin = origin;
  }

  /**
   * A configured secret.
   *
   * @throws UseCaseException when shorter than {@value #MIN_BYTES} bytes
   */
  public static JwtSecret of(String configured) {
    byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < MIN_BYTES) {
      throw UseCaseException.invalid(
          "BF_JWT_SECRET must be at least " + MIN_BYTES + " bytes (it has " + bytes.length + ")");
    }
    return new JwtSecret(bytes, Origin.CONFIGURED);
  }

  /** A random secret for this process only. */
  public static JwtSecret generated() {
    byte[] random = new byte[48];
    new SecureRandom().nextBytes(random);
    return new JwtSecret(Base64.getEncoder().encode(random), Origin.GENERATED);
  }

  /** The key's bytes (a copy). */
  public byte[] bytes() {
    return Arrays.copyOf(bytes, bytes.length);
  }

  public Origin origin() {
    return origin;
  }

  @Override
  public String toString() {
    return "JwtSecret[" + origin + "]";
  }
}
