package io.breadthflow.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.cli.UsageException;
import org.junit.jupiter.api.Test;

class JwtSecretTest {

  @Test
  void serverRefusesToStartWithoutASecretUnlessInDevelopmentMode() {
    assertThatThrownBy(() -> JwtSecret.resolve(null, false))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("refusing to serve without BF_JWT_SECRET");
    assertThatThrownBy(() -> JwtSecret.resolve("short", false))
        .hasMessage("BF_JWT_SECRET must be at least 32 bytes (it has 5)");
    assertThat(JwtSecret.resolve("x".repeat(32), false)).hasSize(32);
    assertThat(JwtSecret.resolve(null, true)).hasSizeGreaterThanOrEqualTo(32);
    assertThat(JwtSecret.resolve(null, true)).isNotEqualTo(JwtSecret.resolve(null, true));
  }

  @Test
  void serveWithoutASecretExitsTwoWithOneLine() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getenv("BF_JWT_SECRET") == null, "BF_JWT_SECRET is set in this environment");

    io.breadthflow.cli.support.CliRun run = io.breadthflow.cli.support.CliRun.of("serve");

    assertThat(run.exitCode()).isEqualTo(io.breadthflow.cli.ExitCodes.USAGE);
    assertThat(run.err().lines()).singleElement().asString().contains("use --dev");
  }
}
