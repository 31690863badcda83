package io.breadthflow.app.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The API servers' shared JWT secret when the operator gave none: 32 random bytes, kept readable by
 * the owner only, so tokens stay valid across restarts and across the servers.
 */
final class ClusterSecret {
  private ClusterSecret() {}

  static String readOrCreate(Path file) throws IOException {
    if (Files.isRegularFile(file)) {
      return Files.readString(file).trim();
    }
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    String secret = Base64.getEncoder().encodeToString(bytes);
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, secret);
    return secret;
  }
}
