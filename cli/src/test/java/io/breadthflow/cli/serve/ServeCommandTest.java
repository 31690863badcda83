package io.breadthflow.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.cli.ExitCodes;
import io.breadthflow.cli.support.CliRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ServeCommandTest {
  @Test
  void serveWithoutASecretExitsTwoWithOneLine() {
    Assumptions.assumeTrue(
        System.getenv("BF_JWT_SECRET") == null, "BF_JWT_SECRET is set in this environment");

    CliRun run = CliRun.of("serve");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().lines()).singleElement().asString().contains("use --dev");
  }
}
