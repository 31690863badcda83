package io.breadthflow.cli.serve;

import io.breadthflow.cli.UsageException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret that signs access tokens: {@code BF_JWT_SECRET} of at least 32 bytes, or in
 * development mode a random one for this process only.
 */
public final class JwtSecret {
  static final int MIN_BYTES = 32;

  private JwtSecret() {}

  /**
   * @throws UsageException when not in development mode and the secret is missing or short
   */
  public static byte[] resolve(String configured, boolean dev) {
    if (configured != null && !configured.isEmpty()) {
      byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
      if (bytes.length < MIN_BYTES) {
        throw new UsageException(
            "BF_JWT_SECRET must be at least " + MIN_BYTES + " bytes (it has " + bytes.length + ")");
      }
      return bytes;
    }
    if (!dev) {
      throw new UsageException(
          "refusing to serve without BF_JWT_SECRET (at least "
              + MIN_BYTES
              + " bytes); use --dev"
              + " to generate one for this session");
    }
    byte[] generated = new byte[48];
    new SecureRandom().nextBytes(generated);
    return Base64.getEncoder().encode(generated);
  }
}
